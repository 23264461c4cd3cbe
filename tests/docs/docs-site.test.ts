import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Application, Logger, LogLevel, ReflectionKind, TSConfigReader, TypeDocReader,
  type Comment, type DeclarationReflection, type ProjectReflection, type SignatureReflection,
} from 'typedoc';

// The docs site, built as `npm run docs` builds it (into a temporary folder), and its contract with the
// code: typedoc's own validation (missing docs, broken {@link}s and paths in the guides) reports nothing,
// and every export carries what STYLE.md asks of TSDoc: a summary, each parameter, what it returns, an
// @example, and the default of each optional option.

class CapturingLogger extends Logger {
  readonly messages: string[] = [];
  override log(message: string, level: LogLevel): void {
    if (level >= LogLevel.Warn) this.messages.push(message);
  }
}

let project: ProjectReflection;
let warnings: string[];
let site: string;

beforeAll(async () => {
  // The guides link to the generated ones (rules.md, ...): render them from the build first.
  execFileSync(process.execPath, ['scripts/render-rule-docs.mjs'], { stdio: 'pipe' });
  const app = await Application.bootstrapWithPlugins({ skipErrorChecking: true }, [new TypeDocReader(), new TSConfigReader()]);
  const logger = new CapturingLogger();
  app.logger = logger;
  const converted = await app.convert();
  if (!converted) throw new Error(`typedoc could not convert the project:\n${logger.messages.join('\n')}`);
  project = converted;
  app.validate(project);
  warnings = [...logger.messages];
  site = mkdtempSync(join(tmpdir(), 'unscrape-site-'));
  await app.generateDocs(project, site);
}, 120_000);

afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

const summary = (c: Comment | undefined) => (c?.summary ?? []).map((p) => p.text).join('').trim();
const hasTag = (c: Comment | undefined, tag: `@${string}`) => c?.blockTags.some((t) => t.tag === tag) ?? false;

function problemsOf(refl: DeclarationReflection): string[] {
  const name = refl.name;
  const out: string[] = [];
  if (refl.kindOf(ReflectionKind.Function)) {
    for (const sig of refl.signatures ?? []) out.push(...signatureProblems(name, sig, refl.comment));
  } else if (refl.kindOf(ReflectionKind.Class)) {
    if (!summary(refl.comment)) out.push(`${name}: no summary`);
    if (!hasTag(refl.comment, '@example')) out.push(`${name}: no @example`);
  } else if (refl.kindOf(ReflectionKind.Variable)) {
    if (!summary(refl.comment)) out.push(`${name}: no summary`);
    // A constant (a number, a string) needs no example; a rule object shows its live examples in the
    // Rules guide (its `examples` field). Any other value needs one.
    const type = refl.type?.toString() ?? '';
    const exempt = refl.type?.type === 'intrinsic' || refl.type?.type === 'literal' || type === 'Rule' || type === 'RegExp';
    if (!exempt && !hasTag(refl.comment, '@example')) out.push(`${name}: no @example`);
  } else if (refl.kindOf(ReflectionKind.Interface | ReflectionKind.TypeAlias)) {
    if (!summary(refl.comment)) out.push(`${name}: no summary`);
    if (/Options$/.test(name)) {
      for (const prop of refl.children ?? []) {
        if (prop.flags.isOptional && !/\bdefault\b/i.test(summary(prop.comment))) out.push(`${name}.${prop.name}: optional, but its doc does not say its default`);
      }
    }
  }
  return out;
}

function signatureProblems(name: string, sig: SignatureReflection, outer: Comment | undefined): string[] {
  const c = sig.comment ?? outer;
  const out: string[] = [];
  if (!summary(c)) out.push(`${name}: no summary`);
  if (!hasTag(c, '@example')) out.push(`${name}: no @example`);
  for (const p of sig.parameters ?? []) {
    if (!summary(p.comment)) out.push(`${name}(${p.name}): parameter not documented`);
  }
  const returns = sig.type?.toString() ?? 'void';
  if (!/^(void|never|asserts )/.test(returns) && !hasTag(c, '@returns')) out.push(`${name}: returns ${returns} but has no @returns`);
  return out;
}

describe('API documentation', () => {
  it('typedoc validation reports nothing (docs on every export, links and paths resolve)', () => {
    expect(warnings).toEqual([]);
  });

  it('checks the exports it should (the audit can fail)', () => {
    const names = (project.children ?? []).map((c) => c.name);
    expect(names).toContain('clean');
    expect(names).toContain('CleanOptions');
    const fake = { name: 'x', kindOf: (k: ReflectionKind) => (k & ReflectionKind.Function) !== 0, signatures: [{ comment: undefined, parameters: [{ name: 'a', comment: undefined }], type: { toString: () => 'string' } }] };
    expect(problemsOf(fake as unknown as DeclarationReflection)).toEqual(['x: no summary', 'x: no @example', 'x(a): parameter not documented', 'x: returns string but has no @returns']);
  });

  it('every export has a summary, its parameters, @returns, @example and option defaults', () => {
    const problems = (project.children ?? []).flatMap(problemsOf);
    expect(problems).toEqual([]);
  });
});

describe('the rendered site', () => {
  const read = (path: string) => readFileSync(join(site, path), 'utf8');

  it('has the README as index, the guides, and the playground with the browser build', () => {
    expect(read('index.html')).toContain('unscrape');
    for (const page of ['documents/Getting_started.html', 'documents/The_pipeline.html', 'documents/Rules.html', 'documents/Benchmarks.html']) {
      expect(existsSync(join(site, page)), page).toBe(true);
    }
    expect(existsSync(join(site, 'playground/index.html'))).toBe(true);
    expect(existsSync(join(site, 'playground/unscrape.js'))).toBe(true);
  });

  it('links the playground relatively from every depth', () => {
    expect(read('index.html')).toContain('href="playground/index.html"');
    const guide = read('documents/Getting_started.html');
    expect(guide).toContain('href="../playground/index.html"');
    expect(guide).not.toContain('href="playground:"');
  });

  it('lists the guides first, in their front-matter order', () => {
    const categories = (project.categories ?? []).map((c) => c.title);
    expect(categories[0]).toBe('Guides');
    const guides = project.categories![0]!.children.map((c) => c.name);
    const order = ['Getting started', 'The pipeline', 'Rules', 'The CLI', 'Benchmarks'].map((t) => guides.indexOf(t));
    expect(order.every((i) => i >= 0), guides.join(', ')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(guides[guides.length - 1]).toBe('Benchmarks');
  });
});
