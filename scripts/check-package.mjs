// Checks the package as users get it: publint and @arethetypeswrong/cli report no problems, `npm pack`
// ships only what users need, and the core stays within its size budget.
// Usage: npm run build && node scripts/check-package.mjs   (exit 1 on any problem)
// tests/package/package.test.ts runs the same checks inside `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { publint } from 'publint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Budget for the core: `src/index.ts` bundled as minified ESM, without its npm dependencies (users'
 * bundlers dedupe those) and without the lexicon (word-frequency data, see below). Measured 2026-11-21:
 * 9.0 KB on the foundation; each branch in flight adds its own share (repair +21 KB, noise +29 KB,
 * html +18 KB, variants +21 KB, scale +13 KB), about 114 KB once merged. The budget is ~1.5x that.
 * Re-measure after merging (`npm run check:package` prints the size) and raise it only on purpose, in a
 * commit that says why.
 * Raised 176 -> 192 KB on 2026-11-21: the core measured 183.8 KB after the repair-recall merge (new
 * document-evidence decisions and their word lists, +5.5 KB) and the repair-speed merge (tally table and
 * part sieve, +3.8 KB); both are wanted, and the streamed report and line-feature work are still to merge.
 * Raised 192 -> 200 KB on 2026-11-21 (stop 11): 192.1 KB after the corpus's evidence for the repairs
 * (`corpus-vocabulary.ts`, which #3 asks for, +4 KB) and the word-form intern table (+3 KB). To stay under
 * 192 the `formtable` branch had already dropped a case-seam speed-up (62ec333); the 8 KB leave room to
 * bring it back. The gzipped core is 73.7 KB.
 */
export const CORE_BUDGET_BYTES = 200 * 1024;

/**
 * Modules left out of the size measure: the lexicon, i.e. word-frequency data under `src/data/` (today
 * `src/data/english-lexicon.ts` from the repairs); the code that reads it is counted.
 */
export const EXCLUDED_FROM_BUDGET = /(^|[/\\])data[/\\][^/\\]*(lexicon|word-?freq|wordlist)[^/\\]*$/i;

/**
 * Files `npm pack` may ship (everything else is a mistake), and the ones it must. dist/ may hold more
 * entries and shared chunks (a CLI worker, `chunk-*.js`), but not the browser bundle of the playground.
 */
export const ALLOWED_FILES = /^(package\.json|README\.md|LICENSE|dist\/[^/]+\.(js|cjs|mjs|d\.ts|d\.cts|d\.mts)(\.map)?)$/;
export const REQUIRED_FILES = ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js'];

/** The minified size of the core's initial load: the entry chunk and the chunks it imports statically. */
export async function measureCore() {
  const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const excluded = new Set();
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    splitting: true,
    outdir: 'out-size', // not written
    write: false,
    metafile: true,
    logLevel: 'silent',
    external,
    plugins: [{
      name: 'exclude-lexicon',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point' || !args.path.startsWith('.')) return undefined;
          const path = resolve(args.resolveDir, args.path);
          if (!EXCLUDED_FROM_BUDGET.test(path)) return undefined;
          excluded.add(path.slice(root.length + 1));
          return { path: args.path, external: true };
        });
      },
    }],
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === 'src/index.ts');
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(entry);
  const files = result.outputFiles.filter((f) => initial.has(f.path.slice(root.length + 1)) && f.path.endsWith('.js'));
  const bytes = files.reduce((n, f) => n + f.contents.length, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(f.contents).length, 0);
  const lazy = Object.keys(outputs).filter((k) => k.endsWith('.js') && !initial.has(k)).length;
  return { bytes, gzip, budget: CORE_BUDGET_BYTES, external, excluded: [...excluded], lazyChunks: lazy };
}

/** publint's messages (errors, warnings and suggestions alike count as problems). */
export async function runPublint() {
  const { messages } = await publint({ pkgDir: root, strict: true });
  return messages.map((m) => `${m.type}: ${m.code} at ${m.path.join('.')}`);
}

/** @arethetypeswrong/cli's problems for every entry point, with the strict profile. */
export function runAttw() {
  let out;
  try {
    out = execFileSync(join(root, 'node_modules/.bin/attw'), ['--pack', '.', '--format', 'json', '--profile', 'strict'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    out = e.stdout; // attw exits 1 when it finds problems; the JSON says which
  }
  const report = JSON.parse(out);
  // `problems` is keyed by problem kind (an array in older versions); an empty object means none.
  const raw = report.problems ?? report.analysis?.problems ?? {};
  const list = Array.isArray(raw) ? raw : Object.entries(raw).flatMap(([kind, ps]) => (Array.isArray(ps) ? ps : [ps]).map((p) => ({ kind, ...p })));
  return list.map((p) => `${p.kind}${p.entrypoint ? ` at ${p.entrypoint}` : ''}${p.resolutionKind ? ` (${p.resolutionKind})` : ''}`);
}

/** What `npm pack` would put in the tarball. */
export function packedFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out);
  return { files: info.files.map((f) => f.path).sort(), size: info.size, unpackedSize: info.unpackedSize };
}

async function main() {
  const problems = [];
  const core = await measureCore();
  console.log(`core (minified ESM, without ${core.external.join(', ')}${core.excluded.length ? ` and ${core.excluded.join(', ')}` : ''}): ` +
    `${(core.bytes / 1024).toFixed(1)} KB (gzip ${(core.gzip / 1024).toFixed(1)} KB), budget ${(core.budget / 1024).toFixed(0)} KB` +
    `${core.lazyChunks ? `; ${core.lazyChunks} lazily loaded chunk(s) not counted` : ''}`);
  if (core.bytes > core.budget) problems.push(`core is ${core.bytes} bytes, over its budget of ${core.budget}`);

  const lint = await runPublint();
  console.log(`publint: ${lint.length === 0 ? 'no problems' : lint.join('; ')}`);
  problems.push(...lint.map((m) => `publint ${m}`));

  const types = runAttw();
  console.log(`attw: ${types.length === 0 ? 'no problems' : types.join('; ')}`);
  problems.push(...types.map((m) => `attw ${m}`));

  const pack = packedFiles();
  const stray = pack.files.filter((f) => !ALLOWED_FILES.test(f));
  const missing = REQUIRED_FILES.filter((f) => !pack.files.includes(f));
  console.log(`npm pack: ${pack.files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked`);
  if (stray.length) problems.push(`npm pack ships files users do not need: ${stray.join(', ')}`);
  if (missing.length) problems.push(`npm pack misses: ${missing.join(', ')}`);

  for (const p of problems) console.error(`PROBLEM: ${p}`);
  process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
