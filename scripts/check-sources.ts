// The Firefox sources archive builds the same extension: unpacks .output/*-sources.zip into a
// temporary folder (with this checkout's node_modules, as `npm ci` would install them from the
// archive's lock file), builds it for Firefox MV3 there, and compares every file with the
// submitted .output/*-firefox.zip byte for byte. Run after `npm run zip`; exits 1 on a difference.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './engine.ts';

const out = join(ROOT, '.output');
const archive = (suffix: string) => {
  const name = readdirSync(out).find((f) => f.endsWith(`-${suffix}.zip`));
  if (!name) throw new Error(`no .output/*-${suffix}.zip: run npm run zip first`);
  return join(out, name);
};

function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return found;
}

const work = mkdtempSync(join(tmpdir(), 'needle-sources-'));
try {
  const sources = join(work, 'sources');
  const submitted = join(work, 'submitted');
  execFileSync('unzip', ['-q', archive('sources'), '-d', sources]);
  execFileSync('unzip', ['-q', archive('firefox'), '-d', submitted]);
  symlinkSync(join(ROOT, 'node_modules'), join(sources, 'node_modules'), 'dir');
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: sources, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the sources did not build:\n${build.stdout}${build.stderr}`);
  const rebuilt = files(join(sources, '.output/firefox-mv3'));
  const expected = files(submitted);
  const differences = [...new Set([...rebuilt.keys(), ...expected.keys()])]
    .filter((f) => !rebuilt.get(f)?.equals(expected.get(f) ?? Buffer.alloc(0)) || !expected.has(f))
    .sort();
  if (differences.length > 0) {
    console.error(`The sources archive builds a different package: ${differences.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(`The sources archive rebuilds the Firefox package: ${expected.size} files, byte for byte.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
