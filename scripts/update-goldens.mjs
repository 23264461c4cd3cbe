// npm run goldens — regenerate fixtures/seeds/<id>/expected.{txt,json} from seeds/<id>.txt with the built
// library. Read every regenerated diff (git diff fixtures/) against its seed before committing it.
//   expected.txt  = doc.text + '\n' (the clean body, exactly)
//   expected.json = the document without `source`: title, byline, date, lang, text, paragraphs, edits, skipped, stats
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
for (const file of seeds) {
  const id = file.replace(/\.txt$/, '');
  const { source: _source, ...doc } = clean(readFileSync(join(root, 'seeds', file), 'utf8'));
  const dir = join(root, 'fixtures/seeds', id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'expected.txt'), `${doc.text}\n`);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`${id}: ${doc.paragraphs.length} paragraphs, ${doc.edits.length} edits, title ${JSON.stringify(doc.title)}`);
}
