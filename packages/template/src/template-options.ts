import { UnmaskError } from '@unmask/core';
import { defaultTemplateLimits } from './limits';

const bad = (message: string) => new UnmaskError({ code: 'invalid-argument', message });
const positiveInteger = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * compileTemplate's options, checked: a value of the wrong kind is an `invalid-argument` error
 * naming the option (never a default silently used instead).
 */
export function checkTemplateOptions(options: {
  missing?: unknown;
  missingSlotTokens?: unknown;
  verbatim?: unknown;
  verbatimFrom?: unknown;
  limits?: unknown;
  grounded?: unknown;
  referenceDate?: unknown;
}): void {
  if (options.grounded !== undefined && typeof options.grounded !== 'boolean')
    throw bad(`grounded must be a boolean, got ${JSON.stringify(options.grounded)}`);
  if (
    options.referenceDate !== undefined &&
    !(typeof options.referenceDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate))
  )
    throw bad(`referenceDate must be a YYYY-MM-DD date, got ${JSON.stringify(options.referenceDate)}`);
  if (options.missing !== undefined && options.missing !== 'error' && options.missing !== 'slot')
    throw bad(`missing must be 'error' or 'slot', got ${JSON.stringify(options.missing)}`);
  if (options.missingSlotTokens !== undefined && !positiveInteger(options.missingSlotTokens))
    throw bad(
      `missingSlotTokens must be a positive integer, got ${JSON.stringify(options.missingSlotTokens)}`,
    );
  if (options.verbatim !== undefined && typeof options.verbatim !== 'boolean')
    throw bad(`verbatim must be a boolean, got ${JSON.stringify(options.verbatim)}`);
  if (options.verbatimFrom !== undefined && typeof options.verbatimFrom !== 'string')
    throw bad(`verbatimFrom must be a string, got ${JSON.stringify(options.verbatimFrom)}`);
  if (options.limits !== undefined) {
    if (!isRecord(options.limits)) throw bad('limits must be an object');
    for (const [key, value] of Object.entries(options.limits)) {
      if (!(key in defaultTemplateLimits))
        throw bad(
          `unknown template limit "${key}" (known: ${Object.keys(defaultTemplateLimits).join(', ')})`,
        );
      if (value !== undefined && !positiveInteger(value))
        throw bad(`limits.${key} must be a positive integer, got ${JSON.stringify(value)}`);
    }
  }
}

/** fillTemplate's own options: the checks are functions. */
export function checkFillOptions(options: { validators?: unknown; validate?: unknown }): void {
  if (options.validate !== undefined && typeof options.validate !== 'function')
    throw bad('validate must be a function');
  if (options.validators !== undefined) {
    if (!isRecord(options.validators)) throw bad('validators must be an object of slot name -> function');
    for (const [name, check] of Object.entries(options.validators))
      if (typeof check !== 'function') throw bad(`validators["${name}"] must be a function`);
  }
}
