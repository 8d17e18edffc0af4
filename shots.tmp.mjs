import { chromium } from 'playwright';
import { chromiumArgs } from './scripts/chromium.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const base = 'http://localhost:4377/';
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [name, hash, w, h, action] = spec.split('|');
  const ctx = await b.newContext({ viewport: { width: Number(w), height: Number(h) } });
  if (name.startsWith('ja')) await ctx.addInitScript(() => localStorage.setItem('crucible.locale', 'ja'));
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', name, e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', name, m.text()); });
  await page.goto(base + hash);
  await page.waitForTimeout(4000);
  if (action === 'reveal') {
    await page.locator('input[name="lesson-prediction"]').first().check();
    await page.locator('[data-testid="lesson-reveal"]').click();
    await page.waitForTimeout(500);
    console.log(name, await page.locator('[data-testid="lesson-answer"]').innerText());
  }
  if (action === 'print') await page.emulateMedia({ media: 'print' });
  if (action === 'pdf') { await page.emulateMedia({ media: 'print' }); await page.pdf({ path: `/tmp/lessons-${name}.pdf`, format: 'A4' }); }
  console.log(name, page.url());
  await page.screenshot({ path: `/tmp/lessons-${name}.png`, fullPage: action === 'print' || action === 'full' });
  await page.close();
}
await b.close();
