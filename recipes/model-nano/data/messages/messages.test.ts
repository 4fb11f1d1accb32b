import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileJsonSchema, schemaValidator } from '@unmask/schema';
import { describe, expect, it } from 'vitest';
import { estimateCanvasTokens } from '../budget';
import type { Example } from '../examples';
import { Rand } from '../rand';
import { GROUP_KEYS, KEYS, parseTemplate, rowCells } from './format';
import {
  drawTemplate,
  HELD_MAIN_KEYS,
  messageDraw,
  messageExample,
  messageExamples,
  streamMessage,
  TEMPLATE_GROUPS,
  TEMPLATES,
  templateSplit,
  templatesOf,
} from './generate';

const MAX_TOKENS = 250;
const train = Array.from({ length: 500 }, (_, i) => messageDraw(i, { seed: 5, split: 'train' }));
const heldout = Array.from({ length: 150 }, (_, i) => messageDraw(i, { seed: 5, split: 'heldout' }));
const all = [...train, ...heldout];
const examples: Example[] = all.map((d) => d.example);

/** key names of a schema, nested ones and those of array items included. */
function keysOf(schema: Record<string, unknown>): string[] {
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props).flatMap(([k, s]) => [
    k,
    ...keysOf(s),
    ...(s.items ? keysOf(s.items as Record<string, unknown>) : []),
  ]);
}

