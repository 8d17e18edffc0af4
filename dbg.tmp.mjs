import { chromium } from 'playwright';
import { chromiumArgs } from './scripts/chromium.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4377/#/solidification?lesson=sige-polycrystal&step=7');
for (let i = 0; i < 8; i++) {
  await p.waitForTimeout(1500);
  const c = p.locator('[data-card="solidification-morphology"]');
  console.log(await c.count(), await c.getAttribute('data-playing'), await c.getAttribute('data-steps'), await c.getAttribute('class'));
}
await p.screenshot({ path: '/tmp/pfl-step7.png' });
await b.close();
