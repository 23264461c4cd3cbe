// Assembles the playground: the page's files from docs/playground/ plus the browser build of the core
// (dist/browser/unscrape.js, made by `npm run build`). Usage: node scripts/build-playground.mjs [OUT_DIR]
// (default docs/site/playground). The docs build calls it after typedoc; the browser test calls it too.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Copies the playground into `outDir`.
 * @param {string} outDir
 * @returns {string} the directory written
 */
export function buildPlayground(outDir = join(root, 'docs/site/playground')) {
  const bundle = join(root, 'dist/browser/unscrape.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  mkdirSync(outDir, { recursive: true });
  const src = join(root, 'docs/playground');
  for (const name of readdirSync(src)) if (!name.endsWith('.d.ts')) copyFileSync(join(src, name), join(outDir, name));
  copyFileSync(bundle, join(outDir, 'unscrape.js'));
  if (existsSync(`${bundle}.map`)) copyFileSync(`${bundle}.map`, join(outDir, 'unscrape.js.map'));
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = buildPlayground(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`playground written to ${out}`);
}
