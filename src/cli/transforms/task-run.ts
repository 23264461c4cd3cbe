import type { RejectSink } from '../jsonl/rejects.js';
import type { TaskRunner } from '../pool/create-runner.js';
import type { Progress } from '../progress/progress.js';
import type { Tally } from '../progress/tally.js';
import type { PostStep, ReportPieces, SignedLines } from '../steps/clean-steps.js';
import type { TransformName } from './registry.js';

/** What every run of a transform over many records needs, whatever the input (JSONL or files). */
export interface TaskRun {
  /** The registered transform to run on each record. */
  readonly transform: TransformName;
  /** The transform's options (plain data: they may cross into a worker thread). */
  readonly options: unknown;
  /** Runs the tasks, in-process or on the worker pool. */
  readonly runner: TaskRunner;
  /** Where rejected inputs are reported. */
  readonly rejects: RejectSink;
  /** Counts for the summary (in = out + rejected). */
  readonly tally: Tally;
  /** The progress bar (silent when stderr is not a terminal). */
  readonly progress: Progress;
  /** Stops reading; what is in flight is finished and written. */
  readonly signal?: AbortSignal;
  /**
   * A main-thread step run on each result in input order (`clean --dedupe`; `--report` in directory mode or with `--dedupe`); the tasks
   * then return the whole document. Default: none.
   */
  readonly post?: PostStep;
  /**
   * `clean --report` without `--dedupe`, JSONL input: the tasks draw and count each document for the
   * report (a `ReportPiece`) and the main thread only writes the pieces, in input order. Used instead
   * of `post`. Default: none.
   */
  readonly reportPieces?: ReportPieces;
  /**
   * `clean --dedupe` without `--report`, JSONL input: the tasks sign each document and return it
   * packed (`packSigned`); the main thread looks each up in input order and fills in its `duplicates`
   * field, and only a document that changes goes back to a worker. Used instead of `post`. Default: none.
   */
  readonly signedLines?: SignedLines;
}
