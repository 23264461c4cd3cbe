const encoder = new TextEncoder();
const NEWLINE = 0x0a;

/**
 * Collects text as UTF-8 bytes, encoding each piece as it is appended into one growing block of memory
 * outside the JavaScript heap. A worker appends each output record's JSONL line as soon as it is
 * serialized, so the line's string dies at once: joined into one string per batch (as before), a batch's
 * outputs (megabytes) stayed reachable until the batch ended, to be flattened and encoded in one more copy.
 *
 * @example
 * ```ts
 * const out = new Utf8Buffer();
 * out.appendLine('{"id":1}');
 * out.bytes(); // Uint8Array(9)
 * ```
 */
export class Utf8Buffer {
  private block: Uint8Array;
  private length = 0;

  /**
   * @param capacity - Initial size in bytes; it doubles as needed. The block is not zero-filled, so
   * pages never written to cost no memory. Default: 65536.
   */
  constructor(capacity = 65_536) {
    this.block = Buffer.allocUnsafeSlow(Math.max(16, capacity));
  }

  /**
   * Appends `text`, encoded as UTF-8 (a lone surrogate becomes U+FFFD, as with `TextEncoder`).
   *
   * @param text - What to append.
   */
  append(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair: 4 bytes for 2 units).
    const room = text.length * 3;
    if (this.block.length - this.length < room) this.grow(this.length + room);
    this.length += encoder.encodeInto(text, this.block.subarray(this.length)).written;
  }

  /**
   * Appends `text` and a newline (`\n`): a JSONL line, without joining the two into a new string.
   *
   * @param text - The line, without its newline.
   */
  appendLine(text: string): void {
    this.append(text);
    if (this.length === this.block.length) this.grow(this.length + 1);
    this.block[this.length++] = NEWLINE;
  }

  /**
   * Appends bytes that are already UTF-8 (e.g. part of an output line a worker encoded).
   *
   * @param bytes - What to append.
   */
  appendBytes(bytes: Uint8Array): void {
    if (this.block.length - this.length < bytes.length) this.grow(this.length + bytes.length);
    this.block.set(bytes, this.length);
    this.length += bytes.length;
  }

  /**
   * The number of bytes appended so far.
   *
   * @returns The length.
   */
  get size(): number {
    return this.length;
  }

  /**
   * The bytes appended so far: a view of the block (not a copy), valid until the next `append`.
   *
   * @returns The bytes.
   */
  bytes(): Uint8Array {
    return this.block.subarray(0, this.length);
  }

  /**
   * The bytes appended so far in a block of their own, exactly their size (copied, unless the block is
   * exactly full): for handing them to another thread whole (transferring the block), without the
   * room the block kept to grow.
   *
   * @returns The bytes; their `buffer` holds nothing else.
   */
  exactBytes(): Uint8Array {
    if (this.length === this.block.length && this.block.byteOffset === 0) return this.block;
    const bytes = Buffer.allocUnsafeSlow(this.length);
    bytes.set(this.block.subarray(0, this.length));
    return bytes;
  }

  private grow(needed: number): void {
    let size = this.block.length * 2;
    while (size < needed) size *= 2;
    const block = Buffer.allocUnsafeSlow(size);
    block.set(this.block.subarray(0, this.length));
    this.block = block;
  }
}
