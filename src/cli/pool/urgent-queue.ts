import { Piscina, type PiscinaTask, type TaskQueue } from 'piscina';

/** The queue option that marks a task as urgent ({@link UrgentFirstQueue}). */
export interface UrgentOption {
  readonly urgent?: boolean;
}

/**
 * Marks a task payload as urgent for an {@link UrgentFirstQueue} (a symbol-keyed field: piscina reads
 * it, and it does not cross into the worker).
 *
 * @param task - The payload.
 * @returns The same fields, marked.
 *
 * @example
 * ```ts
 * pool.run(urgent({ finish: items }));
 * ```
 */
export function urgent<T extends object>(task: T): T {
  return { ...task, [Piscina.queueOptionsSymbol]: { urgent: true } satisfies UrgentOption };
}

/**
 * A piscina task queue that hands out urgent tasks (see {@link urgent}) before the others, each kind
 * first in, first out. `clean --dedupe` sends a batch's second trip (finishing the documents the main
 * thread looked up) as urgent: the main thread waits for it to write that batch, while the first trips
 * of later batches are already queued, and would otherwise run first.
 *
 * @example
 * ```ts
 * new Piscina({ filename, taskQueue: new UrgentFirstQueue() });
 * ```
 */
export class UrgentFirstQueue implements TaskQueue {
  private readonly urgent: PiscinaTask[] = [];
  private readonly normal: PiscinaTask[] = [];

  /** Tasks waiting. */
  get size(): number {
    return this.urgent.length + this.normal.length;
  }

  /**
   * Takes the next task: the oldest urgent one, else the oldest other.
   *
   * @returns The task, or `null` when none waits.
   */
  shift(): PiscinaTask | null {
    return this.urgent.shift() ?? this.normal.shift() ?? null;
  }

  /**
   * Queues a task.
   *
   * @param task - The task.
   */
  push(task: PiscinaTask): void {
    (isUrgent(task) ? this.urgent : this.normal).push(task);
  }

  /**
   * Takes a waiting task out (it was aborted).
   *
   * @param task - The task.
   */
  remove(task: PiscinaTask): void {
    for (const list of [this.urgent, this.normal]) {
      const i = list.indexOf(task);
      if (i >= 0) list.splice(i, 1);
    }
  }
}

function isUrgent(task: PiscinaTask): boolean {
  const options = task[Piscina.queueOptionsSymbol as keyof PiscinaTask] as UrgentOption | null | undefined;
  return options?.urgent === true;
}
