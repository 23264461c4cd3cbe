import { cleanTransform } from './clean-record.js';
import { repairTransform } from './repair-record.js';
import type { RecordTransform } from './transform.js';

/**
 * Every transform a command can run, by name. The worker thread looks transforms up here, so a task
 * only carries the name, the record and plain options. Register a new command's transform with one line.
 */
export const transforms = {
  clean: cleanTransform,
  repair: repairTransform,
} satisfies Record<string, RecordTransform<never>>;

/** The name of a registered transform. */
export type TransformName = keyof typeof transforms;
