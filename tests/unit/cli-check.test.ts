// @vitest-environment node
/**
 * The `check` command as ../shared/DESIGN.md ("The command line") specifies it, run as a real
 * process from the repo root. Each process loads the knowledge base, so each test runs one and
 * asserts everything it shows. Pages: tests/fixtures/cli/ (a kit and a listing saved to disk,
 * found by their canonical link), tests/e2e/pages/ (a product and a product without a list), and
 * the real saved pages of ../shared/corpus/pages when present.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusOrSkip } from '../corpus.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS_PAGES = corpusOrSkip('pages', 'cli-check on real saved pages');

const SERUM_PAGE = 'tests/e2e/pages/retinol-serum.html';
const SERUM_URL = 'https://www.lookfantastic.com/p/night-renewal-retinol-serum/1001/';
const LIST = 'Aqua, Glycerin, Retinol, Parfum';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node scripts/check.ts ...args`, in UTC so that a treatment time without an offset is fixed. */
function check(args: string[], stdin = ''): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status, stdout, stderr };
}

interface IngredientJson {
  text: string;
  inci: string | null;
  classes: string[];
  effect: string;
  okAfterHours: number | null;
}

interface ProductJson {
  name: string | null;
  verdict: string;
  okAfterHours: number | null;
  coverage: number;
  ingredients: IngredientJson[];
}

interface ResultJson {
  input: string;
  page: { isProduct: boolean; title: string | null; brand: string | null; source: string };
  products: ProductJson[];
  doubts: { kind: string; reason?: string; text?: string; near?: string }[];
}

/** One JSON object per line, each exactly of the documented shape. */
function jsonLines(stdout: string): ResultJson[] {
  const results = stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ResultJson);
  for (const result of results) expectShape(result);
  return results;
}

const nullableString = (value: unknown) => value === null || typeof value === 'string';
const hours = (value: unknown) => value === null || (Number.isInteger(value) && (value as number) >= 0);

function expectShape(result: ResultJson): void {
  expect(Object.keys(result)).toEqual(['input', 'page', 'products', 'doubts']);
  for (const doubt of result.doubts) expect(['reading', 'unknown-active', 'near-risky']).toContain(doubt.kind);
  expect(Object.keys(result.page)).toEqual(['isProduct', 'title', 'brand', 'source']);
  expect(typeof result.page.isProduct).toBe('boolean');
  expect([result.page.title, result.page.brand].every(nullableString)).toBe(true);
  expect(result.page.source).toMatch(/^(site:[a-z]+|jsonld|embedded|shopify|heading|text|none)$/);
  for (const product of result.products) {
    expect(Object.keys(product).filter((key) => !key.startsWith('pause'))).toEqual(['name', 'verdict', 'okAfterHours', 'coverage', 'ingredients']);
    expect(nullableString(product.name)).toBe(true);
    expect(['avoid', 'caution', 'suitable', 'unknown']).toContain(product.verdict);
    expect(hours(product.okAfterHours)).toBe(true);
    expect(product.coverage).toBeGreaterThanOrEqual(0);
    expect(product.coverage).toBeLessThanOrEqual(1);
    for (const ingredient of product.ingredients) {
      expect(Object.keys(ingredient)).toEqual(['text', 'inci', 'classes', 'effect', 'okAfterHours']);
      expect(typeof ingredient.text).toBe('string');
      expect(nullableString(ingredient.inci)).toBe(true);
      expect(ingredient.classes.every((name) => typeof name === 'string')).toBe(true);
      expect(['avoid', 'caution', 'neutral', 'beneficial', 'unknown']).toContain(ingredient.effect);
      expect(hours(ingredient.okAfterHours)).toBe(true);
    }
  }
}

/** Ingredient → its window, for the flagged ingredients of a product. */
function windows(product: ProductJson | undefined): Record<string, number | null> {
  const flagged = (product?.ingredients ?? []).filter((i) => i.effect === 'avoid' || i.effect === 'caution');
  return Object.fromEntries(flagged.map((i) => [i.text, i.okAfterHours]));
}

