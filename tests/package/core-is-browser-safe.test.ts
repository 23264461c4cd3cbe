import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

// The core (src/ outside src/cli) must run in a browser: no Node built-ins, by `node:` name or bare name.
// The browser bundle (tsup, platform 'browser', every dependency bundled) fails on them too; this test
// names the file and the import.
const SRC = new URL('../../src/', import.meta.url).pathname;
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const IMPORT = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.[cm]?[jt]sx?$/.test(name) ? [path] : [];
  });
}

export function nodeImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    if (spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]!)) found.push(spec);
  }
  return found;
}

describe('the core imports nothing from Node', () => {
  it('finds the import forms it looks for (the scan can fail)', () => {
    expect(nodeImports(`import { readFile } from 'node:fs/promises';\nconst x = 1;`)).toEqual(['node:fs/promises']);
    expect(nodeImports(`import type { Readable } from "stream";`)).toEqual(['stream']);
    expect(nodeImports(`export { join } from 'path';`)).toEqual(['path']);
    expect(nodeImports(`const m = await import('node:worker_threads');`)).toEqual(['node:worker_threads']);
    expect(nodeImports(`const fs = require('fs');`)).toEqual(['fs']);
    expect(nodeImports(`import 'node:process';`)).toEqual(['node:process']);
    expect(nodeImports(`import { franc } from 'franc';\nimport { clean } from './pipeline/clean.js';`)).toEqual([]);
  });

  const files = sourceFiles(SRC).filter((f) => !relative(SRC, f).startsWith(`cli/`) && !relative(SRC, f).startsWith('cli\\'));
  it('scans the core', () => expect(files.length).toBeGreaterThan(5));
  it.each(files.map((f) => [relative(SRC, f), f]))('src/%s', (_name, file) => {
    expect(nodeImports(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
