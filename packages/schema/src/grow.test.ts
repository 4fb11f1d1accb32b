import { MASKED } from '@unmask/core';
import { favouring, ScriptedModel } from '@unmask/core/test';
import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from './compile';
import { generateObject } from './generate';
import { fullArrays, fullMaps, growCanvas, grownFor } from './grow';
import { MASK, PAD, representation, tokenizer, uniformModel } from './test-support';
import type { JsonSchema } from './types';
import { schemaValidator } from './validate';

const SEVEN = tokenizer.encode('7')[0]!;

/** a model that writes 7 wherever it may (every item present) or pad everywhere (every item absent). */
const model = (token: number) =>
  new ScriptedModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: MASK,
    padTokenId: PAD,
    maxLength: 1 << 16,
    logits: favouring(tokenizer.vocabSize, () => token),
  });

const digits = { type: 'array', items: { type: 'integer', minimum: 0, maximum: 9 } };

async function generate(schema: JsonSchema, token: number, growRounds?: number) {
  return generateObject({
    model: model(token),
    tokenizer,
    schema,
    tokensPerStep: 64,
    ...(growRounds !== undefined ? { growRounds } : {}),
  });
}

describe('full arrays grow', () => {
  it('an array that fills every item slot is offered twice as many, three times by default', async () => {
    const result = await generate(digits, SEVEN);
    expect(result.value).toEqual(new Array(24).fill(7));
    expect(result.growths).toEqual([
      { kind: 'items', path: '', from: 3, to: 6 },
      { kind: 'items', path: '', from: 6, to: 12 },
      { kind: 'items', path: '', from: 12, to: 24 },
    ]);
    // still full after the last round: the text may have held more
    expect(result.full).toEqual(['']);
  });

  it('growth stops at maxItems, and a full array at maxItems is not reported', async () => {
    const result = await generate({ ...digits, maxItems: 10 }, SEVEN);
    expect(result.value).toEqual(new Array(10).fill(7));
    expect(result.growths).toEqual([
      { kind: 'items', path: '', from: 3, to: 6 },
      { kind: 'items', path: '', from: 6, to: 10 },
    ]);
    expect(result.full).toEqual([]);
  });

  it('growRounds 0 keeps the first layout and reports the full array', async () => {
    const result = await generate(digits, SEVEN, 0);
    expect(result.value).toEqual([7, 7, 7]);
    expect(result.growths).toEqual([]);
    expect(result.full).toEqual(['']);
  });

  it('an array with absent items is not grown', async () => {
    const result = await generate(digits, PAD);
    expect(result.value).toEqual([]);
    expect(result.growths).toEqual([]);
    expect(result.full).toEqual([]);
    // no growth round: the same forward passes as with growth turned off
    expect(result.stats.nfe).toBe((await generate(digits, PAD, 0)).stats.nfe);
  });

  it('a nested array grows at its own path; the rest of the value is kept', async () => {
    const schema = {
      type: 'object',
      properties: { code: { type: 'integer', minimum: 0, maximum: 9 }, tags: digits },
      required: ['code', 'tags'],
    };
    const result = await generate(schema, SEVEN, 1);
    expect(result.value).toEqual({ code: 7, tags: [7, 7, 7, 7, 7, 7] });
    expect(result.growths).toEqual([{ kind: 'items', path: '/tags', from: 3, to: 6 }]);
  });

  it('a string slot that uses every token position grows and the model continues the value', async () => {
    const x = tokenizer.encode('x')[0]!;
    const result = await generate({ type: 'string' }, x);
    expect(result.growths).toEqual([
      { kind: 'tokens', path: '', from: 24, to: 48 },
      { kind: 'tokens', path: '', from: 48, to: 96 },
      { kind: 'tokens', path: '', from: 96, to: 192 },
    ]);
    expect(result.value).toBe('x'.repeat(192));
    // still full: the value may be cut
    expect(result.full).toEqual(['']);
    const once = await generate({ type: 'object', properties: { note: { type: 'string' } } }, x, 1);
    expect(once.growths).toEqual([{ kind: 'tokens', path: '/note', from: 26, to: 52 }]);
    // an optional string holds its quotes: the closing quote was rewritten further on
    expect(once.value).toEqual({ note: 'x'.repeat(50) });
  });

  it('a slot whose language holds nothing longer does not grow', async () => {
    const x = tokenizer.encode('x')[0]!;
    for (const schema of [
      { type: 'string', maxLength: 30 },
      { enum: ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'y'] },
    ]) {
      const result = await generate(schema, x);
      expect(result.growths, JSON.stringify(schema)).toEqual([]);
      expect(result.full).toEqual([]);
    }
  });

  it('grownFor: the compile that growth reaches to hold a longer array (the harness counts these)', () => {
    const compiled = compileJsonSchema(digits);
    const ten = new Array(10).fill(4);
    expect(representation(compiled, ten)).toBeUndefined();
    const grown = grownFor(digits, compiled, ten)!;
    expect(grown.report.arrays?.[0]?.items).toBe(12);
    expect(representation(grown, ten)).toBeDefined();
    // three doublings at most: 24 items
    const thirty = new Array(30).fill(4);
    expect(grownFor(digits, compiled, thirty)!.report.arrays?.[0]?.items).toBe(24);
    expect(representation(grownFor(digits, compiled, thirty)!, thirty)).toBeUndefined();
    // nothing to grow
    expect(grownFor(digits, compiled, [1, 2])).toBeUndefined();
    // a text longer than its budget (with a tokenizer): the slot doubles until it fits
    const text = { type: 'string' };
    const long = 'x'.repeat(40);
    expect(representation(compileJsonSchema(text), long)).toBeUndefined();
    const wider = grownFor(text, compileJsonSchema(text), long, {}, 3, tokenizer)!;
    expect(wider.layout.segments.find((segment) => segment.kind === 'slot')?.maxTokens).toBe(48);
    expect(representation(wider, long)).toBeDefined();
  });

  it('compile.items sets the item slots of one array by pointer; the report tells which may grow', () => {
    const schema = { type: 'object', properties: { a: digits, b: digits }, required: ['a', 'b'] };
    const compiled = compileJsonSchema(schema, { items: { '#/properties/b': 5 } });
    expect(compiled.report.arrays).toEqual([
      { pointer: '#/properties/a', path: '/a', items: 3, more: true },
      { pointer: '#/properties/b', path: '/b', items: 5, more: true },
    ]);
    expect(fullArrays(compiled, { a: [1, 2], b: [1, 2, 3, 4, 5] })).toEqual([
      { pointer: '#/properties/b', path: '/b', items: 5, more: true },
    ]);
    // clamped to maxItems and minItems
    const bounded = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 40 };
    expect(compileJsonSchema(bounded, { items: { '#': 100 } }).report.arrays?.[0]?.items).toBe(40);
    expect(compileJsonSchema(bounded, { items: { '#': 0 } }).report.arrays?.[0]?.items).toBe(2);
  });
});

