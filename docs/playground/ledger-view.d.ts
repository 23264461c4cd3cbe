// Types of the playground's pure helpers (for the Node tests that import them).
export type Segment = { kind: 'text'; text: string } | { kind: 'edit'; index: number };
export function segmentLedger(source: string, edits: readonly { start: number; end: number }[]): Segment[];
export function isWhiteSpace(s: string): boolean;
export function showWhiteSpace(s: string, keepBreaks: boolean): string;
export function ruleColor(rule: string): string;
export function countByRule(edits: readonly { rule: string }[]): Map<string, number>;
export function looksLikeHtml(input: string): boolean;
