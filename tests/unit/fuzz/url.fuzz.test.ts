/**
 * Fuzz (issue 11, item 6): random link hashes. Parsing never throws and never evaluates; every
 * query part is either kept exactly (key ≤ 40 characters, value ≤ 2000, not "__proto__", first of
 * its name) or listed as dropped, and a page that is not a plain page id is listed too — so the
 * page can give a notice for each part it ignores.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHash, MAX_KEY_CHARS, MAX_VALUE_CHARS, parseHash } from '../../../src/app/url';
import { modelIds } from '../../../src/models/registry';
import { fcParams, PROTOTYPE_NAMES } from './fuzzConfig';

const page = fc.oneof(
  fc.constantFrom('', ...modelIds),
  fc.constantFrom(...modelIds).map((id) => id.toUpperCase()),
  fc.constantFrom(...modelIds).map((id) => `${id}/`),
  fc.constantFrom(...modelIds).map((id) => `%2F${id}`),
  fc.constantFrom('<script>alert(1)</script>', '%E0%A4%A', '..%2F..', 'javascript:alert(1)', ...PROTOTYPE_NAMES),
  fc.string({ unit: 'binary', maxLength: 50 }).map((s) => s.replace(/[?#]/g, '')),
);

const key = fc.oneof(
  fc.constantFrom('G', 'T', 'x0', 'present', 'seed', '', ...PROTOTYPE_NAMES),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.integer({ min: MAX_KEY_CHARS - 1, max: MAX_KEY_CHARS + 2 }).map((n) => 'k'.repeat(n)),
);
const value = fc.oneof(
  fc.constantFrom('7.7 K/mm', 'K/mm', '<img src=x onerror=alert(1)>', '', '1e999', '%', '&', '='),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.integer({ min: MAX_VALUE_CHARS - 1, max: MAX_VALUE_CHARS + 2 }).map((n) => '9'.repeat(n)),
);

describe('fuzz: link hashes', () => {
  it('never throws, keeps only plain parts, and lists every part it drops', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (text, withHash) => {
        const hash = withHash ? `#/${text}` : text;
        const r = parseHash(hash);
        expect(r.page === '' || /^[a-z][a-z0-9-]*$/.test(r.page), hash).toBe(true);
        expect(Object.getPrototypeOf(r.query)).toBe(Object.prototype);
        for (const [k, v] of Object.entries(r.query)) {
          expect(k.length >= 1 && k.length <= MAX_KEY_CHARS && k !== '__proto__', hash).toBe(true);
          expect(v.length, hash).toBeLessThanOrEqual(MAX_VALUE_CHARS);
        }
        const body = hash.replace(/^#/, '').replace(/^\//, '');
        const q = body.indexOf('?');
        const entries = q < 0 ? 0 : [...new URLSearchParams(body.slice(q + 1))].length;
        const queryDrops = r.dropped.filter((d) => d.reason !== 'page').length;
        expect(Object.keys(r.query).length + queryDrops, `every query part kept or listed: ${hash}`).toBe(entries);
        const pageText = q < 0 ? body : body.slice(0, q);
        const pageDrops = r.dropped.filter((d) => d.reason === 'page').length;
        expect(pageDrops, hash).toBe(pageText !== '' && r.page === '' ? 1 : 0);
      }),
      fcParams(500),
    );
  }, 120_000);

  it('of pages and key=value parts built from hostile pieces: each part kept exactly or dropped with its name', () => {
    fc.assert(
      fc.property(page, fc.array(fc.tuple(key, value), { maxLength: 6 }), (p, pairs) => {
        const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const hash = `#/${p}${qs ? '?' + qs : ''}`;
        const r = parseHash(hash);
        const seen = new Set<string>();
        for (const [k, v] of pairs) {
          const kept = Object.hasOwn(r.query, k) && r.query[k] === v && !seen.has(k);
          const dropped = r.dropped.some((d) => d.part === k && d.reason !== 'page');
          expect(kept || dropped, `${k.slice(0, 50)} in ${hash.slice(0, 200)}`).toBe(true);
          seen.add(k);
        }
        // the page is the id asked for, or the landing page with the text asked for listed as dropped
        if (p === '' || modelIds.includes(p)) expect(r.page).toBe(p);
        else expect(r.page !== '' || r.dropped.some((d) => d.reason === 'page'), hash.slice(0, 200)).toBe(true);
        // what was kept formats back to a link that parses to the same values with nothing dropped
        const again = parseHash(formatHash(r));
        expect(again.query).toEqual(r.query);
        expect(again.dropped).toEqual([]);
      }),
      fcParams(500),
    );
  }, 120_000);
});