describe('message templates', () => {
  it('are many, hand-written across many domains, in groups of a size more writers can add to', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    expect(new Set(TEMPLATES.map((t) => t.domain)).size).toBeGreaterThanOrEqual(20);
    for (const g of TEMPLATE_GROUPS) {
      expect(g.templates.length, g.name).toBeGreaterThanOrEqual(20);
      expect(g.templates.length, g.name).toBeLessThanOrEqual(40);
    }
    // every template parses, states three facts or more, and its text has no stray braces
    for (const t of TEMPLATES) {
      const p = parseTemplate(t);
      const answers = new Set(p.holes.filter((h) => !h.distractor).map((h) => `${h.var}.${h.part ?? ''}`));
      expect(answers.size, t.id).toBeGreaterThanOrEqual(3);
      const literal = p.sections.flatMap((s) => s.pieces.filter((x) => typeof x === 'string')).join('');
      expect(literal, t.id).not.toMatch(/[{}]|\[\[|\]\]/);
    }
  });

  it('hold out about a tenth by template id, disjoint from training', () => {
    const held = templatesOf('heldout');
    const trainIds = new Set(templatesOf('train').map((t) => t.id));
    expect(held.length / TEMPLATES.length).toBeGreaterThan(0.07);
    expect(held.length / TEMPLATES.length).toBeLessThan(0.15);
    expect(held.filter((t) => trainIds.has(t.id))).toEqual([]);
    expect(held.length + trainIds.size).toBe(TEMPLATES.length);
    // examples of a split come from that split's templates only
    const used = (list: typeof all) => new Set(list.map((d) => d.template.id));
    for (const id of used(train)) expect(templateSplit(id)).toBe('train');
    for (const id of used(heldout)) expect(templateSplit(id)).toBe('heldout');
    expect(used(heldout).size).toBeGreaterThan(held.length * 0.8);
  });

  it('name every answer field by hand-written key synonyms', () => {
    const missing = new Set<string>();
    for (const t of TEMPLATES) {
      for (const h of parseTemplate(t).holes) {
        if (h.distractor) continue;
        const names = h.part ? h.path : h.path.slice(0, -1);
        for (const g of names)
          if (!t.keys?.[g] && !GROUP_KEYS[g] && !KEYS[g]) missing.add(`${t.id}: group ${g}`);
        const leaf = h.path[h.path.length - 1]!;
        if (!h.part && !t.keys?.[leaf] && !KEYS[leaf]) missing.add(`${t.id}: ${leaf}`);
        if (h.kind === 'rows')
          for (const c of rowCells(h))
            if (!t.keys?.[c.name] && !KEYS[c.name]) missing.add(`${t.id}: ${c.name}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('message examples', () => {
  it('are a pure function of (seed, split, index)', () => {
    expect(messageExample(17, { seed: 5, split: 'train' })).toEqual(train[17]!.example);
    expect(messageExamples({ seed: 5, count: 20, split: 'heldout' })).toEqual(
      heldout.slice(0, 20).map((d) => d.example),
    );
    expect(messageExample(17, { seed: 6, split: 'train' })).not.toEqual(train[17]!.example);
  });

  it('have values that validate against their schema (ajv) and fit its layout', () => {
    for (const e of examples) {
      expect(schemaValidator(e.schema)(e.value), `${e.id} ${e.meta.templates}`).toEqual([]);
      expect(compileJsonSchema(e.schema, { stringTokens: 16 }).encode(e.value), e.id).toBeDefined();
    }
  });

  it('copy every answer string from the prompt', () => {
    let copies = 0;
    for (const d of all)
      for (const text of d.copies) {
        copies++;
        expect(d.example.prompt, `${d.example.id} ${d.template.id}: ${text}`).toContain(text);
      }
    expect(copies).toBeGreaterThan(examples.length);
  });

  it('fit the model: prompts of at most ~600 characters, canvases within the budget', () => {
    for (const e of examples) {
      expect(e.prompt.length, e.id).toBeLessThanOrEqual(640);
      expect(estimateCanvasTokens(e.prompt, e.schema, 16), e.id).toBeLessThanOrEqual(MAX_TOKENS);
    }
    // and every template can be drawn within them with two fields or more
    for (const t of TEMPLATES) {
      let good = 0;
      for (let i = 0; i < 6; i++) {
        const d = drawTemplate(t, new Rand(11, i, 7), templateSplit(t.id));
        const e = d.example;
        const fields = Object.keys(e.value).length;
        if (e.prompt.length <= 640 && estimateCanvasTokens(e.prompt, e.schema) <= MAX_TOKENS && fields >= 2)
          good++;
      }
      expect(good, t.id).toBeGreaterThanOrEqual(3);
    }
    // about 3,700 canvas estimates: 20-60 s on this 2-core machine, more when it is loaded
  }, 240_000);

  it('ask for absent and optional fields now and then, nested objects and arrays too', () => {
    const fields = examples.reduce((n, e) => n + e.meta.fields, 0);
    const absent = examples.reduce((n, e) => n + e.meta.absent, 0);
    expect(absent / fields).toBeGreaterThan(0.03);
    expect(absent / fields).toBeLessThan(0.25);
    const nested = examples.filter((e) => e.meta.signature.includes('/'));
    expect(nested.length).toBeGreaterThan(examples.length * 0.1);
    const arrays = examples.filter((e) => JSON.stringify(e.schema).includes('"type":"array"'));
    // about 5 % of message schemas ask for an array (36, 39, 32 of 650 draws for seeds 5-7 before
    // opaque keys re-ordered the draws; 27, 41, 32 after): 4 % is the floor this test holds
    expect(arrays.length).toBeGreaterThan(examples.length * 0.04);
    const described = examples.filter((e) => JSON.stringify(e.schema).includes('"description"'));
    expect(described.length).toBeGreaterThan(examples.length * 0.2);
    const enums = examples.filter((e) => JSON.stringify(e.schema).includes('"enum"'));
    expect(enums.length).toBeGreaterThan(examples.length * 0.2);
  });

  it('never use, in training, a key the main generator holds out', () => {
    const used = train.flatMap((d) => keysOf(d.example.schema));
    expect(used.filter((k) => HELD_MAIN_KEYS.has(k))).toEqual([]);
  });

  it('join the corpus stream at the asked share only', () => {
    const options = { seed: 3, heldoutFrac: 0.05 };
    expect(
      Array.from({ length: 200 }, (_, i) => streamMessage(i, { ...options, share: 0 })).filter(Boolean),
    ).toEqual([]);
    const half = Array.from({ length: 400 }, (_, i) => streamMessage(i, { ...options, share: 0.5 }));
    const n = half.filter(Boolean).length;
    expect(n).toBeGreaterThan(150);
    expect(n).toBeLessThan(250);
  });
});

// the realistic hand-written test set: read here only, never by whoever writes templates
const REAL = fileURLToPath(new URL('../../../../eval/real/', import.meta.url));
const realFiles = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.jsonl')) : [];

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function grams(text: string, n = 8): string[] {
  const w = wordsOf(text);
  return Array.from({ length: Math.max(0, w.length - n + 1) }, (_, i) => w.slice(i, i + n).join(' '));
}

describe('disjointness from the realistic test set', () => {
  it.skipIf(realFiles.length === 0)('shares no 8-word sequence with 2,000 generated prompts', () => {
    const generated = new Set<string>();
    // (MESSAGE_PROMPTS=N checks more prompts, for a writer adding templates)
    const count = Number(process.env.MESSAGE_PROMPTS ?? 2000);
    for (let i = 0; i < count; i++) {
      const split = i % 10 === 0 ? 'heldout' : 'train';
      for (const g of grams(messageExample(i, { seed: 1, split }).prompt)) generated.add(g);
    }
    const shared: string[] = [];
    for (const file of realFiles)
      for (const line of readFileSync(`${REAL}${file}`, 'utf8').split('\n')) {
        const trimmed = line.trim();
        if (!trimmed || trimmed.startsWith('//')) continue;
        const prompt = (JSON.parse(trimmed) as { prompt?: unknown }).prompt;
        if (typeof prompt !== 'string') continue;
        for (const g of grams(prompt)) if (generated.has(g)) shared.push(`${file}: ${g}`);
      }
    expect(shared).toEqual([]);
  });
});
