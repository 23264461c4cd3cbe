/**
 * The CLI's cap, with 2 or more workers, on the bytecode V8's optimizing compiler (TurboFan) inlines into
 * one function, in bytes: half V8's default (920 in Node 20). A third or more of a CLI run's CPU time is
 * V8's background threads, mostly TurboFan compiling the rules' hot functions, again in every worker (each
 * its own isolate), some of them several times over (after deoptimizations); a smaller budget makes each
 * compile cheaper for code about as fast. Measured on the kept 10k-document corpus, four rounds
 * alternating (BENCHMARKS.md, "CLI cost around clean(), stop 21"): 2 workers 3.6-8 % less CPU; `--jobs 1`
 * within its spread (-3 to +2 %, and +5 % on 600 documents), so a sole worker keeps V8's default. Turning
 * inlining off altogether saved 13-15 % on 1k documents (less to compile) but cost 6-8 % at 10k (slower
 * code). A V8 flag: it changes speed only, the output is the same.
 */
export const INLINE_BUDGET = 460;

/**
 * The V8 flag that sets {@link INLINE_BUDGET}, for `v8.setFlagsFromString` before the pool starts
 * (process-wide: the worker threads' isolates compile under it). V8 ignores an unknown flag silently, so
 * a test checks that this Node's V8 still has it.
 *
 * @example
 * ```ts
 * setFlagsFromString(INLINE_BUDGET_FLAG);
 * ```
 */
export const INLINE_BUDGET_FLAG = `--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`;
