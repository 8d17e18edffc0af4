/**
 * Accessibility checked by a machine: axe-core (WCAG 2.0/2.1/2.2 A and AA rules, plus best
 * practices) on every page of the built app — the landing page and each model page after its
 * default result — in light and dark themes and in English and Japanese at laptop size (1366×900),
 * and on a phone (360×740, where wide equations scroll sideways) once in each language. Fails on any serious or
 * critical violation; prints the counts of every impact so minor and moderate ones are seen too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright';
import { launch } from './browser';
import { modelIds } from '../../src/models/registry';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const pages = ['', ...modelIds];
const themes = ['light', 'dark'] as const;
const languages = ['en', 'ja'] as const;
const totals: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };

/** A viewport to audit the pages at. */
interface View {
  name: string;
  viewport: { width: number; height: number };
  mobile: boolean;
}
const laptop: View = { name: 'laptop', viewport: { width: 1366, height: 900 }, mobile: false };
const phone: View = { name: 'phone', viewport: { width: 360, height: 740 }, mobile: true };

/** Runs axe on page `id` in `theme` and `lang` at `view`; adds the counts to the totals and fails on any serious or critical violation. */
async function audit(id: string, theme: (typeof themes)[number], lang: (typeof languages)[number], view: View): Promise<void> {
  const context = await browser.newContext({ viewport: view.viewport, isMobile: view.mobile, hasTouch: view.mobile });
  await context.addInitScript(
    ([t, l]) => {
      localStorage.setItem('crucible.prefs', JSON.stringify({ theme: t, temperature: 'K' }));
      localStorage.setItem('crucible.locale', l);
    },
    [theme, lang],
  );
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}#/${id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (modelIds.some((m) => id === m || id.startsWith(`${m}?`))) {
    await page.locator('svg[role="img"]').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('progress'), undefined, { timeout: 30_000 });
  }
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual([lang, theme]);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const counts: Record<string, number> = {};
  for (const v of result.violations) {
    const impact = v.impact ?? 'minor';
    counts[impact] = (counts[impact] ?? 0) + v.nodes.length;
    totals[impact] = (totals[impact] ?? 0) + v.nodes.length;
  }
  const severe = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  const rules = result.violations.map((v) => `${v.impact ?? 'minor'} ${v.id} × ${v.nodes.length}`).join('; ');
  console.log(`axe #/${id} ${theme} ${lang} ${view.name}: ${JSON.stringify(counts)} (${result.passes.length} rules passed)${rules ? ` — ${rules}` : ''}`);
  await context.close();
  expect(severe).toEqual([]);
}

/** Page views audited on a phone: every page once in each language (light English, dark Japanese). */
const phoneViews = [
  ['light', 'en'],
  ['dark', 'ja'],
] as const;

describe('axe-core', () => {
  for (const id of pages)
    for (const theme of themes)
      for (const lang of languages) it(`#/${id} (${theme}, ${lang}): no serious or critical violation`, () => audit(id, theme, lang, laptop));

  // on a phone wide equations scroll sideways: each must then be reachable by keyboard
  for (const id of pages)
    for (const [theme, lang] of phoneViews) it(`#/${id} on a phone (${theme}, ${lang}): no serious or critical violation`, () => audit(id, theme, lang, phone));

  // the lessons page, a worksheet with its answers and a lesson step (its step bar), light English and dark Japanese
  for (const id of ['lessons', 'lessons?worksheet=gpa-hydrogen&answers=1', 'hydrogen?lesson=why-plateau&step=2'])
    for (const [theme, lang] of phoneViews) it(`#/${id} (${theme}, ${lang}): no serious or critical violation`, () => audit(id, theme, lang, laptop));

  // Notices of a link with parts the page dropped: each must sit in a landmark (axe's `region`
  // rule is only "moderate", so it is checked by name here, beside the serious/critical ones).
  const notices = [
    ['#/hydrogen?bogus=1', 'an unknown key on a model page'],
    ['#/ionhop?L=12&L=14', 'a duplicated key (dropped before the page opens)'],
    ['#/?x=1', 'a value given to the landing page'],
    ['#/nosuchpage', 'an unknown page'],
  ] as const;
  for (const [hash, what] of notices)
    it(`${hash} (${what}): its notice is shown inside a landmark`, async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}${hash}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const notice = page.locator('.notice').first();
      await notice.waitFor({ timeout: 30_000 });
      const landmark = await notice.evaluate((el) => el.closest('main, header, footer, nav, aside, section[aria-labelledby], section[aria-label]')?.tagName ?? null);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const flagged = result.violations
        .filter((v) => v.id === 'region' || v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
      console.log(`axe ${hash}: notice in <${landmark}>; ${result.violations.map((v) => `${v.impact} ${v.id} × ${v.nodes.length}`).join('; ') || 'no violations'}`);
      await context.close();
      expect(landmark, 'landmark around the notice').not.toBeNull();
      expect(flagged).toEqual([]);
    });

  it('prints the totals by impact', () => {
    console.log(`axe totals over ${pages.length * (themes.length * languages.length + phoneViews.length)} page views (nodes by impact): ${JSON.stringify(totals)}`);
    expect(totals.serious + totals.critical).toBe(0);
  });
});
