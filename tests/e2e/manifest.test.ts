import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOP_MATCHES } from '../../src/extract/sites/index.ts';
import { ROOT } from './harness.ts';

// The built manifests ask for exactly the permissions the README documents, no more, no fewer.

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required: string[] } } };
  content_security_policy?: unknown;
  externally_connectable?: unknown;
}

function documented(): { required: string[]; optional: string[] } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('## Permissions')[1]?.split('\n## ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `([^`]+)` \| (required|optional) \|/gm)];
  return {
    required: rows
      .filter((r) => r[2] === 'required')
      .map((r) => r[1] as string)
      .sort(),
    optional: rows
      .filter((r) => r[2] === 'optional')
      .map((r) => r[1] as string)
      .sort(),
  };
}

function manifest(build: string): Manifest {
  return JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as Manifest;
}

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s manifest', (build) => {
  const m = manifest(build);
  const readme = documented();

  it('asks for the documented permissions and nothing else', () => {
    expect(readme.required.length).toBeGreaterThan(0);
    expect([...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort()).toEqual(readme.required);
    expect([...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])].sort()).toEqual(readme.optional);
  });

  it('runs the content script on the supported shops only', () => {
    expect(m.content_scripts?.flatMap((c) => c.matches).sort()).toEqual([...SHOP_MATCHES].sort());
  });

  it("adds only 'wasm-unsafe-eval' (the OCR engine) to the default content security policy, and accepts no outside messages", () => {
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
    expect(m.externally_connectable).toBeUndefined();
  });

  it('ships the OCR engine, its model and their licences as its own files', () => {
    for (const file of [
      'ocr/worker.min.js',
      'ocr/tesseract-core-simd-lstm.wasm.js',
      'ocr/eng.traineddata.gz',
      'ocr/LICENSE-tesseract.js.md',
      'ocr/LICENSE-tesseract.js-core.txt',
    ]) {
      expect(statSync(join(ROOT, '.output', build, file)).size, file).toBeGreaterThan(1_000);
    }
  });
});

describe('the Firefox manifest', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const gecko = manifest('firefox-mv3').browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});
