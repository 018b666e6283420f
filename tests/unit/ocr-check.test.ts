// @vitest-environment node
/**
 * The `check` command with pictures (DESIGN.md, "The command line"): an INPUT ending in .png, .jpg,
 * .jpeg or .webp is read by OCR and judged as text. Files that are not pictures fail alone with a
 * clear message; the other inputs are still checked. Label pictures rendered by Chromium are read in
 * ocr-labels.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'needle-ocr-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(args: string[]) {
  return spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('check with pictures', () => {
  it('says which picture is missing or unreadable and still checks the rest', () => {
    const fake = join(dir, 'not-a-picture.jpg');
    writeFileSync(fake, 'Aqua, Retinol');
    const run = check(['--json', join(dir, 'missing.png'), fake, '--text', 'Aqua, Glycerin, Retinol']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'missing.png')}: no such file`);
    expect(run.stderr).toMatch(/not-a-picture\.jpg: not a picture that could be read/);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { input: string; products: { verdict: string }[] });
    expect(lines.map((l) => [l.input, l.products[0]?.verdict])).toEqual([['text:1', 'avoid']]);
  });

  it('names pictures in its usage', () => {
    expect(check(['--help']).stdout).toMatch(/picture of a label \(\.png\/\.jpg\/\.jpeg\/\.webp\)/);
  });
});
