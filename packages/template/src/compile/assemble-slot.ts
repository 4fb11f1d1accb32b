import {
  type Constraint,
  copyOf,
  intersect,
  type Mentions,
  type SlotSpec,
  type SlotValidator,
  slot as slotSpec,
} from '@unmask/core';
import type { HelperSlot, TemplateSlot } from '../slot-helpers';
import { rangeMessage, type SlotSchemaProperty, schemaConstraint, schemaPropertyOf } from '../slot-schema';
import { groundSlot, lengthCheck } from './ground-slot';

/** what, beyond its helper call, shapes a slot: the companion schema, verbatim and grounding. */
export interface SlotHints {
  schema: ReadonlyMap<string, SlotSchemaProperty> | undefined;
  /** every free-text `gen` slot copies from `verbatimFrom`. */
  verbatim: boolean | undefined;
  verbatimFrom: string | undefined;
  /** the grounding text's mentions, with `ground`. */
  mentions: Mentions | undefined;
  /** throws a located error about the slot being assembled. */
  fail: (message: string) => never;
}

/** a slot made ready for the layout. */
export interface AssembledSlot {
  spec: SlotSpec;
  property: SlotSchemaProperty | undefined;
  /** asked to copy from `verbatimFrom`, and no part of it fits (or it is past the automaton limits). */
  verbatimKept: boolean;
  /** grounded, and the grounding text holds no candidate for it. */
  groundGenerated: boolean;
}

/** the parts of a slot spec each hint narrows in turn. */
interface Draft {
  constraint: Constraint;
  maxTokens: number;
  validators: SlotValidator[];
}

/**
 * a helper's slot held to its hints, in order: the schema property, then the copy from
 * `verbatimFrom` (which must fit the schema's parts too), then the grounding text. Marks
 * `slot.verbatim` with whether it copies.
 */
export function assembleSlot(made: HelperSlot, hints: SlotHints): AssembledSlot {
  const { slot } = made;
  const draft: Draft = {
    constraint: made.constraint,
    maxTokens: made.maxTokens,
    validators: [...made.validators],
  };
  const property = schemaPropertyOf(hints.schema, slot.name);
  if (property) applySchema(draft, property);
  const verbatimKept = copiesVerbatim(slot, hints) ? !applyVerbatim(draft, slot, hints) : false;
  const groundGenerated =
    hints.mentions && slot.helper !== 'choice' ? !applyGrounding(draft, slot, hints.mentions) : false;
  const spec = slotSpec({
    path: slot.name,
    constraint: draft.constraint,
    maxTokens: draft.maxTokens,
    ...(made.minTokens !== undefined ? { minTokens: made.minTokens } : {}),
    ...(slot.optional ? { optional: true } : {}),
    ...(draft.validators.length ? { validators: draft.validators } : {}),
  });
  return { spec, property, verbatimKept, groundGenerated };
}

/** the property's constraint, and its numeric range as a check. */
function applySchema(draft: Draft, property: SlotSchemaProperty): void {
  const extra = schemaConstraint(property);
  if (extra) draft.constraint = intersect(draft.constraint, extra);
  if (
    (property.type === 'number' || property.type === 'integer') &&
    (property.minimum !== undefined || property.maximum !== undefined)
  )
    draft.validators.push((value) => rangeMessage(Number(value), property.minimum, property.maximum));
}

const copiesVerbatim = (slot: TemplateSlot, hints: SlotHints): boolean =>
  slot.helper === 'gen' && Boolean(slot.verbatim || (hints.verbatim && slot.format === undefined));

/** the slot as a copy of `verbatimFrom`; false when no part of it fits. */
function applyVerbatim(draft: Draft, slot: TemplateSlot, hints: SlotHints): boolean {
  const from =
    hints.verbatimFrom ??
    hints.fail(`slot "${slot.name}": verbatim copies from the prompt, and there is none (verbatimFrom)`);
  const copy = copyOf(draft.constraint, from);
  if ('kept' in copy) {
    delete slot.verbatim;
    return false;
  }
  draft.constraint = copy.constraint;
  slot.verbatim = true;
  // a length range the copy's automaton cannot carry: a check after filling
  for (const range of copy.lengths) draft.validators.push(lengthCheck(range));
  return true;
}

/** the slot held to the grounding text's candidates; false when it holds none. */
function applyGrounding(draft: Draft, slot: TemplateSlot, mentions: Mentions): boolean {
  const grounded = groundSlot(slot, draft.constraint, mentions);
  if (!grounded) return false;
  draft.constraint = grounded.constraint;
  if (grounded.maxTokens !== undefined) draft.maxTokens = Math.min(draft.maxTokens, grounded.maxTokens);
  for (const range of grounded.lengths ?? []) draft.validators.push(lengthCheck(range));
  return true;
}