describe('check --json: one object per input per line, in the order given', () => {
  let run: Run;
  let results: ResultJson[];
  const byInput = (input: string) => results.find((result) => result.input === input);
  beforeAll(() => {
    run = check(
      ['--json', '--text', LIST, 'tests/fixtures/cli/serum.txt', '-', 'tests/fixtures/cli/kit.html', 'tests/fixtures/cli/listing.html', 'tests/e2e/pages/no-list.html'],
      'Aqua, Salicylic Acid, Glycerin\n',
    );
    results = jsonLines(run.stdout);
  });

  it('answers every input, exit 0 and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(results.map((result) => result.input)).toEqual([
      'text:1',
      'tests/fixtures/cli/serum.txt',
      '-',
      'tests/fixtures/cli/kit.html',
      'tests/fixtures/cli/listing.html',
      'tests/e2e/pages/no-list.html',
    ]);
  });

  it('--text: raw ingredient text, every ingredient as on the label', () => {
    expect(byInput('text:1')).toEqual({
      input: 'text:1',
      page: { isProduct: true, title: null, brand: null, source: 'text' },
      products: [
        {
          name: null,
          verdict: 'avoid',
          okAfterHours: 168,
          coverage: 1,
          ingredients: [
            { text: 'Aqua', inci: 'Water', classes: ['solvent'], effect: 'neutral', okAfterHours: 0 },
            { text: 'Glycerin', inci: 'Glycerin', classes: ['glycerin'], effect: 'beneficial', okAfterHours: 0 },
            { text: 'Retinol', inci: 'Retinol', classes: ['retinoid'], effect: 'avoid', okAfterHours: 168 },
            { text: 'Parfum', inci: 'Parfum', classes: ['fragrance'], effect: 'avoid', okAfterHours: 72 },
          ],
        },
      ],
      doubts: [],
    });
  });

  it('a text file: its label prefix dropped, a line break inside the list read through', () => {
    const [product] = byInput('tests/fixtures/cli/serum.txt')?.products ?? [];
    expect(product?.ingredients.map((i) => i.text)).toEqual(['Aqua (Water)', 'Glycerin', 'Niacinamide', 'Ascorbic Acid', 'Sodium Hyaluronate', 'Phenoxyethanol']);
    expect(product).toMatchObject({ verdict: 'avoid', okAfterHours: 72, coverage: 1 });
  });

  it('- reads the list from standard input', () => {
    const [product] = byInput('-')?.products ?? [];
    expect(product?.ingredients.map((i) => i.inci)).toEqual(['Water', 'Salicylic Acid', 'Glycerin']);
    expect(windows(product)).toEqual({ 'Salicylic Acid': 168 });
  });

  it('a kit saved to disk: the canonical link names the shop, one entry per component', () => {
    const kit = byInput('tests/fixtures/cli/kit.html');
    expect(kit?.page).toEqual({ isProduct: true, title: 'Harbour Skin Reset Trio', brand: 'Harbour Skin', source: 'site:lookfantastic' });
    // Nothing flagged still waits out the first 6 hours after a professional session (rubric, last section).
    expect(kit?.products.map((p) => [p.name, p.verdict, p.okAfterHours, p.ingredients.length])).toEqual([
      ['Cleansing Gel', 'suitable', 6, 5],
      ['Peel Pads', 'avoid', 168, 5],
      ['Barrier Cream', 'suitable', 6, 6],
    ]);
    expect(windows(kit?.products[1])).toEqual({ 'Glycolic Acid': 168, 'Salicylic Acid': 168, Parfum: 72 });
  });

  it('a listing page is not a product: isProduct false and no products, even with a list in a tile', () => {
    expect(byInput('tests/fixtures/cli/listing.html')).toEqual({
      input: 'tests/fixtures/cli/listing.html',
      page: { isProduct: false, title: 'Face Serums', brand: null, source: 'site:lookfantastic' },
      products: [],
      doubts: [],
    });
  });

  it('a product page without a readable list: isProduct true and no products', () => {
    expect(byInput('tests/e2e/pages/no-list.html')).toEqual({
      input: 'tests/e2e/pages/no-list.html',
      page: { isProduct: true, title: 'Gift Card', brand: 'Example Beauty', source: 'none' },
      products: [],
      doubts: [],
    });
  });
});

