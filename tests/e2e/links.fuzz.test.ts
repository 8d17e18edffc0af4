/**
 * Fuzz sample (issue 11, item 6) against the built app: random links built from hostile pieces
 * (pages in other spellings, prototype names, over-long keys and values, empty keys, repeats,
 * markup) open a working page with no error, and every dropped part gets a notice. The unit fuzz
 * (tests/unit/fuzz/url.fuzz.test.ts) covers the parser with many more cases; FUZZ_RUNS raises
 * this sample to at most 100 links (each opens a page).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fc from 'fast-check';
import type { Browser } from 'playwright';
import { collectErrors, launch } from './browser';
import { ignoredParts, parseHash } from '../../src/app/url';
import { modelIds, modelLoaders } from '../../src/models/registry';
import { fcParams, fuzzRuns } from '../unit/fuzz/fuzzConfig';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const page = fc.oneof(
  fc.constantFrom(...modelIds),
  fc.constantFrom(...modelIds).map((id) => id.toUpperCase()),
  fc.constantFrom(...modelIds).map((id) => `${id}/`),
  fc.constantFrom('%2Fhydrogen', '<svg onload=alert(1)>', '__proto__', ''),
);
const part = fc.oneof(
  fc.constantFrom('__proto__=5', '=5', 'constructor=1', 'G=K%2Fmm', 'T=400', 'T=500', 'x=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'),
  fc.constant(`${'k'.repeat(41)}=1`),
  fc.constant(`a=${'9'.repeat(2001)}`),
);
const hash = fc.tuple(page, fc.array(part, { minLength: 1, maxLength: 4 })).map(([p, parts]) => `#/${p}?${parts.join('&')}`);

describe('fuzz sample: random links in the built app', () => {
  const fixed = ['#/?T=400&present=1', `#/ionhop?__proto__=5&=5&a=angstrom&${'k'.repeat(41)}=1&T=400&T=500`, '#/solidification?G=K%2Fmm&constructor=1&present=1'];
  const hashes = [...fixed, ...fc.sample(hash, { numRuns: Math.min(fuzzRuns(3), 100), seed: fcParams(3).seed })];
  for (const h of hashes) {
    it(`${h.slice(0, 80)} opens a working page with a notice per dropped part`, async () => {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(tab);
      let dialogs = 0;
      tab.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await tab.goto(`${inject('baseUrl')}${h}`);
      const parsed = parseHash(h);
      await tab.locator('#main').waitFor({ timeout: 30_000 });
      const queryDrops = ignoredParts(parsed, modelIds.includes(parsed.page));
      if (queryDrops.length > 0) {
        const notice = tab.getByRole('status').filter({ hasText: 'Some parts of the link could not be read' });
        await notice.waitFor();
        expect(await notice.locator('li').count()).toBe(queryDrops.length);
      }
      if (parsed.page === '' && parsed.dropped.some((d) => d.reason === 'page')) {
        await tab.getByRole('status').filter({ hasText: 'There is no page' }).waitFor();
      }
      if (modelIds.includes(parsed.page)) {
        await tab.locator('svg[role="img"]').first().waitFor({ timeout: 30_000 });
        // keys the model does not know are reported by the page's own notice
        const keys = new Set((await modelLoaders[parsed.page]()).params.map((p) => p.key));
        const unknown = Object.keys(parsed.query).filter((k) => k !== 'present' && !keys.has(k));
        if (unknown.length > 0) {
          const notice = tab.getByRole('status').filter({ hasText: 'Some values in the link were not valid' });
          await notice.waitFor();
          expect(await notice.locator('li').count()).toBeGreaterThanOrEqual(unknown.length);
        }
      } else expect(await tab.locator('.model-card').count()).toBe(modelIds.length);
      expect(await tab.locator('img').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
      await tab.close();
    });
  }
});
