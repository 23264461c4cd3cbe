// Types of scripts/typedoc-plugin-unscrape.mjs, for its test.
export function areaOf(path: string | undefined): string | undefined;
export function load(app: unknown): void;
