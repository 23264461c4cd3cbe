import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
  },
  {
    // cli-worker: the --jobs worker-thread entry, found beside cli.js at run time; cli-lookup: the
    // --dedupe lookup thread's (it loads the dedup index, not the pipeline).
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/pool/worker.ts', 'cli-lookup': 'src/cli/pool/lookup-worker.ts' },
    format: ['esm'],
    platform: 'node',
    // es2022 (the library's target), not node20: esbuild (0.27) counts Node as lacking regular expressions
    // with Unicode property escapes, so under a node target it rewrote every `/\p{Lu}/u` literal as
    // `new RegExp("\\p{Lu}", "u")`, a constructor call (flags parsed, the compilation cache probed) each time
    // a function such as `judge` or the repairs' token tests ran; Node 20 runs ES2022 as it is.
    target: 'es2022',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    // linkedom loads on a thread's first page, not at start-up (src/cli/load-linkedom.ts): about
    // 0.16 CPU-seconds saved on the main thread and on every worker of a plain-text run.
    // franc is answered from an index of its models by trigram (src/cli/indexed-franc.ts, the same answers): about
    // a quarter of franc's CPU time, which was 8-10% of a worker's over the bench corpus.
    noExternal: [/^linkedom$/, /^franc$/],
    esbuildPlugins: [
      {
        name: 'lazy-linkedom',
        setup(build) {
          build.onResolve({ filter: /^linkedom$/ }, (args) => (args.kind === 'import-statement' ? { path: fileURLToPath(new URL('./src/cli/load-linkedom.ts', import.meta.url)) } : undefined));
        },
      },
      {
        name: 'indexed-franc',
        setup(build) {
          build.onResolve({ filter: /^franc$/ }, (args) => (args.kind === 'import-statement' && !args.importer.endsWith('indexed-franc.ts') ? { path: fileURLToPath(new URL('./src/cli/indexed-franc.ts', import.meta.url)) } : undefined));
        },
      },
    ],
  },
  {
    // The core as one self-contained ES module for browsers (the docs playground loads it).
    // platform 'browser' with every dependency bundled: if anything in the core reached for a
    // Node API, this build would fail, which is the point.
    entry: { unscrape: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    splitting: false,
  },
]);
