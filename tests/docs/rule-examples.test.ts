import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { clean, defaultRules, type Rule, type RuleExample } from '../../src/index.js';
import { listCommands, renderCliReference, renderRulesGuide, ruleExportName } from '../../scripts/render-rule-docs.mjs';

// Each rule's `examples` are shown in the Rules guide as live before/after: an example that no longer
// makes its rule fire would document something the code does not do.
const withExamples = defaultRules.flatMap((rule) => (rule.examples ?? []).map((ex, i) => [rule.id, i, ex, rule] as const));
const inputOf = (ex: string | RuleExample) => (typeof ex === 'string' ? ex : ex.input);
const optionsOf = (ex: string | RuleExample) => (typeof ex === 'string' ? undefined : ex.options);

describe('rule examples', () => {
  it('at least one rule carries an example (the mechanism is in use)', () => {
    expect(withExamples.length).toBeGreaterThan(0);
  });

  it.each(withExamples.map(([id, i, ex, rule]) => [`${id} #${i + 1}`, ex, rule] as const))('%s makes its rule fire', (_name, example, rule) => {
    const doc = clean(inputOf(example), optionsOf(example));
    const fired = doc.edits.some((e) => e.rule === rule.id) || doc.skipped.some((f) => f.rule === rule.id);
    expect(fired, `the example of \`${rule.id}\` no longer makes it fire:\n${inputOf(example)}`).toBe(true);
  });

  it('every rule id maps to its conventional export name', () => {
    expect(ruleExportName('layout')).toBe('layoutRule');
    expect(ruleExportName('comment-section')).toBe('commentSectionRule');
    expect(ruleExportName('x-2-y')).toBe('x2YRule');
  });
});

describe('the generated Rules guide', () => {
  const fake = (id: string, phase: Rule['phase'], examples?: string[]): Rule => ({
    id, phase, description: `finds ${id}`, ...(examples ? { examples } : {}),
    find: ({ lines }) => lines.filter((l) => l.text === id).map((l) => ({ start: l.start, end: l.end, rule: id, reason: `the line is "${id}"`, confidence: 1 })),
  });

  it('lists every rule of the pipeline it is given, with a live example or a note that one is missing', () => {
    const shout = fake('shout', 'remove', ['Body.\nshout\nMore body.']);
    const quiet = fake('quiet', 'remove');
    const stale = fake('stale', 'remove', ['nothing here fires it']);
    const pipeline = [shout, quiet, stale, api.layoutRule];
    const guide = renderRulesGuide({ ...api, defaultRules: pipeline, clean: (t: string) => clean(t, { pipeline }) });
    for (const r of pipeline) expect(guide.markdown).toContain(`### ${r.id}`);
    expect(guide.markdown).toContain('| `shout` | (nothing) | the line is "shout" |');
    expect(guide.markdown).toContain('Body.\n\nMore body.');
    expect(guide.missing).toEqual(['quiet']);
    expect(guide.markdown).toContain("examples: ['a short input that makes quiet fire']");
    expect(guide.silent).toEqual(['stale']);
    expect(guide.markdown).toContain('This example no longer makes the rule fire');
    expect(guide.markdown).toContain('{@link layoutRule}');
    expect(guide.markdown).not.toContain('{@link shoutRule}'); // not an export: no broken link
  });

  it('runs an example with its options, and shows them', () => {
    const needsOption = fake('needs-option', 'remove');
    const gated: Rule = {
      ...needsOption,
      examples: [{ input: 'Body.\nneeds-option\nMore.', options: { rules: { 'needs-option': { on: true } } } }],
      find: (ctx) => (ctx.options.rules?.['needs-option'] ? needsOption.find(ctx) : []),
    };
    const pipeline = [gated, api.layoutRule];
    const guide = renderRulesGuide({ ...api, defaultRules: pipeline, clean: (t: string, o?: object) => clean(t, { ...o, pipeline }) });
    expect(guide.silent).toEqual([]);
    expect(guide.markdown).toContain('**Options**');
    expect(guide.markdown).toContain('"needs-option": {');
  });

  it('renders the default pipeline without a stale example', () => {
    const guide = renderRulesGuide(api);
    expect(guide.silent).toEqual([]);
    expect(guide.markdown.match(/^### /gm)).toHaveLength(defaultRules.length);
  });
});

describe('the generated CLI reference', () => {
  const help = 'usage: unscrape <command> [options]\n\ncommands:\n  clean     clean scraped text\n  variants  discover and apply spelling variants\n  report    write a review page\n\nRun `unscrape <command> --help`.\noptions: -h, --help';
  it('finds the commands a help text lists, and nothing else', () => {
    expect(listCommands(help)).toEqual(['clean', 'variants', 'report']);
    expect(listCommands('usage: unscrape clean [FILE|DIR ...] [--out DIR]')).toEqual([]);
  });
  it("shows the top-level help and each command's", () => {
    const page = renderCliReference(help, { clean: 'usage: unscrape clean [FILE ...]' });
    expect(page).toContain('## unscrape --help');
    expect(page).toContain('## unscrape clean --help');
    expect(page).toContain('usage: unscrape clean [FILE ...]');
  });
});
