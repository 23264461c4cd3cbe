// npm run goldens:html — regenerates fixtures/html/<case>/expected.txt and expected.json from input.html
// with the built library. Read every diff before committing it: a golden changes only on purpose.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanHtml } from '../dist/index.js';
import { goldenJson } from '../tests/html/golden-json.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/html');
let changed = 0;
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  if (!existsSync(join(dir, 'input.html'))) continue;
  const doc = cleanHtml(readFileSync(join(dir, 'input.html'), 'utf8'));
  for (const [file, body] of [['expected.txt', `${doc.text}\n`], ['expected.json', goldenJson(doc)]]) {
    const path = join(dir, file);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (before !== body) {
      writeFileSync(path, body);
      changed++;
      console.log(`updated ${name}/${file}`);
    }
  }
}
console.log(changed ? `${changed} golden file(s) written` : 'goldens up to date');
