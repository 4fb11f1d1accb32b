import { compileJsonSchema, schemaValidator } from '@unmask/schema';
import { describe, expect, it } from 'vitest';
import { composePhrasing, composeRaw, shapeOf, tooClose } from './compose';
import { type Example, fitSchema, generateExample, generateExamples } from './examples';
import { GROUPS, KINDS, keyNames } from './facts';
import {
  ABSENT,
  ABSENT_MORE,
  BOOL_LABEL,
  BOOL_LABEL_MORE,
  FILLERS,
  INLINE,
  INLINE_MORE,
  INSTRUCTIONS,
  LINES,
  LINES_MORE,
  ofSplit,
  ROWS,
  ROWS_MORE,
  SENTENCES,
  SENTENCES_MORE,
} from './phrasings';
import { Rand } from './rand';
import { SCENARIOS } from './scenarios';
import { syntheticKind, TAKEN_WORDS } from './synthetic';

const COUNT = 400;
const examples: Example[] = [...generateExamples(COUNT, { seed: 7, heldoutFrac: 0.25 })];
const train = examples.filter((e) => e.split === 'train');
const heldout = examples.filter((e) => e.split === 'heldout');

describe('training examples', () => {
  it('are a pure function of (seed, index)', () => {
    expect(generateExample(12, { seed: 7, heldoutFrac: 0.25 })).toEqual(examples[12]);
    // order of generation does not matter
    const late = generateExample(300, { seed: 7, heldoutFrac: 0.25 });
    generateExample(5, { seed: 7, heldoutFrac: 0.25 });
    expect(late).toEqual(examples[300]);
    expect(generateExample(12, { seed: 8 })).not.toEqual(examples[12]);
  });

  it('have all three kinds and both splits', () => {
    for (const kind of ['extraction', 'record', 'template'])
      expect(examples.some((e) => e.kind === kind)).toBe(true);
    expect(heldout.length).toBeGreaterThan(50);
  });

  it('offer many phrasing families', () => {
    const generic = [SENTENCES, LINES, ROWS, INLINE, BOOL_LABEL, ABSENT, FILLERS, INSTRUCTIONS].reduce(
      (n, list) => n + list.length,
      0,
    );
    const own = KINDS.reduce((n, k) => n + (k.phrasings?.length ?? 0) + (k.predicates?.length ?? 0), 0);
    expect(KINDS.length).toBeGreaterThanOrEqual(40);
    expect(generic + own).toBeGreaterThanOrEqual(100);
  });

  it('keep held-out phrasings, key synonyms and schemas out of training', () => {
    const trainTemplates = new Set(train.flatMap((e) => e.meta.templates));
    const heldTemplates = new Set(heldout.flatMap((e) => e.meta.templates));
    expect([...heldTemplates].filter((t) => trainTemplates.has(t))).toEqual([]);
    const trainSignatures = new Set(train.map((e) => e.meta.signature));
    expect(heldout.filter((e) => trainSignatures.has(e.meta.signature)).map((e) => e.meta.signature)).toEqual(
      [],
    );
    // no held-out synonym, in any case style, is a key in training
    const heldKeys = new Set(
      [
        ...KINDS.map((k) => k.keys),
        ...GROUPS.map((g) => g.keys),
        ...SCENARIOS.flatMap((s) => s.fields.map((f) => f.keys)),
      ].flatMap((keys) => keyNames(keys, 'heldout')),
    );
    const trainKeys = new Set(train.flatMap((e) => e.meta.signature.replace(/^\w+:/, '').split(/[,/]/)));
    expect([...trainKeys].filter((k) => heldKeys.has(k))).toEqual([]);
  });

  it('use the training-only phrasings in training, and none of them resembles a held-out one', () => {
    const extensions = [SENTENCES_MORE, LINES_MORE, ROWS_MORE, INLINE_MORE, BOOL_LABEL_MORE, ABSENT_MORE];
    // no case, spaces, list markers or final stop: "* {L}? {yn}" and "{L}? {yn}" are the same phrasing
    const held = new Set(
      [SENTENCES, LINES, ROWS, INLINE, BOOL_LABEL, ABSENT]
        .flatMap((list) => ofSplit(list, 'heldout'))
        .map((p) => shapeOf(p.text)),
    );
    for (const list of extensions)
      for (const p of list) expect(held.has(shapeOf(p.text)), p.text).toBe(false);
    const extensionIds = new Set(extensions.flatMap((list) => list.map((p) => p.id)));
    const usedInTrain = new Set(train.flatMap((e) => e.meta.templates).filter((t) => extensionIds.has(t)));
    expect(usedInTrain.size).toBeGreaterThan(20);
    expect(heldout.flatMap((e) => e.meta.templates).filter((t) => extensionIds.has(t))).toEqual([]);
  });

  it('leave 15-20% of fields absent, and only optional ones', () => {
    const scored = examples.filter((e) => e.kind !== 'template');
    const fields = scored.reduce((n, e) => n + e.meta.fields, 0);
    const absent = scored.reduce((n, e) => n + e.meta.absent, 0);
    expect(absent / fields).toBeGreaterThanOrEqual(0.15);
    expect(absent / fields).toBeLessThanOrEqual(0.2);
  });

  it('have values that validate against their own schema and fit its layout', () => {
    for (const e of examples) {
      expect(schemaValidator(e.schema)(e.value), e.id).toEqual([]);
      expect(compileJsonSchema(e.schema, { stringTokens: 16 }).encode(e.value), e.id).toBeDefined();
    }
  });

  it('mention booleans both ways in the same frame', () => {
    const frames = new Map<string, Set<boolean>>();
    for (const e of train) {
      for (const t of e.meta.templates) {
        if (!/\.p\d+$/.test(t)) continue;
        // the boolean value of that kind's field, when it is in the schema
        const kind = t.split('.')[0]!;
        const at = e.meta.kinds.indexOf(kind);
        if (at < 0) continue;
        const values = Object.values(e.value).filter((v) => typeof v === 'boolean');
        for (const v of values) (frames.get(t) ?? frames.set(t, new Set()).get(t)!).add(v);
      }
    }
    const both = [...frames.values()].filter((s) => s.size === 2).length;
    expect(both).toBeGreaterThan(5);
  });

  it('compose phrasings for training only, none close to a held-out one', () => {
    const heldShapes = [SENTENCES, LINES, ROWS, INLINE, BOOL_LABEL, ABSENT].flatMap((l) =>
      ofSplit(l, 'heldout').map((p) => p.text),
    );
    // the guard rejects every held-out template, a one-word change of a held-out sentence, and
    // separators only held-out templates use
    for (const text of heldShapes) expect(tooClose(text), text).toBeDefined();
    expect(tooClose('Kindly set the {l} to {v}.')).toBeDefined();
    expect(tooClose('- {L} => {v}')).toBeDefined();
    expect(tooClose('Our {l} reads {v}!')).toBeUndefined();
    const r = new Rand(3, 0);
    const families = ['sentence', 'line', 'row', 'inline', 'bool', 'boolRow', 'absent', 'absentRow'] as const;
    const texts = new Set<string>();
    for (const family of families)
      for (let i = 0; i < 300; i++) {
        const p = composePhrasing(r, family);
        expect(tooClose(p.text), p.text).toBeUndefined();
        expect(heldShapes.map(shapeOf)).not.toContain(shapeOf(p.text));
        if (family.endsWith('Row') && !p.text.startsWith('|')) expect(p.text).toMatch(/[,;\t|]/);
        texts.add(p.text);
      }
    expect(texts.size).toBeGreaterThan(1500);
    // the raw grammar does reach held-out shapes: the guard is what keeps them out
    const raw = Array.from({ length: 3000 }, () => composeRaw(r, 'sentence'));
    expect(raw.some((t) => tooClose(t) !== undefined)).toBe(true);
    // composed mentions appear in training only, and held-out examples do not change
    const composed = [...generateExamples(200, { seed: 7, heldoutFrac: 0.25, composed: true })];
    const used = composed.filter((e) => e.meta.templates.some((t) => t.startsWith('C.')));
    expect(used.length).toBeGreaterThan(50);
    expect(used.every((e) => e.split === 'train')).toBe(true);
    expect(composed.filter((e) => e.split === 'heldout')).toEqual(
      examples.slice(0, 200).filter((e) => e.split === 'heldout'),
    );
  });
});

