import { chromium } from 'playwright';
import { chromiumArgs } from './scripts/chromium.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
for (const [w, h, name] of [[1280, 900, 'wide'], [360, 740, 'phone']]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await p.goto('http://127.0.0.1:4377/#/solidification?lesson=sige-polycrystal&step=7');
  await p.locator('input[name="lesson-prediction"]').nth(1).check();
  await p.waitForTimeout(4000);
  await p.getByTestId('lesson-reveal').click();
  await p.waitForTimeout(8000);
  await p.screenshot({ path: `/tmp/pfl-${name}.png` });
  console.log(name, await p.getByTestId('lesson-answer').textContent());
  await p.close();
}
await b.close();
