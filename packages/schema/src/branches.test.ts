import { favouring, ScriptedModel } from '@unmask/core/test';
import { describe, expect, it } from 'vitest';
import { chooseBranches } from './branches';
import { compileJsonSchema } from './compile';
import { generateObject } from './generate';
import { emptyCanvas, independentValidator, MASK, PAD, tokenizer } from './test-support';
import type { CompiledSchema, JsonSchema } from './types';

const person = {
  type: 'object',
  properties: { name: { type: 'string', maxLength: 12 }, age: { type: 'integer', minimum: 0, maximum: 120 } },
  required: ['name', 'age'],
  additionalProperties: false,
};
const company = {
  type: 'object',
  properties: { company: { type: 'string', maxLength: 12 }, open: { type: 'boolean' } },
  required: ['company', 'open'],
  additionalProperties: false,
};
const contact: JsonSchema = {
  type: 'object',
  properties: { who: { anyOf: [person, company] } },
  required: ['who'],
  additionalProperties: false,
};

const text = (ids: Int32Array) =>
  tokenizer.decode(Array.from(ids).filter((id) => id !== MASK && id !== PAD && id < tokenizer.vocabSize));

/**
 * a model that is sure of every slot position of the canvas `compiled` builds when the canvas it
 * sees holds `"key"` (it writes `fill` into the first slot, pad elsewhere), and has no preference
 * on other canvases.
 */
function keyLover(key: string, compiled: CompiledSchema, fill: string) {
  const canvas = emptyCanvas(compiled);
  const wanted = new Map<number, number>();
  const fillIds = tokenizer.encode(fill);
  for (const [k, slot] of canvas.slots.entries())
    for (let i = 0; i < slot.length; i++)
      wanted.set(slot.start + i, k === 0 && i < fillIds.length ? fillIds[i]! : PAD);
  return new ScriptedModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: MASK,
    padTokenId: PAD,
    maxLength: 1 << 16,
    logits: favouring(tokenizer.vocabSize, (b, p, ids, length) => {
      const row = ids.subarray(b * length, (b + 1) * length);
      return text(row).includes(`"${key}"`) ? (wanted.get(p) ?? -1) : -1;
    }),
  });
}

