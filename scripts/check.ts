// `npm run --silent check -- [--json] [--treatment ISO] [--depth pro|home] [--url URL] INPUT...`
// `npm run --silent check -- --batch < lists.jsonl`   ({"id": "...", "text": "..."} per line)
// The extension's pipeline without a browser: a saved page (.html/.htm) goes through src/extract in
// jsdom, a picture (.png/.jpg/.jpeg/.webp) is read by OCR (src/ocr), any other file (or "-" for
// stdin, or --text "...") is raw ingredient text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { analyzeComponents } from '../src/score/analyze.ts';
import { readPage } from '../src/extract/index.ts';
import type { PageReading } from '../src/extract/types.ts';
import type { Matcher } from '../src/knowledge/matcher.ts';
import { ClinicRefused, NO_CLINIC, readClinic } from '../src/list/clinic.ts';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, type TreatmentProfile } from '../src/list/model.ts';
import type { Analysis, ClinicWindows, ComponentAnalysis, Doubt, ScoringMatcher } from '../src/score/types.ts';
import { loadCompiledKb, loadMatcher } from './engine.ts';
import { listReading } from '../src/extract/list-reading.ts';
import { IMAGE_FILE, readPictures } from './ocr-node.ts';

const USAGE = `Usage:
  npm run --silent check -- [--json] [--treatment ISO-DATETIME] [--depth pro|home] [--url URL] INPUT...
  npm run --silent check -- --text "Aqua, Retinol, Parfum"
  npm run --silent check -- --batch < lists.jsonl      ({"id": "...", "text": "..."} per line)
  npm run --silent check -- --json --treatment T --next-session ISO-DATETIME [--clinic windows.json] INPUT...
INPUT: a saved shop page (.html/.htm), a picture of a label (.png/.jpg/.jpeg/.webp), a text file with an
ingredient list, or - for standard input.
--next-session: the next session (of the --depth kind); each product gets "pauseBeforeHours" and "pauseFrom".
--clinic: your clinic's windows, {"version": 1, "windows": {"<class id>": {"afterHours": n, "beforeHours": n}}}
(either key optional; "firstHours": n too), or a Needle Safe list export that holds them.`;

interface Options {
  json: boolean;
  profile: TreatmentProfile;
  avoid: string[];
  url: string | undefined;
  /** The next session, when given: each product says when to pause before it. */
  nextSession: Date | null;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      batch: { type: 'boolean', default: false },
      text: { type: 'string', multiple: true },
      treatment: { type: 'string' },
      depth: { type: 'string', default: 'pro' },
      url: { type: 'string' },
      avoid: { type: 'string', multiple: true },
      'next-session': { type: 'string' },
      clinic: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || (!values.batch && positionals.length === 0 && !values.text)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.depth !== 'pro' && values.depth !== 'home') return fail(`--depth must be pro or home, not "${values.depth}"`);
  const treatmentAt = values.treatment === undefined ? null : treatmentDate(values.treatment);
  if (values.treatment !== undefined && !treatmentAt) {
    return fail(`--treatment must be an ISO date-time such as 2026-11-24T14:00, not "${values.treatment}"`);
  }
  const nextSession = values['next-session'] === undefined ? null : treatmentDate(values['next-session']);
  if (values['next-session'] !== undefined && !nextSession) {
    return fail(`--next-session must be an ISO date-time such as 2026-12-08T10:00, not "${values['next-session']}"`);
  }
  const kb = loadCompiledKb();
  const matcher = loadMatcher(kb);
  const clinic = values.clinic === undefined ? NO_CLINIC : clinicFrom(values.clinic, matcher);
  if (clinic instanceof Error) return fail(`--clinic ${values.clinic}: ${clinic.message}`);
  const options: Options = {
    json: values.json || values.batch,
    profile: { ...DEFAULT_PROFILE, treatmentAt: treatmentAt?.toISOString() ?? null, depth: values.depth, clinic, onboarded: true },
    avoid: values.avoid ?? [],
    url: values.url,
    nextSession,
  };
  const pictures = await readPictures(
    positionals.filter((path) => IMAGE_FILE.test(path)),
    kb,
  );
  const inputs = values.batch
    ? readBatch(readFileSync(0, 'utf8'))
    : [
        ...(values.text ?? []).map((text, i) => ({ id: `text:${i + 1}`, reading: listReading('', 'text', text) })),
        ...positionals.map((path) => ({ id: path, reading: pictures.get(path) ?? readInput(path, options.url) })),
      ];
  let failures = 0;
  for (const input of inputs) {
    if (input.reading instanceof Error) {
      failures++;
      console.error(`${input.id}: ${input.reading.message}`);
      continue;
    }
    const result = checkReading(input.reading, matcher, options);
    console.log(options.json ? JSON.stringify(toJson(input.id, input.reading, result, options)) : report(input.id, input.reading, result, options));
  }
  return failures === 0 ? 0 : 1;
}