describe('check: the human report', () => {
  it('a saved page with --url and --treatment: the verdict, the reasons and the date it is OK from', () => {
    const run = check(['--treatment', '2026-11-24T14:00', '--url', SERUM_URL, SERUM_PAGE]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${SERUM_PAGE} — Night Renewal Retinol Serum (Lumen Lab) [heading]`);
    expect(lines[1]).toBe('  AVOID — OK 168 h after a professional treatment: from 2026-12-01T14:00:00.000Z');
    expect(lines).toContain('    ✕ Retinol — retinoid (168 h)');
    expect(lines).toContain('    ✕ Parfum (Fragrance) — fragrance (72 h)');
    expect(lines).toContain('    + Squalane — squalane');
    expect(lines.some((line) => line.includes('Phenoxyethanol'))).toBe(false); // neutral: not listed
    expect(lines.at(-1)).toBe('  Recognised 10 of 10 (100%)');
  });

  it('without --treatment no date; a missing file is named on stderr, the rest still answered, exit 1', () => {
    const run = check(['--text', 'Aqua, Retinol', 'tests/fixtures/cli/missing.txt']);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'text:1',
      '  AVOID — OK 168 h after a professional treatment',
      '    ✕ Retinol — retinoid (168 h)',
      '  Recognised 2 of 2 (100%)',
    ]);
    expect(run.stderr.trim()).toBe('tests/fixtures/cli/missing.txt: no such file');
    expect(run.status).toBe(1);
  });
});

describe('check --depth home and --avoid', () => {
  let run: Run;
  let list: ResultJson | undefined;
  let withAvoided: ResultJson | undefined;
  beforeAll(() => {
    run = check(['--json', '--depth', 'home', '--avoid', 'panthenol', '--text', LIST, '--text', 'Aqua, Panthenol']);
    [list, withAvoided] = jsonLines(run.stdout);
  });

  it('an at-home roller gives shorter windows than the professional pen (168 h retinol, 72 h parfum)', () => {
    expect(run.status).toBe(0);
    expect(list?.products[0]).toMatchObject({ verdict: 'avoid', okAfterHours: 72 });
    expect(windows(list?.products[0])).toEqual({ Retinol: 72, Parfum: 48 });
  });

  it('an ingredient on your own avoid list is avoided with no end (okAfterHours null)', () => {
    expect(withAvoided?.products[0]).toMatchObject({ verdict: 'avoid', okAfterHours: null });
    expect(withAvoided?.products[0]?.ingredients[1]).toMatchObject({ text: 'Panthenol', effect: 'avoid', okAfterHours: null });
  });
});

describe('check --json says what needs checking on the label', () => {
  it('an unknown declared active is a doubt, and the product is not suitable', () => {
    const run = check(['--json', '--text', 'Active ingredient: Zincolium 2%. Inactive ingredients: Aqua, Glycerin, Panthenol']);
    const [result] = jsonLines(run.stdout);
    expect(result?.doubts).toEqual([{ kind: 'unknown-active', text: 'Zincolium 2%' }]);
    expect(result?.products[0]?.verdict).not.toBe('suitable');
  });

  it('a list read without doubt has none', () => {
    const [result] = jsonLines(check(['--json', '--text', 'Aqua, Glycerin, Panthenol']).stdout);
    expect(result?.doubts).toEqual([]);
  });
});

describe('check --batch: JSON lines in, JSON lines out', () => {
  it('answers the good lines, names each bad line on stderr, exit 1', () => {
    const stdin = [
      JSON.stringify({ id: 'serum', text: 'Aqua, Retinol' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text' }),
      '',
      JSON.stringify({ text: 'Aqua, Glycerin' }),
    ].join('\n');
    const run = check(['--batch'], stdin);
    const results = jsonLines(run.stdout);
    expect(results.map((r) => [r.input, r.products[0]?.verdict])).toEqual([
      ['serum', 'avoid'],
      ['line:5', 'suitable'],
    ]);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line:2: not a JSON line with "text": /);
    expect(errors[1]).toBe('line:3: not a JSON line with "text": each line needs a "text" string');
    expect(run.status).toBe(1);
  });
});

describe('check: usage and input errors', () => {
  it('--help prints the usage, exit 0', () => {
    const run = check(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage:/);
    expect(run.stdout).toContain('--batch');
  });

  it('a date that is not ISO or not in the calendar → exit 2 with a clear message', () => {
    const run = check(['--treatment', '2026-02-30', '--text', LIST]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^check: --treatment must be an ISO date-time such as 2026-11-24T14:00, not "2026-02-30"\n/);
  });

  it('an unknown option → exit 2 with the usage, not a stack trace', () => {
    const run = check(['--dpeth', 'home', '--text', LIST]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^check: Unknown option '--dpeth'/);
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(CORPUS_PAGES === null)('check on real saved pages (../shared/corpus/pages), no --url: the canonical link', () => {
  const pages = ['sephora-1.html', 'shopify-skincupid-kombucha-tea-essence.html', 'yesstyle-1.html', 'boots-listing-1.html'];
  let run: Run;
  let results: ResultJson[];
  beforeAll(() => {
    run = check(['--json', ...pages.map((file) => resolve(CORPUS_PAGES as string, file))]);
    results = jsonLines(run.stdout);
  });

  it('reads each product page through its shop reader, one list each, and the listing as no product', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(results.map((r) => [r.page.isProduct, r.page.source, r.products.length])).toEqual([
      [true, 'site:sephora', 1],
      [true, 'shopify', 1],
      [true, 'site:yesstyle', 1],
      [false, 'site:boots', 0],
    ]);
    for (const result of results.filter((r) => r.page.isProduct)) {
      expect(result.page.title).toBeTruthy();
      expect(result.page.brand).toBeTruthy();
      expect(result.products[0]?.ingredients.length).toBeGreaterThan(5);
      expect(result.products[0]?.coverage).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('the retinol serum (sephora-1) is avoided for a week after a professional treatment', () => {
    const [serum] = results[0]?.products ?? [];
    expect(serum).toMatchObject({ verdict: 'avoid', okAfterHours: 168 });
    expect(serum?.ingredients.some((i) => i.classes.includes('retinoid') && i.okAfterHours === 168)).toBe(true);
  });
});

/**
 * The treatment cycle (../shared/reference/treatment-cycle.md): the pause before the next session from the
 * table's defaults, the first hours after a professional session, and the person's clinic windows.
 */
describe('check --next-session and --clinic', () => {
  const SESSION = '2026-12-08T10:00Z';
  const before = (hours: number) => new Date(Date.parse(SESSION) - hours * 3_600_000).toISOString();
  const lists = ['Aqua, Retinol, Glycerin', 'Aqua, Glycolic Acid, Parfum', 'Aqua, Parfum, Glycerin', 'Aqua, Glycerin, Panthenol', 'Aqua, Ascorbic Acid'];
  const run = (extra: string[]) => jsonLines(check(['--json', '--next-session', SESSION, ...extra, ...lists.flatMap((text) => ['--text', text])]).stdout);
  const pauses = (results: ResultJson[]) =>
    results.map((r) => {
      const [product] = r.products as (ProductJson & { pauseBeforeHours: number; pauseFrom: string })[];
      return [product?.pauseBeforeHours, product?.pauseFrom, product?.okAfterHours];
    });

  it('adds pauseBeforeHours and pauseFrom after okAfterHours, from the defaults of the table (professional)', () => {
    const results = run([]);
    for (const result of results) {
      expect(Object.keys(result.products[0] ?? {})).toEqual(['name', 'verdict', 'okAfterHours', 'pauseBeforeHours', 'pauseFrom', 'coverage', 'ingredients']);
    }
    // Retinoid 5 d; exfoliating acid 3 d; fragrance nothing to pause (arrive clean); nothing flagged: 0 and the
    // first 6 h after the session; pure vitamin C 1 d.
    expect(pauses(results)).toEqual([
      [120, before(120), 168],
      [72, before(72), 168],
      [0, before(0), 72],
      [0, before(0), 6],
      [24, before(24), 72],
    ]);
  });

  it('at home: the shorter pauses, no first hours, and pure vitamin C only off the skin at the session itself', () => {
    expect(pauses(run(['--depth', 'home']))).toEqual([
      [48, before(48), 72],
      [24, before(24), 72],
      [0, before(0), 48],
      [0, before(0), 0],
      [0, before(0), 48],
    ]);
  });

  it("--clinic applies the person's windows (either key) and first hours; the rest keep their defaults", () => {
    expect(pauses(run(['--clinic', 'tests/fixtures/cli/clinic.json']))).toEqual([
      [168, before(168), 240],
      [72, before(72), 168],
      [24, before(24), 72],
      [0, before(0), 8],
      [24, before(24), 72],
    ]);
  });

  it('--clinic reads the instructions a list export carries', () => {
    const exported = { format: 'needle-safe-list', version: 3, products: [], clinic: { version: 1, windows: { retinoid: { beforeHours: 24 } } } };
    const dir = mkdtempSync(join(tmpdir(), 'clinic-'));
    writeFileSync(join(dir, 'export.json'), JSON.stringify(exported));
    const [retinol] = pauses(run(['--clinic', join(dir, 'export.json')]));
    expect(retinol).toEqual([24, before(24), 168]);
  });

  it('without --next-session there is no pause in the output', () => {
    const [result] = jsonLines(check(['--json', '--clinic', 'tests/fixtures/cli/clinic.json', '--text', lists[0] as string]).stdout);
    expect(Object.keys(result?.products[0] ?? {})).toEqual(['name', 'verdict', 'okAfterHours', 'coverage', 'ingredients']);
    expect(result?.products[0]?.okAfterHours).toBe(240);
  });

  it.each([
    ['{"version": 1, "windows": {"retinol": {"afterHours": 24}}}', /^check: --clinic \S+: no class "retinol" in the knowledge base \(classes: retinoid, /],
    ['{"version": 1, "windows": {"retinoid": {"afterHours": -1}}}', /^check: --clinic \S+: not clinic instructions .* \(at windows\.retinoid\.afterHours\): /],
    ['{"version": 1, "windows": {"retinoid": {"after": 24}}}', /^check: --clinic \S+: not clinic instructions .* \(at windows\.retinoid\.after\): /],
    ['{"windows": {}}', /^check: --clinic \S+: not clinic instructions .*\(at version\)/],
    ['{"version": 2, "windows": {}}', /^check: --clinic \S+: the instructions are of a newer format \(version 2\); update Needle Safe first\n/],
    ['{"version": 1, "windows": ', /^check: --clinic \S+: not valid JSON\n/],
  ])('a bad clinic file %s → exit 2 with a clear message, nothing on stdout', (content, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'clinic-'));
    writeFileSync(join(dir, 'windows.json'), content);
    const bad = check(['--json', '--clinic', join(dir, 'windows.json'), '--text', LIST]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(message);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing clinic file and a bad --next-session are named', () => {
    expect(check(['--clinic', 'tests/fixtures/cli/nowhere.json', '--text', LIST]).stderr).toMatch(/^check: --clinic tests\/fixtures\/cli\/nowhere\.json: no such file\n/);
    expect(check(['--next-session', 'Tuesday', '--text', LIST]).stderr).toMatch(
      /^check: --next-session must be an ISO date-time such as 2026-12-08T10:00, not "Tuesday"\n/,
    );
  });

  it('the human report says when to pause', () => {
    const lines = check(['--next-session', SESSION, '--text', 'Aqua, Retinol', '--text', 'Aqua, Glycerin']).stdout.split('\n');
    expect(lines).toContain(`  Pause 120 h before the next session: from ${before(120)}`);
    expect(lines).toContain('  Nothing to pause before the next session (come with clean skin)');
  });
});
