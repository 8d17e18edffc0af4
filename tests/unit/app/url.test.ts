import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../src/app/url';

describe('hash routes', () => {
  it('round-trips page and query, including unit strings', () => {
    const route = { page: 'solidification', query: { G: '7.7 K/mm', x0: '0.2', present: '1' } };
    expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('treats hostile or malformed input as data and drops what cannot be a page', () => {
    expect(parseHash('#/<img src=x onerror=alert(1)>')).toEqual({ page: '', query: {} });
    expect(parseHash('#/%E0%A4%A')).toEqual({ page: '', query: {} });
    const r = parseHash('#/hydrogen?T=<script>&x=' + 'a'.repeat(3000));
    expect(r.page).toBe('hydrogen');
    expect(r.query).toEqual({ T: '<script>' });
  });

  it('parses the landing page from an empty hash', () => {
    expect(parseHash('')).toEqual({ page: '', query: {} });
    expect(parseHash('#/')).toEqual({ page: '', query: {} });
  });
});
