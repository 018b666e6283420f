// `npm test`: every check the project has, in the order a change is checked — type check, the rooms
// (dependency-cruiser: which folder may import which, ../shared/DESIGN.md), the lint (ESLint with
// type information, no warning allowed, and Prettier's check of the formatting), unit tests, the store
// packages (production builds for Chrome and Firefox MV3, zipped, with the Firefox sources
// archive), the Firefox lint, the sources archive rebuilding the same Firefox package, and
// end-to-end tests in Chromium and in Firefox. Ends with one line "N passed, N failed" counting
// every test and check it ran.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

const tally: Tally = { passed: 0, failed: 0 };
const reports = mkdtempSync(join(tmpdir(), 'needle-tests-'));

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  tally[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? '✔' : '✖'} ${name}`);
  return ok;
}

/** A Vitest run: each test counts; a run that could not report at all counts as one failure. */
function vitest(name: string, configArgs: string[]): void {
  const output = join(reports, `${name.replace(/\W+/g, '-')}.json`);
  run('npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTestSuites: number;
      testResults: { status: string }[];
    };
    const brokenFiles = report.testResults.filter((f) => f.status === 'failed').length;
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests + (report.numFailedTests === 0 ? brokenFiles : 0);
    console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } catch {
    tally.failed++;
    console.log(`✖ ${name}: no report`);
  }
}

// svelte-check type-checks the TypeScript files as well as the Svelte components.
check('type check (svelte-check)', 'npx', ['svelte-check', '--workspace', '.', '--threshold', 'error']);
check('rooms: imports and cycles (dependency-cruiser)', 'npm', ['run', '--silent', 'depcruise']);
check('lint (ESLint, Prettier)', 'npm', ['run', '--silent', 'lint']);
vitest('unit', []);
// `wxt zip` builds first: the packages tested are the ones a release ships.
const built =
  check('build + zip (chrome-mv3, also for Edge)', 'npx', ['wxt', 'zip']) &&
  check('build + zip (firefox-mv3, with the sources archive)', 'npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']);
if (built) {
  check('web-ext lint (firefox-mv3)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--warnings-as-errors=false']);
  check('the sources archive rebuilds the Firefox package', 'node', ['scripts/check-sources.ts']);
  vitest('e2e (Chromium)', ['--config', 'vitest.e2e.config.ts']);
  vitest('e2e (Firefox)', ['--config', 'vitest.firefox.config.ts']);
} else {
  tally.failed += 2;
  console.log('✖ e2e (Chromium, Firefox): skipped because the build failed');
}
rmSync(reports, { recursive: true, force: true });
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
