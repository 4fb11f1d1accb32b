import { type Canvas, type Issue, mentionsOf, slotIsAbsent, slotText } from '@unmask/core';
import type { JsonSchema } from './types';

/** where a value of the result came from, and how sure the model was of it. */
export interface FieldSource {
  /**
   * `prompt`: found in the prompt at `start`..`end` (characters; a number or date as written
   * there, before normalising); `chosen`: picked from a closed set (enum, const, boolean);
   * `known`: given in `values`; `generated`: written by the model, found nowhere in the prompt.
   */
  source: 'prompt' | 'chosen' | 'known' | 'generated';
  start?: number;
  end?: number;
  /**
   * the lowest probability among the tokens the model committed for it (1 when every token was
   * forced or written by the SDK): below 0.5 or so, ask a person to confirm.
   */
  confidence: number;
}

type Schema = Record<string, unknown>;
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** the subschema that describes the value at a path, as far as properties, items and local $refs go. */
export function schemaAt(root: JsonSchema, path: string[]): Schema | undefined {
  let at: unknown = root;
  const resolve = (schema: unknown): unknown => {
    for (let hops = 0; isObject(schema) && typeof schema.$ref === 'string' && hops < 16; hops++) {
      const ref = schema.$ref as string;
      if (!ref.startsWith('#')) return schema;
      let target: unknown = root;
      for (const raw of ref.slice(2).split('/').filter(Boolean)) {
        if (!isObject(target)) return undefined;
        target = target[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
      }
      schema = target;
    }
    return schema;
  };
  for (const key of path) {
    at = resolve(at);
    if (!isObject(at)) return undefined;
    if (isObject(at.properties) && key in at.properties) at = at.properties[key];
    else if (/^\d+$/.test(key) && Array.isArray(at.prefixItems) && Number(key) < at.prefixItems.length)
      at = at.prefixItems[Number(key)];
    else if (/^\d+$/.test(key) && isObject(at.items)) at = at.items;
    else if (isObject(at.additionalProperties)) at = at.additionalProperties;
    else return undefined;
  }
  const found = resolve(at);
  return isObject(found) ? found : undefined;
}

/**
 * every leaf of a result (by JSON pointer): where its value came from (a span of the prompt, a
 * choice from a closed set, a known value, or the model's own writing) and the model's confidence.
 */
export function fieldSources(options: {
  value: unknown;
  canvas: Canvas;
  jsonSchema: JsonSchema;
  prompt?: string | undefined;
  referenceDate?: string | undefined;
  values?: Record<string, unknown> | undefined;
}): Record<string, FieldSource> {
  const { canvas, jsonSchema, prompt, values } = options;
  const mentions = prompt === undefined ? undefined : mentionsOf(prompt, options.referenceDate);
  const slotsByPath = new Map<string, number[]>();
  canvas.slots.forEach((slot, k) => {
    const list = slotsByPath.get(slot.spec.path);
    if (list) list.push(k);
    else slotsByPath.set(slot.spec.path, [k]);
  });
  const out: Record<string, FieldSource> = {};
  const visit = (value: unknown, path: string[], known: unknown) => {
    if (Array.isArray(value)) {
      for (const [k, item] of value.entries())
        visit(item, [...path, String(k)], Array.isArray(known) ? known[k] : undefined);
      return;
    }
    if (isObject(value)) {
      for (const [key, member] of Object.entries(value))
        visit(member, [...path, key], isObject(known) ? known[key] : undefined);
      return;
    }
    const pointer = path.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    let confidence = 1;
    for (const k of slotsByPath.get(pointer) ?? []) {
      const slot = canvas.slots[k]!;
      for (let p = slot.start; p < slot.start + slot.length; p++) {
        const c = canvas.confidence[p]!;
        if (!Number.isNaN(c) && c < confidence) confidence = c;
      }
    }
    if (known !== undefined) {
      out[pointer] = { source: 'known', confidence: 1 };
      return;
    }
    const schema = schemaAt(jsonSchema, path);
    if (
      typeof value === 'boolean' ||
      value === null ||
      (schema && (Array.isArray(schema.enum) || 'const' in schema))
    ) {
      out[pointer] = { source: 'chosen', confidence };
      return;
    }
    const span = mentions && prompt !== undefined ? spanOf(value, prompt, mentions) : undefined;
    out[pointer] = span ? { source: 'prompt', ...span, confidence } : { source: 'generated', confidence };
  };
  visit(options.value, [], values);
  return out;
}

function spanOf(
  value: unknown,
  prompt: string,
  mentions: ReturnType<typeof mentionsOf>,
): { start: number; end: number } | undefined {
  if (typeof value === 'number') {
    const found = mentions.numbers.find((mention) => mention.value === value);
    return found && { start: found.start, end: found.end };
  }
  if (typeof value !== 'string' || value === '') return undefined;
  const at = prompt.indexOf(value);
  if (at >= 0) return { start: at, end: at + value.length };
  const found = mentions.dates.find(
    (mention) =>
      mention.date === value ||
      mention.dateTime === value ||
      (mention.time !== undefined && (value === mention.time || value.startsWith(`${mention.time}:`))),
  );
  return found && { start: found.start, end: found.end };
}

/** the lowest committed confidence of a slot (1 when it has none). */
function slotConfidence(canvas: Canvas, k: number): number {
  const slot = canvas.slots[k]!;
  let lowest = 1;
  for (let p = slot.start; p < slot.start + slot.length; p++) {
    const c = canvas.confidence[p]!;
    if (!Number.isNaN(c) && c < lowest) lowest = c;
  }
  return lowest;
}

/**
 * one span of the prompt given to two free-text fields (the patient's name as the doctor's, the
 * seat as the departure city): an issue for each but the most confident of them, so that
 * re-noise offers it something else. `rounds` bounds how often it is asked, so that two fields
 * that really are the same never exhaust the re-noise rounds.
 */
export function distinctSpans(jsonSchema: JsonSchema, rounds = 2): (canvas: Canvas) => Issue[] {
  let asked = 0;
  const isFreeString = new Map<string, boolean>();
  return (canvas) => {
    if (asked >= rounds) return [];
    const byText = new Map<string, Array<{ k: number; confidence: number }>>();
    canvas.slots.forEach((slot, k) => {
      const path = slot.spec.path;
      let free = isFreeString.get(path);
      if (free === undefined) {
        const schema = schemaAt(
          jsonSchema,
          path
            .split('/')
            .slice(1)
            .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~')),
        );
        free =
          !!schema &&
          (schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'))) &&
          !Array.isArray(schema.enum) &&
          !('const' in schema) &&
          typeof schema.format !== 'string';
        isFreeString.set(path, free);
      }
      if (!free || slotIsAbsent(canvas, k)) return;
      const text = slotText(canvas, k).replace(/^"|"$/g, '').trim();
      if (text === '') return;
      const list = byText.get(text) ?? [];
      list.push({ k, confidence: slotConfidence(canvas, k) });
      byText.set(text, list);
    });
    const issues: Issue[] = [];
    for (const [text, list] of byText) {
      if (list.length < 2) continue;
      const sorted = [...list].sort((a, b) => b.confidence - a.confidence);
      for (const { k } of sorted.slice(1))
        issues.push({
          code: 'duplicate-span',
          path: canvas.slots[k]!.spec.path,
          slot: k,
          message: `"${text}" is the value of another field too`,
        });
    }
    if (issues.length) asked++;
    return issues;
  };
}