/**
 * `2026-11-24T14:00` (seconds, fraction and offset optional; local time without an offset) or a
 * day. `Date.parse` alone would take "1" or "March 7" and roll 30 February over to March.
 */
function treatmentDate(value: string): Date | null {
  const day = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(value)?.[1];
  if (day === undefined) return null;
  const calendarDay = Date.parse(`${day}T00:00Z`);
  const date = new Date(value);
  if (Number.isNaN(calendarDay) || Number.isNaN(date.getTime())) return null;
  return new Date(calendarDay).toISOString().startsWith(day) ? date : null;
}

/**
 * The person's windows from a clinic file, or from a list export that carries them (`clinic`): one schema
 * (src/list/clinic.ts) for both. A class the knowledge base does not have is a slip worth naming.
 */
function clinicFrom(path: string, matcher: Matcher): ClinicWindows | Error {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new Error(code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message);
  }
  const exported = (data as { format?: unknown; clinic?: unknown } | null)?.format === 'needle-safe-list';
  if (exported && (data as { clinic?: unknown }).clinic === undefined) return new Error('this list export holds no clinic instructions');
  try {
    const clinic = readClinic(exported ? (data as { clinic: unknown }).clinic : data);
    const unknown = Object.keys(clinic.windows).filter((id) => !matcher.classOf(id));
    if (unknown.length > 0) {
      return new Error(`no class "${unknown[0]}" in the knowledge base (classes: ${matcher.classes.map((c) => c.id).join(', ')})`);
    }
    return clinic;
  } catch (error) {
    if (error instanceof ClinicRefused) return error;
    throw error;
  }
}

function fail(message: string): number {
  console.error(`check: ${message}\n\n${USAGE}`);
  return 2;
}

type Input = { id: string; reading: PageReading | Error };

function readBatch(stdin: string): Input[] {
  return stdin
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      try {
        const row = JSON.parse(line) as { id?: unknown; text?: unknown };
        if (typeof row.text !== 'string') throw new Error('each line needs a "text" string');
        return { id: typeof row.id === 'string' ? row.id : `line:${index + 1}`, reading: listReading('', 'text', row.text) };
      } catch (error) {
        return { id: `line:${index + 1}`, reading: new Error(`not a JSON line with "text": ${(error as Error).message}`) };
      }
    });
}

