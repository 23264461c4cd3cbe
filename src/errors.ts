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
  /**
   * Makes an error with a stable code; subclasses set the code.
   *
   * @param code - The stable name of the problem (`invalid-input`, `invalid-option`, ...).
   * @param message - What went wrong, in words.
   */
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * The input is not of the type the function takes (e.g. `clean(undefined)`).
 *
 * @example
 * ```ts
 * try { clean(undefined as never); } catch (e) { e instanceof InvalidInputError; } // true; e.code === 'invalid-input'
 * ```
 */
export class InvalidInputError extends UnscrapeError {
  /**
   * Makes the error for a wrong input type.
   *
   * @param message - What was passed and what was expected.
   */
  constructor(message: string) {
    super('invalid-input', message);
  }
}

/**
 * An option has the wrong type or an out-of-range value; `option` names it (dotted path).
 *
 * @example
 * ```ts
 * try { clean(text, { minConfidence: 2 }); } catch (e) { if (e instanceof InvalidOptionError) e.option; } // 'minConfidence'
 * ```
 */
export class InvalidOptionError extends UnscrapeError {
  /** The option's path, e.g. `minConfidence` or `rules.comment-section`. */
  readonly option: string;
  /**
   * Makes the error for a bad option.
   *
   * @param option - The option's dotted path.
   * @param message - What is wrong with its value.
   */
  constructor(option: string, message: string) {
    super('invalid-option', `option \`${option}\`: ${message}`);
    this.option = option;
  }
}

/**
 * A rule returned a finding that breaks the contract (span out of range, not a number, wrong rule id).
 *
 * @example
 * ```ts
 * const bad: Rule = { id: 'bad', phase: 'remove', description: 'd', find: () => [{ start: 0, end: 99, rule: 'bad', reason: 'r', confidence: 1 }] };
 * try { clean('short', { pipeline: [bad] }); } catch (e) { if (e instanceof RuleContractError) e.rule; } // 'bad'
 * ```
 */
export class RuleContractError extends UnscrapeError {
  /** The id of the rule at fault. */
  readonly rule: string;
  /**
   * Makes the error for a rule that broke the contract.
   *
   * @param rule - The id of the rule at fault.
   * @param message - How the finding breaks the contract.
   */
  constructor(rule: string, message: string) {
    super('rule-contract', `rule \`${rule}\`: ${message}`);
    this.rule = rule;
  }
}

/**
 * A ledger of edits is not valid for the source it is applied to (unsorted, overlapping, `before` mismatch).
 *
 * @example
 * ```ts
 * applyEdits('abc', [{ start: 2, end: 9, after: '' }]); // throws InvalidLedgerError: span outside the source
 * ```
 */
export class InvalidLedgerError extends UnscrapeError {
  /**
   * Makes the error for a ledger that does not fit its source.
   *
   * @param message - Which edit is wrong, and how.
   */
  constructor(message: string) {
    super('invalid-ledger', message);
  }
}
