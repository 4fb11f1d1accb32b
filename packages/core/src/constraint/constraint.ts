/**
 * a slot's constraint: a regular language over characters, as plain data so it can be
 * serialised, compared and used as a cache key. Build with the helpers below.
 */
export type Constraint =
  /** full match of a JavaScript regex (anchors are implied at both ends). */
  | { kind: 'regex'; source: string; flags?: string }
  /** one of these exact strings. */
  | { kind: 'literals'; values: readonly string[] }
  /** canonical decimal integers in [minimum, maximum] (either bound may be absent). */
  | { kind: 'integer'; minimum?: string; maximum?: string }
  /** any text (every Unicode scalar value). */
  | { kind: 'any' }
  /** between min and max characters (code points), any text. */
  | { kind: 'length'; min: number; max?: number }
  /** the JSON string-literal content (escaped, without quotes) whose decoded value is in `content`. */
  | { kind: 'json-string'; content: Constraint }
  | { kind: 'sequence'; parts: readonly Constraint[] }
  | { kind: 'union'; parts: readonly Constraint[] }
  | { kind: 'intersect'; parts: readonly Constraint[] }
  /**
   * a substring of `of` (empty included), character for character: a value copied verbatim from a
   * source text, e.g. the prompt of an extraction. With `words`, one that cuts no word of the text
   * in two (a word: a run of letters, digits, marks and underscores) and neither starts nor ends
   * with white space.
   */
  | { kind: 'substring'; of: string; words?: boolean }
  /**
   * decimal texts `-?\d+(\.\d{1,p})?` whose value is a multiple of `step` (a positive decimal;
   * p: its decimal places, none for an integer step). Leading zeros and `-0` included: meet it with
   * a language that keeps texts canonical (`integer`, a JSON number). At most 10,000 remainders
   * (MAX_STEP_STATES); a larger step is a `state-limit` error.
   */
  | { kind: 'multiple-of'; step: string }
  /** `base` without the given exact strings (used by re-noise to ban failed values). */
  | { kind: 'exclude'; base: Constraint; values: readonly string[] };

export const regex = (source: string | RegExp, flags?: string): Constraint =>
  typeof source === 'string'
    ? { kind: 'regex', source, ...(flags ? { flags } : {}) }
    : { kind: 'regex', source: source.source, ...(source.flags ? { flags: source.flags } : {}) };
export const literals = (values: readonly string[]): Constraint => ({
  kind: 'literals',
  values: [...values],
});
export const literal = (value: string): Constraint => ({ kind: 'literals', values: [value] });
export const integer = (
  range: { minimum?: number | bigint | string; maximum?: number | bigint | string } = {},
): Constraint => ({
  kind: 'integer',
  ...(range.minimum !== undefined ? { minimum: String(range.minimum) } : {}),
  ...(range.maximum !== undefined ? { maximum: String(range.maximum) } : {}),
});
export const multipleOf = (step: number | bigint | string): Constraint => ({
  kind: 'multiple-of',
  step: String(step),
});
export const anyText = (): Constraint => ({ kind: 'any' });
export const length = (min: number, max?: number): Constraint => ({
  kind: 'length',
  min,
  ...(max !== undefined ? { max } : {}),
});
export const jsonString = (content: Constraint = { kind: 'any' }): Constraint => ({
  kind: 'json-string',
  content,
});
export const substringOf = (text: string, options: { words?: boolean } = {}): Constraint => ({
  kind: 'substring',
  of: text,
  ...(options.words ? { words: true } : {}),
});
export const sequence = (...parts: Constraint[]): Constraint => ({ kind: 'sequence', parts });
export const union = (...parts: Constraint[]): Constraint => ({ kind: 'union', parts });
export const intersect = (...parts: Constraint[]): Constraint => ({ kind: 'intersect', parts });
export const exclude = (base: Constraint, values: readonly string[]): Constraint => ({
  kind: 'exclude',
  base,
  values: [...values],
});

/** a stable string for a constraint, equal for equal constraints. */
export function constraintKey(constraint: Constraint): string {
  return JSON.stringify(constraint);
}
