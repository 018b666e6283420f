// `npm start`: builds the extension for Chrome and Firefox (MV3), then checks the bundled example
// shop page from the terminal, as the extension would on the shop's site.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './engine.ts';

const EXAMPLE = join(ROOT, 'tests/e2e/pages/retinol-serum.html');
const EXAMPLE_URL = 'https://www.lookfantastic.com/p/night-renewal-retinol-serum/1001/';

function step(args: string[]): void {
  const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step(['wxt', 'build']);
step(['wxt', 'build', '-b', 'firefox', '--mv3']);
const treatment = new Date();
treatment.setMinutes(0, 0, 0);
console.log(`\nThe bundled example page, for a professional treatment at ${treatment.toISOString()}:\n`);
step(['node', 'scripts/check.ts', '--url', EXAMPLE_URL, '--treatment', treatment.toISOString(), EXAMPLE]);
console.log(`
Load the extension:
  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${join(ROOT, '.output/chrome-mv3')}
  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${join(ROOT, '.output/firefox-mv3/manifest.json')}
`);
