import type { Constraint } from './constraint/constraint';

/** a check of one slot's text after filling; returns a message when the text fails. */
export type SlotValidator = (text: string) => string | undefined;

/** a hole the model fills. */
export interface SlotSpec {
  kind: 'slot';
  /** where the value goes in the result (`/user/name`, or a template slot name). */
  path: string;
  /** the regular language the slot's text must belong to. */
  constraint: Constraint;
  /** positions allocated to the slot; shorter values end with pad tokens. */
  maxTokens: number;
  /** at least this many non-pad tokens when the slot is present (default 0). */
  minTokens?: number;
  /**
   * at least this many bytes of text in any valid value, a bound the constraint does not hold (a
   * long minimum length left to validation): a budget that cannot reach it even in the tokenizer's
   * longest tokens is a BudgetError before sampling.
   */
  minBytes?: number;
  /** the slot may fill entirely with pad: the value is then absent. */
  optional?: boolean;
  validators?: readonly SlotValidator[];
}

/** text the SDK writes itself. */
export interface FixedSegment {
  kind: 'fixed';
  text: string;
}

export type Segment = FixedSegment | SlotSpec;

/** the model-independent plan of a generation: fixed text and slots, in order. */
export interface Layout {
  segments: readonly Segment[];
}

export const fixed = (text: string): FixedSegment => ({ kind: 'fixed', text });
export const slot = (spec: Omit<SlotSpec, 'kind'>): SlotSpec => ({ kind: 'slot', ...spec });

/** the slots of a layout, in order. */
export const layoutSlots = (layout: Layout): SlotSpec[] =>
  layout.segments.filter((segment): segment is SlotSpec => segment.kind === 'slot');
