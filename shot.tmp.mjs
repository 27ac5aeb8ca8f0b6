import { chromium } from 'playwright-core';
const [,, base, ...paths] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const p of paths) for (const w of [1280, 360]) {
  const page = await b.newPage({ viewport: { width: w, height: w === 360 ? 740 : 900 } });
  await page.goto(base + p);
  await page.screenshot({ path: `/tmp/shot-${p.replace(/\W+/g,'_')}-${w}.png`, fullPage: false });
  await page.close();
}
await b.close();