describe('union of composite branches', () => {
  it('reports each union of objects with the branches that compile and the one offered', () => {
    const compiled = compileJsonSchema(contact);
    expect(compiled.report.unions).toEqual([
      { pointer: '#/properties/who', keyword: 'anyOf', candidates: [0, 1], chosen: 0 },
    ]);
    const second = compileJsonSchema(contact, { branches: { '#/properties/who': 1 } });
    expect(second.report.unions?.[0]?.chosen).toBe(1);
    expect(second.layout.segments.some((s) => s.kind === 'fixed' && s.text.includes('"company"'))).toBe(true);
    expect(compiled.layout.segments.some((s) => s.kind === 'fixed' && s.text.includes('"company"'))).toBe(
      false,
    );
  });

  it('an out-of-range or uncompilable branch choice falls back to the first that compiles', () => {
    const compiled = compileJsonSchema(contact, { branches: { '#/properties/who': 7 } });
    expect(compiled.report.unions?.[0]?.chosen).toBe(0);
  });

  it('the model picks the branch whose canvas it is most confident about (one extra forward pass)', async () => {
    for (const [key, branch, fill, expected] of [
      ['company', 1, 'Acme', { company: 'Acme' }],
      ['name', 0, 'Ada', { name: 'Ada' }],
    ] as const) {
      const model = keyLover(
        key,
        compileJsonSchema(contact, { branches: { '#/properties/who': branch } }),
        fill,
      );
      const result = await generateObject({ model, tokenizer, schema: contact, seed: 1 });
      expect(independentValidator(contact)(result.value)).toBe(true);
      expect(result.value).toMatchObject({ who: expected });
      expect(result.branches).toHaveLength(1);
      expect(result.branches[0]!.chosen).toBe(branch);
      expect(result.branches[0]!.scores).toHaveLength(2);
      // the choosing pass scored both canvases in one batch, and is counted
      expect(model.calls[0]!.batch).toBe(2);
      expect(result.stats.nfe).toBe(model.calls.length);
    }
  });

  it('a union nested in the chosen branch is decided by a second pass', async () => {
    const school = {
      type: 'object',
      properties: { school: { type: 'string', maxLength: 8 } },
      required: ['school'],
      additionalProperties: false,
    };
    const org = {
      type: 'object',
      properties: { org: { anyOf: [company, school] } },
      required: ['org'],
      additionalProperties: false,
    };
    const nested = {
      type: 'object',
      properties: { who: { anyOf: [person, org] } },
      required: ['who'],
      additionalProperties: false,
    };
    // more sure of canvases that hold "org", most sure of those that also hold "school"
    const V = tokenizer.vocabSize;
    const model = new ScriptedModel({
      vocabSize: V,
      maskTokenId: MASK,
      padTokenId: PAD,
      maxLength: 1 << 16,
      logits: (input) => {
        const out = new Float32Array(input.batch * input.length * V);
        for (let b = 0; b < input.batch; b++) {
          const row = text(input.ids.subarray(b * input.length, (b + 1) * input.length));
          const strength = row.includes('"school"') ? 10 : row.includes('"org"') ? 5 : 0;
          for (let p = 0; p < input.length; p++) out[(b * input.length + p) * V + PAD] = strength;
        }
        return out;
      },
    });
    const result = await generateObject({ model, tokenizer, schema: nested, seed: 1 });
    expect(independentValidator(nested)(result.value)).toBe(true);
    // in the order the compiler met them: the inner union is finished first
    expect(result.branches.map(({ pointer, chosen }) => ({ pointer, chosen }))).toEqual([
      { pointer: '#/properties/who/anyOf/1/properties/org', chosen: 1 },
      { pointer: '#/properties/who', chosen: 1 },
    ]);
    expect(Object.keys((result.value as { who: { org: object } }).who.org)).toEqual(['school']);
    // two choosing passes (one per level), each a batch of two canvases, both counted
    expect(model.calls[0]!.batch).toBe(2);
    expect(model.calls[1]!.batch).toBe(2);
    expect(result.stats.nfe).toBe(model.calls.length);
    // maxPasses 1: the nested union keeps its first branch
    const once = await chooseBranches({
      jsonSchema: nested,
      compiled: compileJsonSchema(nested),
      validate: () => [],
      tokenizer,
      model,
      prompt: undefined,
      maxPasses: 1,
    });
    expect(once.nfe).toBe(1);
    expect(once.choices.map((c) => c.chosen)).toEqual([0, 1]);
  });

  it('a choice fixed in compile.branches is kept, not scored', async () => {
    const model = keyLover(
      'company',
      compileJsonSchema(contact, { branches: { '#/properties/who': 1 } }),
      'Acme',
    );
    const compile = { branches: { '#/properties/who': 0 } };
    const result = await generateObject({ model, tokenizer, schema: contact, seed: 1, compile });
    expect(result.branches[0]!.chosen).toBe(0);
    expect(Object.keys((result.value as { who: object }).who).sort()).toEqual(['age', 'name']);
    expect(model.calls.every((call) => call.batch === 1)).toBe(true);
  });

  it("branchSelection 'first' spends no forward pass on choosing", async () => {
    const model = keyLover(
      'company',
      compileJsonSchema(contact, { branches: { '#/properties/who': 1 } }),
      'Acme',
    );
    const result = await generateObject({
      model,
      tokenizer,
      schema: contact,
      seed: 1,
      branchSelection: 'first',
    });
    expect(result.branches[0]!.chosen).toBe(0);
    expect(Object.keys((result.value as { who: object }).who).sort()).toEqual(['age', 'name']);
    expect(model.calls.every((call) => call.batch === 1)).toBe(true);
    expect(result.stats.nfe).toBe(model.calls.length);
  });

  it('a schema without composite unions spends nothing on choosing', async () => {
    const model = keyLover('name', compileJsonSchema(person), 'Ada');
    const result = await generateObject({ model, tokenizer, schema: person, seed: 1 });
    expect(result.branches).toEqual([]);
    expect(result.value).toMatchObject({ name: 'Ada' });
    expect(result.stats.nfe).toBe(model.calls.length);
  });

  it('oneOf of objects: the chosen branch is honoured and the value validates', async () => {
    const schema: JsonSchema = { oneOf: [person, company] };
    const model = keyLover('company', compileJsonSchema(schema, { branches: { '#': 1 } }), 'Initech');
    const result = await generateObject({ model, tokenizer, schema, seed: 3 });
    expect(result.branches[0]).toMatchObject({ pointer: '#', keyword: 'oneOf', chosen: 1 });
    expect(independentValidator(schema)(result.value)).toBe(true);
    expect(result.value).toMatchObject({ company: 'Initech' });
  });
});
