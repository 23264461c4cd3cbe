// npm run goldens:variants — regenerates fixtures/variants-seeds/: the dictionary that variant discovery
// proposes over the five seeds (dictionary.json, the same as `unscrape variants discover seeds` prints
// under "dictionary"), and each seed cleaned with it (<id>/expected.txt, as `unscrape clean --variants`
// gives). Other rules change `clean` too, so these goldens move when they do: read every diff before
// committing it. tests/variants/seeds.test.ts also checks the spelling property directly.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean, clustersToDictionary, discoverVariants, parseVariantDictionary } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(root, 'seeds');
const outDir = join(root, 'fixtures/variants-seeds');
const docs = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(seedsDir, f), 'utf8') }));

const dictionary = parseVariantDictionary(JSON.stringify({ dictionary: clustersToDictionary(discoverVariants(docs)) }));
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'dictionary.json'), `${JSON.stringify(dictionary, null, 2)}\n`);
for (const doc of docs) {
  mkdirSync(join(outDir, doc.id), { recursive: true });
  writeFileSync(join(outDir, doc.id, 'expected.txt'), `${clean(doc.text, { variants: dictionary }).text}\n`);
}
console.log(`wrote ${docs.length} goldens and dictionary.json to ${outDir}`);
