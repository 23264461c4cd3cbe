import { describe, expect, it } from 'vitest';
import { Utf8Buffer } from '../../src/cli/stream/utf8-buffer.js';

const encode = (s: string) => new TextEncoder().encode(s);

describe('Utf8Buffer', () => {
  it('encodes what is appended as TextEncoder does, lines ending in a newline', () => {
    const out = new Utf8Buffer(16);
    const parts = ['{"id":1}', 'naïve — “quotes”', '日本語', 'emoji 😀 pair', 'lone \ud800 surrogate', ''];
    for (const p of parts) out.appendLine(p);
    out.append('tail');
    expect(new Uint8Array(out.bytes())).toEqual(encode(`${parts.join('\n')}\ntail`));
  });

  it('grows past its initial capacity, keeping what it holds', () => {
    const out = new Utf8Buffer(16);
    const line = 'x'.repeat(1000);
    for (let i = 0; i < 50; i++) out.appendLine(`${i}${line}`);
    expect(new TextDecoder().decode(out.bytes()).split('\n')).toHaveLength(51);
    expect(out.bytes().length).toBe(50 * 1001 + [...Array(50).keys()].join('').length);
  });

  it('gives the bytes in a block of their own, exactly their size', () => {
    const out = new Utf8Buffer(1024);
    out.appendLine('héllo');
    const exact = out.exactBytes();
    expect(new Uint8Array(exact)).toEqual(encode('héllo\n'));
    expect(exact.byteOffset).toBe(0);
    expect(exact.buffer.byteLength).toBe(exact.length);
  });

  it('an empty buffer gives no bytes', () => {
    const out = new Utf8Buffer();
    expect(out.bytes().length).toBe(0);
    expect(out.exactBytes().length).toBe(0);
  });
});
