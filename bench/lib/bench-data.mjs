// Where the shared benchmark data lives, and how to read it. Nothing here is a fixture: it is real
// data this project did not write (see ../shared/bench/README.md).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The shared bench folder: $UNSCRAPE_BENCH_DIR, else ../shared/bench beside the repo. */
export const benchDir = process.env.UNSCRAPE_BENCH_DIR ?? resolve(here, '../../../shared/bench');

export function requireBenchDir() {
  if (!existsSync(join(benchDir, 'articles'))) {
    console.error(`benchmark data not found at ${benchDir} (set UNSCRAPE_BENCH_DIR)`);
    process.exit(2);
  }
}

/** The article pages: [{id, language, dir}] in manifest order. */
export function articlePages() {
  const manifest = JSON.parse(readFileSync(join(benchDir, 'articles/manifest.json'), 'utf8'));
  return manifest.map((m) => ({ ...m, dir: join(benchDir, 'articles', m.id) }));
}

export function readPageFile(page, name) {
  return readFileSync(join(page.dir, name), 'utf8');
}

/** Published outputs of other extractors: Map tool -> Map id -> text. */
export function referenceOutputs() {
  const refDir = join(benchDir, 'articles/reference');
  const out = new Map();
  for (const file of readdirSync(refDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const byId = new Map();
    for (const line of readFileSync(join(refDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      byId.set(rec.id, rec.text ?? '');
    }
    out.set(file.replace(/\.jsonl$/, ''), byId);
  }
  return out;
}
