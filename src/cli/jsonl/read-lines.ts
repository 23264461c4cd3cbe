/** One line of input as raw bytes (without its `\n` or `\r\n`), numbered from 1. */
export interface RawLine {
  /** 1-based line number. */
  readonly line: number;
  /** The line's bytes, still undecoded so invalid UTF-8 can be reported per line. */
  readonly bytes: Uint8Array;
  /** Bytes consumed from the input, including the line terminator (for MB/s and ETA). */
  readonly consumed: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines as it arrives: holds at most one partial line besides the chunk
 * being read, so memory is bounded by the longest line, not the input. A last line without a final
 * newline is yielded; a final empty line after the last newline is not. When `signal` aborts,
 * reading stops at once, even while waiting for input, and a destroyable source is destroyed.
 *
 * @param source - Chunks (`Buffer`, `Uint8Array` or `string`), e.g. `process.stdin`.
 * @param signal - Stops the reading. Default: none.
 * @returns The lines in order.
 *
 * @example
 * ```ts
 * for await (const { line, bytes } of readLines(process.stdin)) console.log(line, bytes.length);
 * ```
 */
export async function* readLines(source: AsyncIterable<unknown>, signal?: AbortSignal): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let line = 0;
  const iterator = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (signal?.aborted) return;
      const next = await nextOrAbort(iterator, signal);
      if (next === ABORTED || next.done) break;
      const chunk = toBuffer(next.value);
      let from = 0;
      for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
        let bytes = chunk.subarray(from, nl);
        if (pendingLength > 0) bytes = Buffer.concat([...pending, bytes]);
        const consumed = bytes.length + 1;
        pending = [];
        pendingLength = 0;
        from = nl + 1;
        yield { line: ++line, bytes: stripCr(bytes), consumed };
        if (signal?.aborted) return;
      }
      if (from < chunk.length) {
        pending.push(chunk.subarray(from));
        pendingLength += chunk.length - from;
      }
    }
    if (pendingLength > 0 && !signal?.aborted) {
      const bytes = Buffer.concat(pending);
      yield { line: ++line, bytes: stripCr(bytes), consumed: bytes.length };
    }
  } finally {
    // A pending read would hold return() back (and keep stdin open): on abort, destroy the source.
    const destroyable = source as AsyncIterable<unknown> & { destroy?: () => void };
    if (signal?.aborted && typeof destroyable.destroy === 'function') destroyable.destroy();
    else void iterator.return?.();
  }
}

const ABORTED = Symbol('aborted');

/**
 * The iterator's next chunk, or {@link ABORTED} as soon as the signal aborts. The abort listener is
 * added and removed per read: racing every read against one long-lived promise would keep every
 * chunk reachable from that promise's reactions (a leak over a long stream).
 */
function nextOrAbort(iterator: AsyncIterator<unknown>, signal: AbortSignal | undefined): Promise<IteratorResult<unknown> | typeof ABORTED> {
  if (!signal) return iterator.next();
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (next) => {
        signal.removeEventListener('abort', onAbort);
        resolve(next);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), 'utf8');
}

function stripCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}
