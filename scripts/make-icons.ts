// Renders scripts/icon.svg to the PNG sizes the manifest and notifications use, in Debian's
// Chromium. Run after editing the SVG: `node scripts/make-icons.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './engine.ts';

const svg = readFileSync(join(ROOT, 'scripts/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  writeFileSync(join(ROOT, `public/icon/${size}.png`), await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
