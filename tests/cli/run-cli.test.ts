import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('runCli dispatch', () => {
  it.each([
    { argv: [], code: 2, stream: 'stderr', has: 'missing command' },
    { argv: ['frobnicate'], code: 2, stream: 'stderr', has: 'unknown command "frobnicate"' },
    { argv: ['--help'], code: 0, stream: 'stdout', has: 'usage: unscrape <command>' },
    { argv: ['-h'], code: 0, stream: 'stdout', has: 'clean' },
    { argv: ['help'], code: 0, stream: 'stdout', has: 'commands:' },
    { argv: ['--version'], code: 0, stream: 'stdout', has: '.' },
    { argv: ['clean', '--help'], code: 0, stream: 'stdout', has: 'usage: unscrape clean' },
  ] as const)('$argv -> exit $code', async ({ argv, code, stream, has }) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r[stream]).toContain(has);
  });

  it('the usage error names the problem and shows the usage', async () => {
    const r = await run(['frobnicate']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: unscrape <command>/);
  });
});
