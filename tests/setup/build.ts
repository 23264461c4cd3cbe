import { execFileSync } from 'node:child_process';

/** CLI tests run the built `dist/cli.js`: build once before the suite. */
export default function setup(): void {
  execFileSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
}
