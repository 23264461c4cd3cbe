/**
 * The base class of every error unscrape throws. Errors are thrown only for misuse of the API
 * (a wrong type, a bad option, a rule that breaks its contract); bad *content* never throws.
 *
 * @example
 * ```ts
 * try { clean(42 as never); } catch (e) { if (e instanceof UnscrapeError) console.error(e.code); }
 * ```
 */
export class UnscrapeError extends Error {
  /** A stable, machine-readable name of the problem. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The input is not of the type the function takes (e.g. `clean(undefined)`). */
export class InvalidInputError extends UnscrapeError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}

/** An option has the wrong type or an out-of-range value; `option` names it (dotted path). */
export class InvalidOptionError extends UnscrapeError {
  /** The option's path, e.g. `minConfidence` or `rules.comment-section`. */
  readonly option: string;
  constructor(option: string, message: string) {
    super('invalid-option', `option \`${option}\`: ${message}`);
    this.option = option;
  }
}

/** A rule returned a finding that breaks the contract (span out of range, not a number, wrong rule id). */
export class RuleContractError extends UnscrapeError {
  /** The id of the rule at fault. */
  readonly rule: string;
  constructor(rule: string, message: string) {
    super('rule-contract', `rule \`${rule}\`: ${message}`);
    this.rule = rule;
  }
}

/** A ledger of edits is not valid for the source it is applied to (unsorted, overlapping, `before` mismatch). */
export class InvalidLedgerError extends UnscrapeError {
  constructor(message: string) {
    super('invalid-ledger', message);
  }
}
