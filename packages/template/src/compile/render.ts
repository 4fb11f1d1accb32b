import { type Canvas, slotIsAbsent, slotText, UnmaskError } from '@unmask/core';
import type { TemplateSlot } from '../slot-helpers';
import type { SlotSchemaProperty, SlotValue } from '../slot-schema';

/** a slot's text as the value its helper (or schema) types it to. */
export function convertSlot(
  slot: TemplateSlot,
  property: SlotSchemaProperty | undefined,
  text: string,
): SlotValue {
  if (property?.enum) {
    const match = property.enum.find((value) => String(value) === text);
    if (match !== undefined) return match;
  }
  if (property?.type === 'boolean') return text === 'true';
  if (property?.type === 'integer' || property?.type === 'number') return Number(text);
  if (property?.type === 'string') return text;
  return slot.helper === 'integer' || slot.helper === 'number' ? Number(text) : text;
}

export interface RenderCanvasOptions {
  canvas: Canvas;
  /** the template's slots in layout order. */
  slots: readonly TemplateSlot[];
  convert: (k: number, text: string) => SlotValue;
}

/** the text of a filled canvas and its slot values by name (absent optional slots left out). */
export function renderCanvas({ canvas, slots, convert }: RenderCanvasOptions): {
  text: string;
  slots: Record<string, SlotValue>;
} {
  if (canvas.slots.length !== slots.length)
    throw new UnmaskError({
      code: 'invalid-argument',
      message: 'render: the canvas was not built from this template',
    });
  let text = '';
  const values: Record<string, SlotValue> = {};
  let k = 0;
  for (const segment of canvas.layout.segments) {
    if (segment.kind === 'fixed') {
      text += segment.text;
      continue;
    }
    const index = k++;
    if (slotIsAbsent(canvas, index)) continue;
    const slotValue = slotText(canvas, index);
    text += slotValue;
    values[slots[index]!.name] = convert(index, slotValue);
  }
  return { text, slots: values };
}
