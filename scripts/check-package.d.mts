// Types of scripts/check-package.mjs, for tests/package/package.test.ts.
export const CORE_BUDGET_BYTES: number;
export const EXCLUDED_FROM_BUDGET: RegExp;
export const ALLOWED_FILES: RegExp;
export const REQUIRED_FILES: string[];
export function measureCore(): Promise<{ bytes: number; gzip: number; budget: number; external: string[]; excluded: string[]; lazyChunks: number }>;
export function runPublint(): Promise<string[]>;
export function runAttw(): string[];
export function packedFiles(): { files: string[]; size: number; unpackedSize: number };
