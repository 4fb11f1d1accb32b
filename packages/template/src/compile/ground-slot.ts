import {
  type Constraint,
  ConstraintError,
  checkConstraint,
  copyOf,
  dateCandidates,
  intersect,
  literals,
  type Mentions,
  numberCandidates,
  regex,
  type SlotValidator,
  union,
} from '@unmask/core';
import type { TemplateSlot } from '../slot-helpers';

/** a length range a copy's automaton could not carry. */
export interface LengthRange {
  min: number;
  max?: number | undefined;
}

/** a slot's constraint held to the grounding text, with what that implies for its budget and checks. */
export interface GroundedSlot {
  constraint: Constraint;
  maxTokens?: number;
  lengths?: LengthRange[];
}

/** a length range a copy's automaton could not carry, checked after filling. */
export const lengthCheck =
  (range: LengthRange): SlotValidator =>
  (value) => {
    const chars = [...value].length;
    return chars < range.min || chars > (range.max ?? Number.POSITIVE_INFINITY)
      ? `${chars} characters, not within ${range.min}..${range.max ?? '∞'}`
      : undefined;
  };

const DATE_FORMATS = new Set(['date', 'time', 'date-time']);
const NON_EMPTY = regex('[\\s\\S]+', 'u');

/** `constraint` held to the text's candidates for the slot, or undefined when none fits it. */
export function groundSlot(
  slot: TemplateSlot,
  constraint: Constraint,
  mentions: Mentions,
): GroundedSlot | undefined {
  if (slot.helper === 'integer' || slot.helper === 'number') return groundNumber(slot, constraint, mentions);
  if (slot.helper === 'gen' && slot.format !== undefined && DATE_FORMATS.has(slot.format))
    return heldAmong(constraint, dateCandidates(mentions, slot.format));
  return groundText(slot, constraint, mentions);
}

/** one of the numbers the text mentions within the slot's bounds. */
function groundNumber(
  slot: TemplateSlot,
  constraint: Constraint,
  mentions: Mentions,
): GroundedSlot | undefined {
  const texts = numberCandidates(mentions, {
    integer: slot.helper === 'integer',
    minimum: slot.minimum,
    maximum: slot.maximum,
  });
  // "38.4" and "38.40": a number slot may ask for its decimals written out
  const written = texts.flatMap((text) => [text, ...[1, 2, 3].map((d) => Number(text).toFixed(d))]);
  return heldAmong(constraint, [...new Set(written)]);
}

/** a non-empty copy of the text, or (free text only) a date it mentions. */
function groundText(
  slot: TemplateSlot,
  constraint: Constraint,
  mentions: Mentions,
): GroundedSlot | undefined {
  const copy = copyOf(intersect(constraint, NON_EMPTY), mentions.text);
  const dated =
    slot.format === undefined ? heldAmong(constraint, dateCandidates(mentions, undefined)) : undefined;
  if ('kept' in copy) return dated;
  return {
    constraint: dated ? union(copy.constraint, dated.constraint) : copy.constraint,
    lengths: copy.lengths,
  };
}

/** `constraint` held to one of `texts`, when some fits it. */
function heldAmong(constraint: Constraint, texts: string[]): GroundedSlot | undefined {
  if (texts.length === 0) return undefined;
  const held = intersect(constraint, literals(texts));
  return fits(held)
    ? { constraint: held, maxTokens: Math.max(...texts.map((t) => new TextEncoder().encode(t).length)) }
    : undefined;
}

/** whether checkConstraint accepts it: some text, within the automaton limits. */
function fits(candidate: Constraint): boolean {
  try {
    checkConstraint(candidate);
    return true;
  } catch (error) {
    if (ConstraintError.isInstance(error)) return false;
    throw error;
  }
}