describe('invented field kinds (synthetic)', () => {
  const mixed = [...generateExamples(300, { seed: 9, heldoutFrac: 0.25, composed: true, synthetic: 0.5 })];

  it('appear in training, never in held-out examples', () => {
    const trainSynthetic = mixed.filter((e) => e.split === 'train' && e.meta.kinds?.includes('synthetic'));
    expect(trainSynthetic.length).toBeGreaterThan(50);
    expect(mixed.filter((e) => e.split === 'heldout' && e.meta.kinds?.includes('synthetic'))).toEqual([]);
    // and the held-out examples are the ones the stream without them has
    const plain = [...generateExamples(300, { seed: 9, heldoutFrac: 0.25, composed: true })];
    expect(mixed.filter((e) => e.split === 'heldout')).toEqual(plain.filter((e) => e.split === 'heldout'));
  });

  it('use no word of a real kind, and their values validate against their schemas', () => {
    const realLabels = new Set(KINDS.flatMap((k) => k.labels));
    let named = 0;
    let relabelled = 0;
    for (let seed = 0; seed < 200; seed++) {
      const kind = syntheticKind(new Rand(seed, 0));
      for (const word of kind.keys[0]!) {
        expect(TAKEN_WORDS.has(word)).toBe(false);
        expect(word).toMatch(/^[a-z]{3,11}$/);
      }
      // named by the key's own words, or (values borrowed from a real kind) by a real label
      const label = kind.labels[0]!;
      if (label === kind.keys[0]!.join(' ')) named++;
      else {
        expect(realLabels.has(label)).toBe(true);
        relabelled++;
      }
      expect(kind.phrasings).toBeUndefined();
      expect(kind.predicates).toBeUndefined();
      const r = new Rand(seed, 1);
      const schema = kind.schema(r);
      const value = kind.gen(r);
      // as examples.ts does: a real kind's faker value may outgrow its maxLength, which is dropped then
      expect(schemaValidator(fitSchema(schema, value))(value)).toEqual([]);
    }
    // about a quarter relabelled (half borrowed, half of those by a real label)
    expect(relabelled).toBeGreaterThan(25);
    expect(named).toBeGreaterThan(100);
  });

  it('a probability of 0 leaves the stream as it was', () => {
    expect([...generateExamples(50, { seed: 9, synthetic: 0 })]).toEqual([
      ...generateExamples(50, { seed: 9 }),
    ]);
    // and a probability of 1 invents every top-level kind of a training schema (nested groups stay real)
    const all = [...generateExamples(80, { seed: 9, synthetic: 1 })].filter(
      (e) => e.split === 'train' && e.kind === 'extraction',
    );
    expect(all.length).toBeGreaterThan(30);
    for (const e of all) {
      const properties = Object.values(
        (e.schema as { properties: Record<string, { type?: unknown }> }).properties,
      );
      const flat = properties.filter((p) => p.type !== 'object').length;
      expect(e.meta.kinds.filter((k) => k === 'synthetic')).toHaveLength(flat);
    }
  });
});
