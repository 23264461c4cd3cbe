// The command line of the benches that time two builds of the library against each other in one process
// (bench/compare-builds.mjs, bench/compare-clean.mjs): two paths to a build's dist/index.js, and flags.

/**
 * Reads `argv`: the two build paths (the arguments that are neither a flag nor a flag's value) and a reader of
 * flags. Exits with the usage when there are not exactly two paths.
 * `valueFlags`: the flags that take a value (`--rounds 12`).
 */
export function twoBuildArgs(argv, usage, valueFlags) {
  const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
  const paths = argv.filter((a, k) => !a.startsWith('--') && !(k > 0 && valueFlags.includes(argv[k - 1])));
  if (paths.length !== 2) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return { paths, opt };
}
