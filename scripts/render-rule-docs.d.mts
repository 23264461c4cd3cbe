// Types of scripts/render-rule-docs.mjs, for the tests that import it.
export function ruleExportName(id: string): string;
export function renderRulesGuide(api: Record<string, unknown>): { markdown: string; missing: string[]; silent: string[] };
export function renderBenchmarksGuide(markdown: string): string;
export function renderCliReference(helpText: string, commandHelp?: Record<string, string>): string;
export function listCommands(helpText: string): string[];
