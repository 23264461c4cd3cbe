import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonValueSplitter } from '../../src/cli/jsonl/split-json-values.js';

/** Feeds `text` cut at `cuts` and returns every value text and the problem, if any. */
function split(text: string, cuts: readonly number[] = []): { values: string[]; problem?: string } {
  const s = new JsonValueSplitter();
  const values: string[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    values.push(...s.push(text.slice(at, cut)));
    at = cut;
  }
  values.push(...s.push(text.slice(at)));
  const end = s.end();
  return { values: [...values, ...end.values], ...(end.problem !== undefined ? { problem: end.problem } : {}) };
}

describe('JsonValueSplitter', () => {
  it('gives back each element of a top-level array as it ends, whatever the strings hold', () => {
    const docs = [{ id: 'a', text: 'x ] y } z, "q" \\ [' }, { id: 'b', edits: [{ start: 1, rule: 'r' }], nested: { a: [1, [2]] } }, 'str,]', 3, null, []];
    const text = JSON.stringify(docs, null, 2);
    const { values, problem } = split(text);
    expect(problem).toBeUndefined();
    expect(values.map((v) => JSON.parse(v))).toEqual(docs);
    expect(split('[]')).toEqual({ values: [] });
    expect(split('  [ ]\n')).toEqual({ values: [] });
  });

  it('returns elements before the input ends (memory of one element, not of the array)', () => {
    const s = new JsonValueSplitter();
    expect(s.push('[\n  {"id": "a"},\n  {"id": ')).toEqual(['{"id": "a"}']);
    expect(s.push('"b"}')).toEqual([]);
    expect(s.push('\n]\n')).toEqual(['{"id": "b"}\n']);
    expect(s.end()).toEqual({ values: [] });
  });

  it('gives back any other top-level value whole, at the end', () => {
    const doc = { id: 'a', text: '[not an array]' };
    expect(split(JSON.stringify(doc, null, 2)).values.map((v) => JSON.parse(v))).toEqual([doc]);
    expect(split('"[x]"').values).toEqual(['"[x]"']);
  });

  it('says what is wrong with a truncated array, text after it, or no value', () => {
    expect(split('[{"id":"a"}, {"id":')).toEqual({ values: ['{"id":"a"}', '{"id":'], problem: 'the array is not closed (truncated input?)' });
    expect(split('[{"id":"a"}] x')).toEqual({ values: ['{"id":"a"}'], problem: 'text after the array' });
    expect(split('  \n')).toEqual({ values: [], problem: 'no JSON value' });
    // A broken element is returned as it is, for the caller to reject on its own.
    expect(split('[{"id":"a"}, {bad}, {"id":"c"}]').values).toEqual(['{"id":"a"}', '{bad}', '{"id":"c"}']);
  });

  it('property: any array of JSON values, cut anywhere, comes back element by element', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (arr, pretty, rawCuts) => {
        const text = pretty ? JSON.stringify(arr, null, 2) : JSON.stringify(arr);
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        const { values, problem } = split(text, cuts);
        expect(problem).toBeUndefined();
        expect(values.map((v) => JSON.parse(v))).toEqual(JSON.parse(text));
      }),
    );
  });
});