function readInput(path: string, url: string | undefined): PageReading | Error {
  try {
    const content = readFileSync(path === '-' ? 0 : path);
    if (!/\.html?$/i.test(path)) return listReading('', 'text', content.toString('utf8'));
    return pageReading(content.toString('utf8'), path, url);
  } catch (error) {
    return new Error((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message);
  }
}

/** A saved page: --url, or else the page's own canonical link, tells the shop (src/extract). */
function pageReading(html: string, path: string, url: string | undefined): PageReading {
  // jsdom is loaded only for saved pages: plain lists start faster without it.
  const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  const address = url ?? pathToFileURL(resolve(path)).href;
  const dom = new JSDOM(html, { url: address, virtualConsole: new VirtualConsole() });
  try {
    return readPage(dom.window.document, address);
  } finally {
    dom.window.close();
  }
}

function checkReading(reading: PageReading, matcher: ScoringMatcher, options: Options): Analysis | null {
  if (!reading.isProduct || reading.components.length === 0) return null;
  return analyzeComponents(reading.components, reading.title, matcher, options.profile, { ...DEFAULT_SETTINGS, avoidList: options.avoid }, reading.doubts);
}

function toJson(input: string, reading: PageReading, analysis: Analysis | null, options: Options) {
  return {
    input,
    page: { isProduct: reading.isProduct, title: reading.title, brand: reading.brand, source: reading.source },
    products: (analysis?.components ?? []).map((component) => ({
      name: component.name,
      verdict: component.verdict,
      okAfterHours: component.okAfterHours,
      ...pause(component, options),
      coverage: round(component.coverage),
      ingredients: component.ingredients.map((i) => ({
        text: i.text,
        inci: i.inci,
        classes: i.classes,
        effect: i.effect,
        okAfterHours: i.okAfterHours,
      })),
    })),
    // What needs checking on the label: the same doubts the popup shows, which keep a product from "suitable".
    doubts: analysis?.doubts ?? [],
  };
}

/** With --next-session: how long before it to stop using the product (0: nothing to pause), and from when. */
function pause(component: ComponentAnalysis, { nextSession }: Options): { pauseBeforeHours?: number; pauseFrom?: string } {
  if (nextSession === null) return {};
  return { pauseBeforeHours: component.pauseHours, pauseFrom: new Date(nextSession.getTime() - component.pauseHours * 3_600_000).toISOString() };
}

const SYMBOL = { avoid: '✕', caution: '!', beneficial: '+', neutral: ' ', unknown: '?' } as const;

function report(input: string, reading: PageReading, analysis: Analysis | null, options: Options): string {
  const title = [reading.title, reading.brand && `(${reading.brand})`].filter(Boolean).join(' ');
  const lines = [`${input}${title ? ` — ${title}` : ''}${reading.source !== 'text' ? ` [${reading.source}]` : ''}`];
  if (!analysis) {
    lines.push(reading.isProduct ? '  No ingredient list found on this page.' : '  Not a product page: nothing to judge.');
    return lines.join('\n');
  }
  lines.push(`  ${analysis.verdict.toUpperCase()} — ${whenOk(analysis, options)}`);
  for (const component of analysis.components) {
    if (analysis.components.length > 1) lines.push(`  ${component.name ?? 'Component'}: ${component.verdict}`);
    for (const i of component.ingredients) {
      if (i.effect === 'neutral') continue;
      const window = i.okAfterHours === null ? 'on your avoid list' : i.okAfterHours > 0 ? `${i.okAfterHours} h` : '';
      const classes = i.classes.join(', ');
      lines.push(`    ${SYMBOL[i.effect]} ${i.text}${classes ? ` — ${classes}` : ''}${window ? ` (${window})` : ''}`);
    }
  }
  lines.push(`  Recognised ${analysis.recognised} of ${analysis.total} (${Math.round(analysis.coverage * 100)}%)${analysis.truncated ? '; list truncated' : ''}`);
  if (options.nextSession) lines.push(`  ${pauseLine(analysis, options)}`);
  for (const doubt of analysis.doubts) lines.push(`  ? ${doubtLine(doubt)}`);
  return lines.join('\n');
}

function whenOk(analysis: Analysis, options: Options): string {
  if (analysis.verdict === 'suitable' && !analysis.okAfterHours) return 'OK to use after needling';
  if (analysis.verdict === 'suitable') {
    const after = `OK once the first ${analysis.okAfterHours} h after a professional treatment are over`;
    return analysis.okFrom ? `${after}: from ${analysis.okFrom}` : after;
  }
  if (analysis.verdict === 'unknown') {
    if (analysis.unknownReason === 'no-list') return 'no ingredients read';
    if (analysis.unknownReason === 'truncated') return 'the list is too long to read whole';
    return analysis.unknownReason === 'doubtful' ? 'something on the label needs checking (below)' : 'too few ingredients recognised';
  }
  if (analysis.okAfterHours === null) return 'contains an ingredient on your own avoid list';
  const after = `OK ${analysis.okAfterHours} h after a ${options.profile.depth === 'pro' ? 'professional' : 'at-home'} treatment`;
  return analysis.okFrom ? `${after}: from ${analysis.okFrom}` : after;
}

function pauseLine(analysis: Analysis, options: Options): string {
  const { pauseHours } = analysis.windows[options.profile.depth];
  if (pauseHours === 0) return 'Nothing to pause before the next session (come with clean skin)';
  const { pauseFrom } = pause({ pauseHours } as ComponentAnalysis, options);
  return `Pause ${pauseHours} h before the next session: from ${pauseFrom}`;
}

function doubtLine(doubt: Doubt): string {
  switch (doubt.kind) {
    case 'reading':
      return `the page was read with doubt (${doubt.reason}): compare the list with the label`;
    case 'unknown-active':
      return `"${doubt.text}" is declared as an active and not recognised: check the label`;
    case 'near-risky':
      return `"${doubt.text}" could be ${doubt.near}: check the label`;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** A mistyped or incomplete option is the user's slip, not a crash: say which, with the usage. */
async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    if (String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) return fail((error as Error).message);
    throw error;
  }
}

process.exitCode = await run(process.argv.slice(2));
