// Invented field kinds, for training only: made-up key words (faker's word lists, never a word any
// real kind uses in a key or a label) holding generic values named by those words, or a real
// kind's values named by those words or by one of its labels (syntheticKind). A kind the model has
// never seen can only be found by matching the label in the text to the key in the schema, or by
// the shape of its value and the facts the other keys take, which is what the held-out keys ask of
// it; the real kinds teach that only as far as their few hundred keys and labels go. Held-out
// examples never use them.
import { type FieldKind, type Json, KINDS, type SchemaObject } from './facts';
import type { Rand } from './rand';

/** every word a real kind uses in a key or a label (lower case). */
export const TAKEN_WORDS: ReadonlySet<string> = new Set(
  KINDS.flatMap((kind) => [
    ...kind.keys.flat().map((w) => w.toLowerCase()),
    ...kind.labels.flatMap((label) => label.toLowerCase().split(/[^a-z]+/)),
  ]).filter(Boolean),
);

/** a word of 3–11 letters no real kind uses. */
function inventedWord(r: Rand): string {
  for (;;) {
    const draw = r.pick(['noun', 'noun', 'adjective', 'verb'] as const);
    const word = r.en.word[draw]().toLowerCase();
    if (/^[a-z]{3,11}$/.test(word) && !TAKEN_WORDS.has(word)) return word;
  }
}

interface ValueKind {
  schema(r: Rand): SchemaObject;
  gen(r: Rand): Json;
}

const CODE_SHAPES = [
  '[A-Z]{2}-[0-9]{4}',
  '[A-Z]{3}[0-9]{3}',
  '[a-z]{2}[0-9]{5}',
  '[0-9]{3}-[0-9]{3}',
  '[A-Z][0-9]{2}[A-Z]',
];

/** generic values: codes, words, integers, decimals, dates, a choice of words, yes/no. */
function valueKind(r: Rand): ValueKind {
  switch (r.int(0, 6)) {
    case 0: {
      const shape = r.pick(CODE_SHAPES);
      return {
        schema: () => ({ type: 'string', maxLength: 12 }),
        gen: (q) => q.en.helpers.fromRegExp(shape),
      };
    }
    case 1:
      return {
        schema: () => ({ type: 'string' }),
        gen: (q) => q.en.word.words({ count: { min: 1, max: 3 } }),
      };
    case 2: {
      const top = r.pick([10, 100, 1000, 100000]);
      return { schema: () => ({ type: 'integer', minimum: 0, maximum: top }), gen: (q) => q.int(0, top) };
    }
    case 3:
      return {
        schema: () => ({ type: 'number' }),
        gen: (q) => Number(`${q.int(0, 999)}.${q.int(1, 9)}${q.chance(0.5) ? q.int(1, 9) : ''}`),
      };
    case 4:
      return {
        schema: () => ({ type: 'string', format: 'date' }),
        gen: (q) => q.en.date.between({ from: '2015-01-01', to: '2030-12-31' }).toISOString().slice(0, 10),
      };
    case 5: {
      const options = new Set<string>();
      const count = r.int(3, 5);
      while (options.size < count) options.add(inventedWord(r));
      const values = [...options];
      return { schema: () => ({ type: 'string', enum: values }), gen: (q) => q.pick(values) };
    }
    default:
      return { schema: () => ({ type: 'boolean' }), gen: (q) => q.chance(0.5) };
  }
}

/** the share of invented kinds whose values are a real kind's (phones, dates in words, prices...). */
export const BORROWED_SHARE = 0.5;
/** the share of those the text names with one of the real kind's labels instead of the key's words. */
export const REAL_LABEL_SHARE = 0.5;

/**
 * an invented kind: one or two made-up words as its key. Half of them hold generic values and
 * are named by the key's words; the other half hold a real kind's values (its schema, generator
 * and text form, not its sentences or yes/no predicates, which would name it), named by the key's
 * words or, half of the time, by one of the real kind's labels: a key never seen beside a label it
 * does not spell, as a held-out key synonym is ("mobile" beside "Phone"), to be found by the
 * value's shape and by the fields the other keys take.
 */
export function syntheticKind(r: Rand): FieldKind {
  const words = r.chance(0.6) ? [inventedWord(r)] : [inventedWord(r), inventedWord(r)];
  if (r.chance(BORROWED_SHARE)) {
    const real = r.pick(KINDS);
    return {
      id: 'synthetic',
      themes: [],
      keys: [words],
      labels: [r.chance(REAL_LABEL_SHARE) ? r.pick(real.labels) : words.join(' ')],
      schema: real.schema,
      gen: real.gen,
      ...(real.text ? { text: real.text } : {}),
    };
  }
  const value = valueKind(r);
  return {
    id: 'synthetic',
    themes: [],
    keys: [words],
    labels: [words.join(' ')],
    schema: value.schema,
    gen: value.gen,
  };
}