describe('full maps grow', () => {
  const scores = { type: 'object', additionalProperties: { type: 'integer', minimum: 0, maximum: 9 } };
  const entries = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`k${k}`, k % 10]));

  it('the report tells the entries of each free-form object and which may grow', () => {
    const schema = {
      type: 'object',
      properties: { id: { type: 'integer' }, extra: scores },
      required: ['id'],
      additionalProperties: false,
    };
    const compiled = compileJsonSchema(schema, { entries: { '#/properties/extra': 3 } });
    expect(compiled.report.maps).toEqual([
      { pointer: '#/properties/extra', path: '/extra', perMap: 3, entries: 3, declared: [], more: true },
    ]);
    // full: every entry offered is used (declared properties do not count)
    expect(fullMaps(compiled, { id: 1, extra: entries(3) }).map((map) => map.path)).toEqual(['/extra']);
    expect(fullMaps(compiled, { id: 1, extra: entries(2) })).toEqual([]);
    const mixed = compileJsonSchema({
      type: 'object',
      properties: { a: { type: 'integer' } },
      additionalProperties: { type: 'integer' },
    });
    expect(mixed.report.maps?.[0]?.declared).toEqual(['a']);
    expect(fullMaps(mixed, { a: 1, x: 2 })).toEqual([]);
    expect(fullMaps(mixed, { a: 1, x: 2, y: 3 })).toHaveLength(1);
    // maxProperties reached: nothing more to offer
    const capped = compileJsonSchema({ ...scores, maxProperties: 2 });
    expect(capped.report.maps?.[0]?.more).toBe(false);
  });

  it('grownFor: the compile that growth reaches to hold more entries', () => {
    const compiled = compileJsonSchema(scores);
    const five = entries(5);
    expect(representation(compiled, five)).toBeUndefined();
    const grown = grownFor(scores, compiled, five)!;
    expect(grown.report.maps?.[0]?.entries).toBe(8);
    expect(representation(grown, five)).toBeDefined();
    expect(grown.decode(representation(grown, five)!)).toEqual(five);
    // maxProperties bounds growth: 3 entries at most
    const capped = { ...scores, maxProperties: 3 };
    const three = grownFor(capped, compileJsonSchema(capped), entries(3))!;
    expect(three.report.maps?.[0]?.entries).toBe(3);
    expect(representation(three, entries(3))).toBeDefined();
    expect(grownFor(scores, compiled, entries(2))).toBeUndefined();
  });

  it('growCanvas offers twice the entries and masks only the new ones', () => {
    const compiled = compileJsonSchema(scores);
    const value = entries(2);
    const canvas = representation(compiled, value)!;
    const grown = growCanvas({
      jsonSchema: scores,
      compiled,
      canvas,
      validate: schemaValidator(scores),
      value,
      tokenizer,
      model: uniformModel(),
      prompt: undefined,
    })!;
    expect(grown.growths).toEqual([{ kind: 'entries', path: '', from: 2, to: 4 }]);
    expect(grown.compile.entries).toEqual({ '#': 4 });
    const masked = (path: string) =>
      grown.canvas.slots
        .filter((slot) => slot.spec.path === path || slot.spec.path.startsWith(`${path}/`))
        .map((slot) =>
          grown.canvas.status.slice(slot.start, slot.start + slot.length).every((s) => s === MASKED),
        );
    expect(masked('/*0').every((m) => !m)).toBe(true);
    expect(masked('/*1').every((m) => !m)).toBe(true);
    for (const entry of ['/*2', '/*3']) {
      expect(masked(entry).length).toBeGreaterThan(0);
      expect(masked(entry).every(Boolean), entry).toBe(true);
    }
    // entries already written keep their slots, an empty string value included (a new entry is
    // told by its key slot alone)
    const texts = { type: 'object', additionalProperties: { type: 'string' } };
    const blank = { a: '', b: 'x' };
    const textsCompiled = compileJsonSchema(texts);
    const kept = growCanvas({
      jsonSchema: texts,
      compiled: textsCompiled,
      canvas: representation(textsCompiled, blank)!,
      validate: schemaValidator(texts),
      value: blank,
      tokenizer,
      model: uniformModel(),
      prompt: undefined,
    })!;
    expect(kept.growths).toEqual([{ kind: 'entries', path: '', from: 2, to: 4 }]);
    const maskedAt = (path: string) =>
      kept.canvas.slots
        .filter((slot) => slot.spec.path === path)
        .some((slot) => kept.canvas.status.slice(slot.start, slot.start + slot.length).includes(MASKED));
    expect(maskedAt('/*0')).toBe(false);
    expect(maskedAt('/*1')).toBe(false);
    expect(maskedAt('/*2')).toBe(true);
    // not full: nothing to grow
    expect(
      growCanvas({
        jsonSchema: scores,
        compiled,
        canvas: representation(compiled, entries(1))!,
        validate: schemaValidator(scores),
        value: entries(1),
        tokenizer,
        model: uniformModel(),
        prompt: undefined,
      }),
    ).toBeUndefined();
  });
});
