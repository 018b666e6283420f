// `npm run bench`: speed and size of every stage, as JSON lines {"metric", "value", "unit"}.
// Reads ../shared/corpus (product lists and saved pages) and the production build in .output/
// (built first when missing); reads the OCR label pictures (rendered by Chromium); then what a person
// waits for, measured afresh in Chromium by the end-to-end speed test. Budgets are in the README;
// nothing here asserts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage } from '../src/extract/index.ts';
import { normalizeName } from '../src/inci/normalize.ts';
import { parseInci } from '../src/inci/parse.ts';
import { createMatcher } from '../src/knowledge/matcher.ts';
import { scoreLabel } from '../src/score/score.ts';
import type { ScoreOptions } from '../src/score/types.ts';
import { corpusDir, hasCorpus, readCorpusProducts } from '../tests/corpus.ts';
import { nameRecall, namesIn } from '../src/ocr/judge.ts';
import { CHROMIUM, renderLabels, type LabelKind } from '../tests/ocr/labels.ts';
import { loadCompiledKb, ROOT } from './engine.ts';
import { startNodeReader } from './ocr-node.ts';

const OPTIONS: ScoreOptions = { depth: 'pro', treatmentAt: '2026-11-24T14:00:00.000Z', avoidList: [] };

function emit(metric: string, value: number, unit: string): void {
  console.log(JSON.stringify({ metric, value: Math.round(value * 1000) / 1000, unit }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function timeEach<T>(items: T[], work: (item: T) => void): number[] {
  return items
    .map((item) => {
      const start = process.hrtime.bigint();
      work(item);
      return Number(process.hrtime.bigint() - start) / 1e3;
    })
    .sort((a, b) => a - b);
}

function scoring(texts: string[]): void {
  const kb = loadCompiledKb();
  const matcher = createMatcher(kb);
  const score = (text: string) => scoreLabel(parseInci(text), matcher, OPTIONS);
  for (let round = 0; round < 2; round++) texts.forEach(score); // JIT warm-up and the worker's name cache
  const micros = timeEach(texts, score);
  const mean = micros.reduce((a, b) => a + b, 0) / micros.length;
  emit('score_list_p50_us', percentile(micros, 50), 'us');
  emit('score_list_p99_us', percentile(micros, 99), 'us');
  emit('score_lists_per_s', 1e6 / mean, 'lists/s');

  const cold = createMatcher(kb);
  const coldMicros = timeEach(texts, (text) => scoreLabel(parseInci(text), cold, OPTIONS));
  emit('score_list_first_pass_p50_us', percentile(coldMicros, 50), 'us');

  // The way several existing checkers match: every name searched with fuse.js over the whole
  // knowledge base, no exact lookup first. Measured on a sample; it is slow.
  const names = [...new Set([...kb.entries.map(([inci]) => normalizeName(inci)), ...Object.keys(kb.synonyms)])];
  const naive = new Fuse(names, { threshold: 0.3, ignoreLocation: true, includeScore: true });
  const sample = texts.filter((_, i) => i % Math.max(1, Math.floor(texts.length / 40)) === 0).slice(0, 40);
  const naiveMicros = timeEach(sample, (text) => {
    for (const component of parseInci(text).components) for (const i of component.ingredients) naive.search(i.name, { limit: 1 });
  });
  // Ours from a fresh matcher (no cached names, Fuse index built on first need), to be fair.
  const fresh = createMatcher(kb);
  const oursOnSample = timeEach(sample, (text) => scoreLabel(parseInci(text), fresh, OPTIONS));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  emit('naive_fuse_only_ratio', sum(naiveMicros) / sum(oursOnSample), 'x');

  let total = 0;
  let fuzzy = 0;
  const counting = createMatcher(kb);
  for (const text of texts) {
    for (const component of parseInci(text).components) {
      for (const i of component.ingredients) {
        total++;
        const match = counting.match(i.name, i.synonyms);
        if (match.via === 'fuzzy' || match.via === 'none') fuzzy++;
      }
    }
  }
  emit('fuzzy_fallback_share', fuzzy / total, 'ratio');
}

/** In fresh processes, as after a worker restart: JSON.parse of the compiled KB, then a ready matcher. */
function coldStart(): void {
  const probe = `
    import { createMatcher } from './src/knowledge/matcher.ts';
    import { loadCompiledKb } from './scripts/engine.ts';
    const json = JSON.stringify(loadCompiledKb());
    const start = performance.now();
    const matcher = createMatcher(JSON.parse(json));
    matcher.match('Glycerin');
    console.log(performance.now() - start);`;
  const runs = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' }).trim())).sort(
    (a, b) => a - b,
  );
  emit('kb_cold_start_ms', percentile(runs, 50), 'ms');
}

function extraction(): void {
  const dir = join(corpusDir, 'pages');
  const quiet = new VirtualConsole();
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => new JSDOM(readFileSync(join(dir, f), 'utf8'), { url: `file://${join(dir, f)}`, virtualConsole: quiet }));
  const runs = docs.flatMap((dom) => Array.from({ length: 5 }, () => dom));
  docs.forEach((dom) => readPage(dom.window.document, dom.window.location.href));
  const micros = timeEach(runs, (dom) => readPage(dom.window.document, dom.window.location.href));
  emit('extract_page_p50_ms', percentile(micros, 50) / 1e3, 'ms');
  docs.forEach((dom) => dom.window.close());
}

function bundleSizes(): void {
  const out = join(ROOT, '.output/chrome-mv3');
  if (!existsSync(join(out, 'manifest.json'))) spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0);
  emit('content_script_gzip_bytes', gz(['content-scripts/content.js']), 'bytes');
  emit('background_gzip_bytes', gz(['background.js']), 'bytes');
  const popupHtml = readFileSync(join(out, 'popup.html'), 'utf8');
  const assets = [...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  emit('popup_gzip_bytes', gz(['popup.html', ...assets]), 'bytes');
}

/** Page to badge (worker running and stopped) and popup to verdict: tests/e2e/speed.test.ts in Chromium. */
function browserWaits(): void {
  const figures = join(ROOT, 'test-results/e2e-bench.jsonl');
  rmSync(figures, { force: true });
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/speed.test.ts'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (run.status === 0 && existsSync(figures)) process.stdout.write(readFileSync(figures, 'utf8'));
  else console.error('bench: the Chromium speed test did not finish; page_to_badge and popup_to_verdict are missing');
}

/**
 * The label pictures of the OCR tests, rendered once, each read three times after a warm-up: the
 * time of a whole reading (decode, prepare, one or two passes), and the share of true names read
 * within two edits. Flat text is the headline (its budgets are in the README); each other kind too.
 */
async function ocr(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.error(`bench: no Chromium at ${CHROMIUM} to render the label pictures; OCR not measured`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-labels-'));
  try {
    const labels = await renderLabels(dir);
    const startedAt = performance.now();
    const reader = await startNodeReader(loadCompiledKb());
    emit('ocr_start_ms', performance.now() - startedAt, 'ms');
    try {
      await reader.read((labels[0] as (typeof labels)[number]).file);
      const byKind = new Map<LabelKind, { ms: number[]; found: number; total: number }>();
      for (const label of labels) {
        const truth = namesIn(label.list);
        const kind = byKind.get(label.kind) ?? { ms: [], found: 0, total: 0 };
        for (let round = 0; round < 3; round++) {
          const start = performance.now();
          const reading = await reader.read(label.file);
          kind.ms.push(performance.now() - start);
          if (round === 0) {
            kind.found += nameRecall(truth, reading.text) * truth.length;
            kind.total += truth.length;
          }
        }
        byKind.set(label.kind, kind);
      }
      for (const [kind, { ms, found, total }] of byKind) {
        const suffix = kind === 'flat' ? '' : `_${kind}`;
        emit(
          `ocr_image_p50_ms${suffix}`,
          percentile(
            ms.sort((a, b) => a - b),
            50,
          ),
          'ms',
        );
        emit(`ocr_name_recall${suffix}`, found / total, 'ratio');
      }
    } finally {
      await reader.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!hasCorpus) {
  console.error(`bench: the corpus is missing at ${corpusDir}; only bundle sizes and cold start are measured`);
} else {
  scoring(readCorpusProducts().map((p) => p.text));
  extraction();
}
coldStart();
bundleSizes();
await ocr();
browserWaits();
