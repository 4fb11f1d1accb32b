/** helpers shared by the schema tests (not exported from the package). */
import { type Canvas, writeSlotTexts } from '@unmask/core';
import { favouring, ScriptedModel, UniformRandomModel } from '@unmask/core/test';
import { Ajv, type FuncKeywordDefinition, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { compileJsonSchema } from './compile';
import { coverageTokenizer } from './coverage';
import { buildSchemaCanvas } from './generate';
import type { CompiledSchema, JsonSchema, SchemaCompileOptions } from './types';

export const tokenizer = coverageTokenizer();
export const MASK = tokenizer.special('<mask>');
export const PAD = tokenizer.special('<pad>');

/** the worst-case model: every allowed token equally plausible (seeded). */
export const uniformModel = (seed = 0) =>
  new UniformRandomModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: MASK,
    padTokenId: PAD,
    maxLength: 1 << 16,
    seed,
  });

type Checker = {
  compile(schema: object | boolean): ValidateFunction;
  removeKeyword(keyword: string): unknown;
  addKeyword(definition: FuncKeywordDefinition): unknown;
};
const checkers = new Map<string, Checker>();

/** JSON equality by structure, own keys only (written apart from the package's canonical texts). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) &&
        sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/** ajv's enum, const and uniqueItems call a value's `toString`/`valueOf` members: these compare them as data. */
const equalityKeywords: FuncKeywordDefinition[] = [
  {
    keyword: 'enum',
    schemaType: 'array',
    validate: (allowed: unknown[], data: unknown) => allowed.some((value) => sameJson(value, data)),
  },
  { keyword: 'const', validate: (allowed: unknown, data: unknown) => sameJson(allowed, data) },
  {
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    validate: (unique: boolean, data: unknown[]) =>
      !unique || data.every((item, i) => data.slice(0, i).every((other) => !sameJson(other, item))),
  },
];

/**
 * an ajv independent of the package's own validator (fresh instances, formats on), so that a
 * bug in `validate.ts` cannot hide a bug in the compiler.
 */
export function independentValidator(schema: JsonSchema): (value: unknown) => boolean {
  const declared = typeof schema === 'object' && typeof schema.$schema === 'string' ? schema.$schema : '';
  const draft = /draft-04/.test(declared) ? '04' : /2020-12/.test(declared) ? '2020' : '07';
  let checker = checkers.get(draft);
  if (!checker) {
    const Ctor = (draft === '04' ? AjvDraft04 : draft === '2020' ? Ajv2020 : Ajv) as unknown as new (
      options: object,
    ) => Checker;
    checker = new Ctor({ strict: false, allErrors: true, validateFormats: true, logger: false });
    (addFormats as unknown as (ajv: Checker) => void)(checker);
    for (const definition of equalityKeywords) {
      checker.removeKeyword(definition.keyword as string);
      checker.addKeyword(definition);
    }
    if (draft === '07')
      (checker as unknown as { addMetaSchema(s: object): void }).addMetaSchema(draft06MetaSchema);
    checkers.set(draft, checker);
  }
  const copy = typeof schema === 'object' ? { ...schema } : schema;
  if (typeof copy === 'object') delete copy.$id;
  const validate = checker.compile(copy);
  return (value) => validate(value) as boolean;
}

/** the empty canvas of a compiled schema for the test tokenizer. */
export const emptyCanvas = (compiled: CompiledSchema): Canvas =>
  buildSchemaCanvas(compiled.layout, tokenizer, uniformModel(), undefined);

/** the canvas holding `value`, or undefined when the layout cannot represent it. */
export function representation(compiled: CompiledSchema, value: unknown, canvas = emptyCanvas(compiled)) {
  const texts = compiled.encode(value);
  return texts ? writeSlotTexts(canvas, texts) : undefined;
}

/** encode, write onto a canvas, decode: the value that comes back (undefined when not representable). */
export function roundTrip(schema: JsonSchema, value: unknown, options?: SchemaCompileOptions) {
  const compiled = compileJsonSchema(schema, options);
  const canvas = representation(compiled, value);
  return canvas ? { value: compiled.decode(canvas) } : undefined;
}

/**
 * a scripted model that writes `texts[k]` into slot k of the canvas `compiled` builds (pad after
 * the text); slots without a text get no preference.
 */
export function scriptedModel(compiled: CompiledSchema, texts: Record<number, string>) {
  const canvas = emptyCanvas(compiled);
  const wanted = new Map<number, number>();
  for (const [k, text] of Object.entries(texts)) {
    const slot = canvas.slots[Number(k)]!;
    const ids = tokenizer.encode(text);
    for (let i = 0; i < slot.length; i++) wanted.set(slot.start + i, i < ids.length ? ids[i]! : PAD);
  }
  return new ScriptedModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: MASK,
    padTokenId: PAD,
    maxLength: 1 << 16,
    logits: favouring(tokenizer.vocabSize, (_batch, position) => wanted.get(position) ?? -1),
  });
}
