import { describe, expect, it } from 'vitest';
import { formatHash, ignoredParts, parseHash } from '../../../src/app/url';

describe('hash routes', () => {
  it('round-trips page and query, including unit strings', () => {
    const route = { page: 'solidification', query: { G: '7.7 K/mm', x0: '0.2', present: '1' }, dropped: [] };
    expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('treats hostile or malformed input as data and lists what cannot be a page', () => {
    expect(parseHash('#/<img src=x onerror=alert(1)>')).toEqual({ page: '', query: {}, dropped: [{ part: '<img src=x onerror=alert(1)>', reason: 'page' }] });
    expect(parseHash('#/%E0%A4%A')).toEqual({ page: '', query: {}, dropped: [{ part: '%E0%A4%A', reason: 'page' }] });
    const r = parseHash('#/hydrogen?T=<script>&x=' + 'a'.repeat(3000));
    expect(r.page).toBe('hydrogen');
    expect(r.query).toEqual({ T: '<script>' });
    expect(r.dropped).toEqual([{ part: 'x', reason: 'long-value' }]);
  });

  it('parses the landing page from an empty hash', () => {
    expect(parseHash('')).toEqual({ page: '', query: {}, dropped: [] });
    expect(parseHash('#/')).toEqual({ page: '', query: {}, dropped: [] });
  });

  it('names every dropped part of a link (issue 11, item 6)', () => {
    const longKey = 'k'.repeat(41);
    const r = parseHash(`#/ionhop?${longKey}=1&a=${'9'.repeat(2001)}&__proto__=5&=5&T=400&T=500&L=8`);
    expect(r.page).toBe('ionhop');
    expect(r.query).toEqual({ T: '400', L: '8' });
    expect(Object.getPrototypeOf(r.query)).toBe(Object.prototype);
    expect(r.dropped).toEqual([
      { part: longKey, reason: 'long-key' },
      { part: 'a', reason: 'long-value' },
      { part: '__proto__', reason: 'reserved-key' },
      { part: '', reason: 'empty-key' },
      { part: 'T', reason: 'duplicate' },
    ]);
    // A key of exactly 40 characters and a value of exactly 2000 are kept.
    const edge = parseHash(`#/ionhop?${'k'.repeat(40)}=${'9'.repeat(2000)}`);
    expect(edge.dropped).toEqual([]);
  });

  it('reports a page that is not an exact model id instead of silently opening the landing page', () => {
    for (const [hash, part] of [
      ['#/HYDROGEN', 'HYDROGEN'],
      ['#/hydrogen/', 'hydrogen/'],
      ['#/%2Fhydrogen', '/hydrogen'],
      ['#/hydrogen/?T=300', 'hydrogen/'],
    ]) {
      const r = parseHash(hash);
      expect(r.page, hash).toBe('');
      expect(r.dropped, hash).toEqual([{ part, reason: 'page' }]);
    }
  });

  it('lists the values of a link that opens no model page as ignored, present aside (issue 11, item 6)', () => {
    for (const hash of ['#/?T=400&present=1&=5', '#/HYDROGEN?T=400&present=1&=5', '#/no-such-model?T=400&present=1&=5']) {
      expect(ignoredParts(parseHash(hash), false)).toEqual([
        { part: '', reason: 'empty-key' },
        { part: 'T', reason: 'no-model' },
      ]);
    }
    expect(ignoredParts(parseHash('#/hydrogen?T=400&present=1&=5'), true)).toEqual([{ part: '', reason: 'empty-key' }]);
  });

  it('lets the lessons page read its own names and lists the rest as ignored', () => {
    const route = parseHash('#/lessons?worksheet=jump-back&answers=1&present=1&T=400');
    expect(route.page).toBe('lessons');
    expect(ignoredParts(route, false, ['worksheet', 'answers'])).toEqual([{ part: 'T', reason: 'no-model' }]);
    expect(ignoredParts(route, false)).toEqual(['worksheet', 'answers', 'T'].map((part) => ({ part, reason: 'no-model' })));
  });
});
