/** A valid input record: a JSON object with an `id` (other fields are passed through). */
export interface JsonlRecord {
  readonly id: string | number;
  readonly [field: string]: unknown;
}

/** What {@link parseRecord} makes of one line. */
export type ParsedLine =
  | { readonly kind: 'record'; readonly record: JsonlRecord }
  | { readonly kind: 'blank' }
  | { readonly kind: 'reject'; readonly reason: string; readonly raw: string; readonly invalidUtf8?: true };

const decoder = new TextDecoder('utf-8', { fatal: true });
const MAX_ECHO = 60;

/**
 * Decodes and validates one JSONL line. A line is rejected, with a reason a person can act on, when
 * it is not valid UTF-8, not JSON, not a JSON object, has no usable `id` (a non-empty string or a
 * finite number), or has none of `fields` as a string. Whitespace-only lines are `blank`: ignored
 * but counted by the caller.
 *
 * @param bytes - The line without its terminator.
 * @param fields - Content fields; the record needs at least one of them as a string. Default: `['text']`.
 * @returns A record, `blank`, or a rejection with its reason and the raw line.
 *
 * @example
 * ```ts
 * parseRecord(Buffer.from('{"id":1}')); // { kind: 'reject', reason: 'missing "text"', raw: '{"id":1}' }
 * ```
 */
export function parseRecord(bytes: Uint8Array, fields: readonly string[] = ['text']): ParsedLine {
  let line: string;
  try {
    line = decoder.decode(bytes);
  } catch {
    return { kind: 'reject', reason: 'invalid UTF-8', raw: Buffer.from(bytes).toString('utf8'), invalidUtf8: true };
  }
  if (line.trim() === '') return { kind: 'blank' };
  const reject = (reason: string): ParsedLine => ({ kind: 'reject', reason, raw: line });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return reject(`invalid JSON: ${(e as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return reject(`not a JSON object (got ${describe(value)})`);
  }
  const o = value as Record<string, unknown>;
  if (!('id' in o)) return reject('missing "id"');
  if (!isId(o.id)) return reject(`"id" must be a non-empty string or a finite number (got ${describe(o.id)})`);
  if (!fields.some((f) => typeof o[f] === 'string')) {
    const names = fields.map((f) => `"${f}"`).join(' or ');
    const present = fields.find((f) => f in o);
    return reject(present === undefined ? `missing ${names}` : `"${present}" must be a string (got ${describe(o[present])})`);
  }
  return { kind: 'record', record: o as JsonlRecord };
}

function isId(id: unknown): id is string | number {
  return (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `a string`;
  if (typeof value === 'object') return 'an object';
  const s = String(value);
  return `${typeof value} ${s.length > MAX_ECHO ? `${s.slice(0, MAX_ECHO)}…` : s}`;
}
