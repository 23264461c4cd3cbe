import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INLINE_BUDGET, INLINE_BUDGET_FLAG } from '../../src/cli/pool/inline-budget.js';

const setFlags = vi.hoisted(() => vi.fn());
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: setFlags }));
const { createRunner } = await import('../../src/cli/pool/create-runner.js');

afterEach(() => setFlags.mockClear());

describe('INLINE_BUDGET_FLAG', () => {
  it("names a flag this Node's V8 has (an unknown one is ignored silently), below its default", () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    const name = INLINE_BUDGET_FLAG.slice(0, INLINE_BUDGET_FLAG.indexOf('='));
    const dflt = new RegExp(`default: ${name}=(\\d+)`).exec(options);
    expect(dflt).not.toBeNull();
    expect(INLINE_BUDGET).toBeLessThan(Number(dflt![1]));
  });

  it('is set before a pool of 2 workers starts, not for a sole worker or in-process', async () => {
    for (const jobs of [0, 1]) await createRunner(jobs).close();
    expect(setFlags).not.toHaveBeenCalled();
    const runner = createRunner(2);
    expect(setFlags).toHaveBeenCalledWith(INLINE_BUDGET_FLAG);
    await runner.close();
  });
});
