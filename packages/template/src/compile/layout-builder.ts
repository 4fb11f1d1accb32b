import { fixed, type Layout, type Segment } from '@unmask/core';
import type { TemplateLimits } from '../limits';
import type { HelperSlot, TemplateSlot } from '../slot-helpers';
import type { SlotSchemaProperty } from '../slot-schema';
import { assembleSlot, type SlotHints } from './assemble-slot';
import type { Fail } from './parse';

/** the layout a walk produced and what is known of its slots. */
export interface BuiltLayout {
  layout: Layout;
  /** the slots in layout order. */
  slots: TemplateSlot[];
  slotIndex: Map<string, number>;
  slotSchema: Array<SlotSchemaProperty | undefined>;
  verbatimKept: string[];
  groundGenerated: string[];
}

export interface LayoutBuilderOptions {
  limits: Pick<TemplateLimits, 'maxOutputLength' | 'maxSlots'>;
  hints: Omit<SlotHints, 'fail'>;
  fail: Fail;
}

/** collects fixed text and slots in template order, within the output and slot limits. */
export class LayoutBuilder {
  readonly #limits: LayoutBuilderOptions['limits'];
  readonly #hints: LayoutBuilderOptions['hints'];
  readonly #fail: Fail;
  readonly #segments: Segment[] = [];
  readonly #built: Omit<BuiltLayout, 'layout'> = {
    slots: [],
    slotIndex: new Map(),
    slotSchema: [],
    verbatimKept: [],
    groundGenerated: [],
  };
  /** fixed text since the last slot. */
  #text = '';
  #outputLength = 0;

  constructor({ limits, hints, fail }: LayoutBuilderOptions) {
    this.#limits = limits;
    this.#hints = hints;
    this.#fail = fail;
  }

  /** fixed text, written at `node`. */
  write(piece: string, node: hbs.AST.Node): void {
    this.#outputLength += piece.length;
    if (this.#outputLength > this.#limits.maxOutputLength)
      this.#fail(`the rendered text is longer than ${this.#limits.maxOutputLength} characters`, node);
    this.#text += piece;
  }

  /** a slot, declared at `node`, held to the hints. */
  addSlot(made: HelperSlot, node: hbs.AST.Node): void {
    const { slot } = made;
    const built = this.#built;
    if (built.slotIndex.has(slot.name)) this.#fail(`slot "${slot.name}" is defined twice`, node);
    if (built.slots.length >= this.#limits.maxSlots)
      this.#fail(`the template has more than ${this.#limits.maxSlots} slots`, node);
    const assembled = assembleSlot(made, { ...this.#hints, fail: (message) => this.#fail(message, node) });
    if (assembled.verbatimKept) built.verbatimKept.push(slot.name);
    if (assembled.groundGenerated) built.groundGenerated.push(slot.name);
    this.#flushText();
    built.slotIndex.set(slot.name, built.slots.length);
    built.slots.push(slot);
    built.slotSchema.push(assembled.property);
    this.#segments.push(assembled.spec);
  }

  /** the layout, with the text after the last slot. */
  finish(): BuiltLayout {
    this.#flushText();
    return { layout: { segments: this.#segments }, ...this.#built };
  }

  #flushText(): void {
    if (this.#text) this.#segments.push(fixed(this.#text));
    this.#text = '';
  }
}
