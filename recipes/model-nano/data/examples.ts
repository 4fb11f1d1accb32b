// training examples: a prompt, a JSON Schema and the value the model should write for it.

import { estimateCanvasTokens } from './budget';
import { composePhrasing } from './compose';
import { EXTRA_PREDICATES } from './extra-predicates';
import {
  dateInWords,
  type FieldKind,
  GROUPS,
  type GroupKind,
  heldoutIndex,
  type Json,
  KEY_STYLES,
  type KeyStyle,
  KINDS,
  keyName,
  keySynonyms,
  kindById,
  type SchemaObject,
  THEMES,
} from './facts';
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
  NO_TAG_PHRASINGS,
  ofSplit,
  type Phrasing,
  PREDICATE_FRAMES,
  RECORD_BOOL,
  RECORD_CLAUSES,
  RECORD_INTROS,
  ROWS,
  ROWS_MORE,
  SENTENCES,
  SENTENCES_MORE,
  SUBJECTS,
  TAG_PHRASINGS,
} from './phrasings';
import { Rand } from './rand';
import { SCENARIOS, type Scenario } from './scenarios';
import { syntheticKind } from './synthetic';

export type Split = 'train' | 'heldout';
export type ExampleKind = 'extraction' | 'record' | 'template';

export interface Example {
  id: string;
  split: Split;
  kind: ExampleKind;
  prompt: string;
  schema: SchemaObject;
  value: { [key: string]: Json };
  /** bookkeeping for tests and evaluation. */
  meta: {
    /** phrasing template ids used in the prompt. */
    templates: string[];
    /** sorted key paths of the schema. */
    signature: string;
    /** leaf fields of the schema, and how many of them the value omits. */
    fields: number;
    absent: number;
    kinds: string[];
    /** key case style (the canvases stage groups examples by it, for the automaton cache). */
    style: string;
  };
}

export interface GenerateOptions {
  seed?: number;
  /** redraw (with fewer fields) while the estimated canvas is longer than this (default 124). */
  maxTokens?: number;
  /** the string budget the canvases stage compiles with (for the estimate; default 16). */
  stringTokens?: number;
  /** share of held-out examples (default 0.05). */
  heldoutFrac?: number;
  /** probability that a property is optional, and that an optional one is absent. */
  optionalProb?: number;
  absentProb?: number;
  /** training mentions use composed phrasings half of the time (`compose.ts`; default false, so
   * the streams of earlier data builds stay as they were; held-out examples are the same either way). */
  composed?: boolean;
  /** training only: the probability that each field kind of a schema is an invented one
   * (`synthetic.ts`: made-up key words, found only by matching label to key; default 0, so the
   * streams of earlier data builds stay as they were). */
  synthetic?: number;
}

/** kind pairs that training never puts in one schema (held-out field combinations). */
export const HELDOUT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['pet_name', 'smoker'],
  ['flight', 'weight'],
  ['ip', 'newsletter'],
  ['rating', 'discount'],
  ['guests', 'pet_name'],
  ['year', 'in_stock'],
  ['language', 'premium'],
  ['sku', 'gift'],
];

/** kinds whose labels overlap: a distractor never comes from the group of a schema field. */
const CONFLICTS: ReadonlyArray<readonly string[]> = [
  ['person_name', 'first_name', 'last_name', 'pet_name', 'username', 'email'],
  ['birth_date', 'due_date', 'start_date'],
  ['city', 'country', 'state', 'street', 'zip', 'airport'],
  ['order_id', 'ticket_id', 'invoice', 'uuid', 'sku', 'flight'],
  ['price', 'discount', 'quantity'],
  ['website', 'email', 'ip'],
];

// ---------------------------------------------------------------------------- phrasing pools

interface Pools {
  sentences: Phrasing[];
  lines: Phrasing[];
  rows: Phrasing[];
  inline: Phrasing[];
  boolLabel: Phrasing[];
  absent: Phrasing[];
  fillers: Phrasing[];
  instructions: Phrasing[];
  recordIntros: Phrasing[];
  recordClauses: Phrasing[];
  recordBool: Phrasing[];
  tags: Phrasing[];
  noTags: Phrasing[];
  predicateFrames: Phrasing[];
}

/** the training pools add the training-only extensions (`*_MORE`). */
const more = (split: Split, list: readonly Phrasing[]): Phrasing[] => (split === 'train' ? [...list] : []);

const poolsOf = (split: Split): Pools => ({
  sentences: [...ofSplit(SENTENCES, split), ...more(split, SENTENCES_MORE)],
  lines: [...ofSplit(LINES, split), ...more(split, LINES_MORE)],
  rows: [...ofSplit(ROWS, split), ...more(split, ROWS_MORE)],
  inline: [...ofSplit(INLINE, split), ...more(split, INLINE_MORE)],
  boolLabel: [...ofSplit(BOOL_LABEL, split), ...more(split, BOOL_LABEL_MORE)],
  absent: [...ofSplit(ABSENT, split), ...more(split, ABSENT_MORE)],
  fillers: ofSplit(FILLERS, split),
  instructions: ofSplit(INSTRUCTIONS, split),
  recordIntros: ofSplit(RECORD_INTROS, split),
  recordClauses: ofSplit(RECORD_CLAUSES, split),
  recordBool: ofSplit(RECORD_BOOL, split),
  tags: ofSplit(TAG_PHRASINGS, split),
  noTags: ofSplit(NO_TAG_PHRASINGS, split),
  predicateFrames: ofSplit(PREDICATE_FRAMES, split),
});
const POOLS: Record<Split, Pools> = { train: poolsOf('train'), heldout: poolsOf('heldout') };

/** kind-specific sentences of a split, with ids `kind.k<i>`. */
function kindPhrasings(kind: FieldKind, split: Split): Phrasing[] {
  const list = kind.phrasings ?? [];
  return list
    .map((text, i) => ({ id: `${kind.id}.k${i}`, text, held: heldoutIndex(i, list.length, 4, 3) }))
    .filter((p) => p.held === (split === 'heldout'));
}

/**
 * boolean predicate pairs of a split, with ids `kind.p<i>`; training with composed phrasings also
 * draws from `EXTRA_PREDICATES` (ids `kind.e<i>`).
 */
function predicatePairs(
  kind: FieldKind,
  split: Split,
  composed = false,
): Array<{ id: string; pair: readonly [string, string] }> {
  const list = kind.predicates ?? [];
  const own = list
    .map((pair, i) => ({ id: `${kind.id}.p${i}`, pair, held: heldoutIndex(i, list.length, 3, 3) }))
    .filter((p) => p.held === (split === 'heldout'));
  if (split !== 'train' || !composed) return own;
  const extra = (EXTRA_PREDICATES[kind.id] ?? []).map((pair, i) => ({
    id: `${kind.id}.e${i}`,
    pair,
    held: false,
  }));
  return [...own, ...extra];
}

// ---------------------------------------------------------------------------- schema

interface Leaf {
  kind: FieldKind;
  key: string;
  words: readonly string[];
  schema: SchemaObject;
  optional: boolean;
  present: boolean;
  value: Json;
}
interface Group {
  group: GroupKind;
  key: string;
  optional: false;
  members: Leaf[];
}
type Prop = Leaf | Group;
const isGroup = (p: Prop): p is Group => 'group' in p;

interface Plan {
  style: KeyStyle;
  theme: string;
  entity: string;
  props: Prop[];
}

const leavesOf = (props: readonly Prop[]): Leaf[] => props.flatMap((p) => (isGroup(p) ? p.members : [p]));

const kindWeights = (kinds: readonly FieldKind[]) => kinds.map((k) => [k, k.weight ?? 1] as const);

function pickKinds(r: Rand, theme: string, count: number, split: Split, exclude: Set<string>): FieldKind[] {
  const inTheme = r.chance(0.75);
  const pool = KINDS.filter((k) => !exclude.has(k.id) && (!inTheme || k.themes.includes(theme)));
  const chosen: FieldKind[] = [];
  for (let tries = 0; chosen.length < count && tries < 60; tries++) {
    const k = r.weighted(kindWeights(pool));
    if (chosen.includes(k) || exclude.has(k.id)) continue;
    if (k.id === 'tags' && chosen.some((c) => c.id === 'tags')) continue;
    // training never pairs the held-out combinations
    if (
      split === 'train' &&
      HELDOUT_PAIRS.some(
        ([a, b]) =>
          (k.id === a && chosen.some((c) => c.id === b)) || (k.id === b && chosen.some((c) => c.id === a)),
      )
    )
      continue;
    chosen.push(k);
  }
  return chosen;
}

function pickKey(
  r: Rand,
  keys: readonly (readonly string[])[],
  split: Split,
  style: KeyStyle,
  forceHeldout: boolean,
  used: Set<string>,
): { key: string; words: readonly string[]; heldout: boolean } | undefined {
  const train = keySynonyms(keys, 'train');
  const held = keySynonyms(keys, 'heldout');
  const pool = split === 'train' ? train : forceHeldout ? held : [...train, ...held];
  for (const syn of r.shuffle(pool)) {
    const key = keyName(syn.words, style);
    if (used.has(key)) continue;
    used.add(key);
    return { key, words: syn.words, heldout: held.some((h) => h.id === syn.id) };
  }
  return undefined;
}

function planSchema(r: Rand, split: Split, options: Required<GenerateOptions>, maxFields: number): Plan {
  const theme = r.pick(Object.keys(THEMES).filter((t) => t !== 'letter' && t !== 'address'));
  const entity = r.pick(THEMES[theme]!);
  const style = r.weighted(KEY_STYLES);
  const count = Math.min(
    maxFields,
    r.weighted([
      [2, 2],
      [3, 3],
      [4, 3],
      [5, 2],
      [6, 1.5],
    ] as const),
  );
  const withGroup = r.chance(0.15);
  const group = withGroup ? r.pick(GROUPS) : undefined;
  const groupKinds = group ? r.sample(group.members, r.int(2, Math.min(4, group.members.length))) : [];
  const kinds = pickKinds(r, theme, count - (group ? 1 : 0), split, new Set(groupKinds));
  if (split === 'train' && options.synthetic > 0)
    for (let i = 0; i < kinds.length; i++) if (r.chance(options.synthetic)) kinds[i] = syntheticKind(r);
  if (group && split === 'train') {
    // held-out pairs hold across nesting too
    const all = [...kinds.map((k) => k.id), ...groupKinds];
    for (const [a, b] of HELDOUT_PAIRS) if (all.includes(a) && all.includes(b)) groupKinds.length = 0;
  }
  const used = new Set<string>();
  // a held-out example carries at least one held-out key synonym
  const forceIndex = split === 'heldout' ? r.int(0, Math.max(0, kinds.length - 1)) : -1;
  let hasHeldoutKey = false;
  const leaf = (kind: FieldKind, force: boolean, scope: Set<string>): Leaf | undefined => {
    const picked = pickKey(r, kind.keys, split, style, force, scope);
    if (!picked) return undefined;
    hasHeldoutKey ||= picked.heldout;
    const optional = r.chance(options.optionalProb);
    const schema = kind.schema(r);
    const present = !(optional && r.chance(options.absentProb));
    const value = kind.gen(r);
    return {
      kind,
      key: picked.key,
      words: picked.words,
      schema: fitSchema(schema, value),
      optional,
      present,
      value,
    };
  };
  const props: Prop[] = [];
  kinds.forEach((kind, i) => {
    const l = leaf(kind, i === forceIndex, used);
    if (l) props.push(l);
  });
  if (group && groupKinds.length >= 2) {
    const picked = pickKey(r, group.keys, split, style, false, used);
    if (picked) {
      hasHeldoutKey ||= picked.heldout;
      const inner = new Set<string>();
      const members = groupKinds.flatMap((id) => {
        const l = leaf(kindById.get(id)!, false, inner);
        return l ? [l] : [];
      });
      props.splice(r.int(0, props.length), 0, { group, key: picked.key, optional: false, members });
    }
  }
  if (split === 'heldout' && !hasHeldoutKey) {
    // no held-out synonym could be placed: take a kind that has one
    const kind = r.pick(
      KINDS.filter(
        (k) => keySynonyms(k.keys, 'heldout').length && !props.some((p) => !isGroup(p) && p.kind === k),
      ),
    );
    const l = leaf(kind, true, used);
    if (l) props.push(l);
  }
  return { style, theme, entity, props };
}

/** drop a maxLength that the drawn value exceeds (faker values vary in length). */
export function fitSchema(schema: SchemaObject, value: Json): SchemaObject {
  if (typeof value !== 'string' || typeof schema.maxLength !== 'number' || value.length <= schema.maxLength)
    return schema;
  const { maxLength: _drop, ...rest } = schema;
  return rest;
}

function schemaOf(props: readonly Prop[]): SchemaObject {
  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  for (const p of props) {
    properties[p.key] = isGroup(p) ? schemaOf(p.members) : p.schema;
    if (!p.optional) required.push(p.key);
  }
  return {
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

function valueFrom(props: readonly Prop[]): { [key: string]: Json } {
  const value: { [key: string]: Json } = {};
  for (const p of props) {
    if (isGroup(p)) value[p.key] = valueFrom(p.members);
    else if (p.present) value[p.key] = p.value;
  }
  return value;
}

const signatureOf = (props: readonly Prop[], prefix = ''): string[] =>
  props
    .flatMap((p) => (isGroup(p) ? signatureOf(p.members, `${prefix}${p.key}/`) : [`${prefix}${p.key}`]))
    .sort();

// ---------------------------------------------------------------------------- text

type Format = 'prose' | 'email' | 'list' | 'inline' | 'table' | 'mixed';

interface TextCtx {
  r: Rand;
  pools: Pools;
  split: Split;
  templates: string[];
  subject: readonly [string, string, string];
  line: number;
  composed: boolean;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

function labelOf(r: Rand, leaf: Leaf): string {
  return r.chance(0.15) ? leaf.words.join(' ') : r.pick(leaf.kind.labels);
}

/** training mentions use a composed phrasing half of the time (`compose.ts`); held-out ones never. */
const composes = (ctx: TextCtx): boolean => ctx.split === 'train' && ctx.composed && ctx.r.chance(0.5);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function use(ctx: TextCtx, p: Phrasing | { id: string; text: string }): string {
  ctx.templates.push(p.id);
  return p.text;
}

function subjectVars(ctx: TextCtx): Record<string, string> {
  const [s, o, poss] = ctx.subject;
  const lower = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
  return { S2: s, s2: lower(s), S3: o, S4: poss, s4: lower(poss) };
}

/** one fact as text in the given format (`Leaf.present` decides value or absence). */
function renderLeaf(ctx: TextCtx, leaf: Leaf, format: Exclude<Format, 'mixed'>, absent = false): string {
  const { r, pools } = ctx;
  const label = labelOf(r, leaf);
  const base = {
    l: label,
    L: cap(label),
    U: label.toUpperCase(),
    k: leaf.key,
    n: String(++ctx.line),
    ...subjectVars(ctx),
  };
  if (absent) {
    if (composes(ctx))
      return fill(use(ctx, composePhrasing(r, format === 'table' ? 'absentRow' : 'absent')), base);
    const usable = pools.absent.filter((p) => (format === 'table') === p.text.startsWith('|'));
    return fill(use(ctx, r.pick(usable.length ? usable : pools.absent)), base);
  }
  const v = leaf.value;
  const prose = format === 'prose' || format === 'email';
  if (leaf.kind.id === 'tags') {
    const tags = v as string[];
    if (tags.length === 0) return fill(use(ctx, r.pick(pools.noTags)), base);
    const list = tags.join(', ');
    const and = tags.length === 1 ? tags[0]! : `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
    const hash = tags.map((t) => `#${t}`).join(' ');
    return fill(use(ctx, r.pick(pools.tags)), { ...base, list, and, hash });
  }
  if (typeof v === 'boolean') {
    const pairs = predicatePairs(leaf.kind, ctx.split, ctx.composed);
    if (prose && pairs.length && r.chance(0.7)) {
      const { id, pair } = r.pick(pairs);
      ctx.templates.push(id);
      return fill(use(ctx, r.pick(pools.predicateFrames)), { ...base, p: v ? pair[0] : pair[1] });
    }
    const usable = pools.boolLabel.filter((p) => (format === 'table') === p.text.startsWith('|'));
    const yn = v ? 'yes' : 'no';
    const phrasing = composes(ctx)
      ? composePhrasing(r, format === 'table' ? 'boolRow' : 'bool')
      : r.pick(usable.length ? usable : pools.boolLabel);
    return fill(use(ctx, phrasing), {
      ...base,
      yn,
      Yn: cap(yn),
      YN: yn.toUpperCase(),
      tf: String(v),
      TF: cap(String(v)),
      y: yn[0]!,
      Y: yn[0]!.toUpperCase(),
    });
  }
  // composed training writes more dates in words (the month names are the one mapping to learn)
  const text =
    ctx.split === 'train' && ctx.composed && typeof v === 'string' && ISO_DATE.test(v) && r.chance(0.3)
      ? dateInWords(v, r)
      : leaf.kind.text
        ? leaf.kind.text(v, r)
        : String(v);
  const vars = { ...base, v: text };
  const own = kindPhrasings(leaf.kind, ctx.split);
  if (prose && own.length && r.chance(0.45)) return fill(use(ctx, r.pick(own)), vars);
  if (composes(ctx)) {
    const family =
      format === 'list' ? 'line' : format === 'table' ? 'row' : format === 'inline' ? 'inline' : 'sentence';
    return fill(use(ctx, composePhrasing(r, family)), vars);
  }
  const pool =
    format === 'list'
      ? pools.lines
      : format === 'table'
        ? pools.rows
        : format === 'inline'
          ? pools.inline
          : pools.sentences;
  return fill(use(ctx, r.pick(pool)), vars);
}

interface Mention {
  leaf: Leaf;
  absent: boolean;
  header?: string;
}

function buildPrompt(ctx: TextCtx, plan: Plan, mentions: Mention[], instruction: string | undefined): string {
  const { r } = ctx;
  const format = r.weighted([
    ['prose', 30],
    ['email', 15],
    ['list', 20],
    ['inline', 10],
    ['table', 12],
    ['mixed', 13],
  ] as const);
  const parts: string[] = [];
  const fillers = r.weighted([
    [0, 5],
    [1, 3],
    [2, 1],
  ] as const);
  for (const m of mentions) {
    const f: Exclude<Format, 'mixed'> = format === 'mixed' ? (r.chance(0.5) ? 'prose' : 'list') : format;
    parts.push(renderLeaf(ctx, m.leaf, f, m.absent));
  }
  const fillerTexts = Array.from({ length: fillers }, () => use(ctx, r.pick(ctx.pools.fillers)));
  switch (format) {
    case 'prose':
    case 'mixed': {
      for (const t of fillerTexts) parts.splice(r.int(0, parts.length), 0, t);
      const sep = format === 'mixed' ? '\n' : ' ';
      return [instruction, parts.join(sep)].filter(Boolean).join(r.chance(0.5) ? '\n' : ' ');
    }
    case 'email': {
      for (const t of fillerTexts) parts.splice(r.int(0, parts.length), 0, t);
      const hi = r.pick(['Hi,', 'Hello team,', 'Dear support,', 'Hi there,', 'Good morning,', 'Hello,']);
      const bye = r.pick(['Thanks', 'Best', 'Regards', 'Cheers', 'Kind regards', 'Thank you']);
      return [instruction, `${hi}\n${parts.join(' ')}\n${bye}`].filter(Boolean).join('\n');
    }
    case 'list':
      return [instruction ?? `${cap(plan.entity)}:`, ...parts, ...fillerTexts.slice(0, 1)].join('\n');
    case 'inline':
      return [instruction, parts.join(r.pick(['; ', ', ', ' | ', ' / ']))].filter(Boolean).join(' ');
    case 'table': {
      const header = r.pick([
        '| field | value |\n|---|---|',
        '| key | value |\n| --- | --- |',
        'field\tvalue',
        '',
      ]);
      return [instruction, header, ...parts].filter(Boolean).join('\n');
    }
  }
}

// ---------------------------------------------------------------------------- kinds of example

function extraction(
  r: Rand,
  split: Split,
  options: Required<GenerateOptions>,
  ctx: TextCtx,
  maxFields: number,
): Omit<Example, 'id' | 'split' | 'kind'> {
  const plan = planSchema(r, split, options, maxFields);
  const leaves = leavesOf(plan.props);
  const mentions: Mention[] = [];
  for (const leaf of leaves) {
    if (leaf.present) mentions.push({ leaf, absent: false });
    else if (r.chance(0.25)) mentions.push({ leaf, absent: true }); // "email: n/a"
  }
  // distractors: facts of kinds the schema does not have
  const inSchema = new Set(leaves.map((l) => l.kind.id));
  const clash = (k: FieldKind) => CONFLICTS.some((c) => c.includes(k.id) && c.some((id) => inSchema.has(id)));
  const others = KINDS.filter((k) => !inSchema.has(k.id) && k.id !== 'tags' && !clash(k));
  const distractors = r.weighted([
    [0, 4],
    [1, 4],
    [2, 2],
  ] as const);
  r.otherPerson();
  for (const kind of r.sample(others, distractors)) {
    const words = r.pick(kind.keys);
    mentions.push({
      leaf: {
        kind,
        key: keyName(words, 'camel'),
        words,
        schema: {},
        optional: true,
        present: true,
        value: kind.gen(r),
      },
      absent: false,
    });
  }
  const ordered = r.shuffle(mentions);
  const instruction = r.chance(0.5)
    ? fill(use(ctx, r.pick(ctx.pools.instructions)), { e: plan.entity })
    : undefined;
  const prompt = buildPrompt(ctx, plan, ordered, instruction);
  return finish(plan, prompt, ctx);
}

function record(
  r: Rand,
  split: Split,
  options: Required<GenerateOptions>,
  ctx: TextCtx,
  maxFields: number,
): Omit<Example, 'id' | 'split' | 'kind'> {
  const plan = planSchema(r, split, options, maxFields);
  const leaves = leavesOf(plan.props).filter((l) => l.present && l.kind.id !== 'tags');
  const said = r.sample(
    leaves,
    r.weighted([
      [0, 2],
      [1, 4],
      [2, 3],
      [3, 1],
    ] as const),
  );
  const clauses = said.map((leaf) => {
    const v = leaf.value;
    if (typeof v === 'boolean') {
      const pairs = predicatePairs(leaf.kind, split, ctx.composed);
      if (pairs.length) {
        const { id, pair } = r.pick(pairs);
        ctx.templates.push(id);
        return fill(use(ctx, r.pick(ctx.pools.recordBool)), { p: v ? pair[0] : pair[1] });
      }
    }
    const label = labelOf(r, leaf);
    const text = typeof v === 'boolean' ? String(v) : leaf.kind.text ? leaf.kind.text(v, r) : String(v);
    return fill(use(ctx, r.pick(ctx.pools.recordClauses)), { l: label, v: text });
  });
  const c =
    clauses.length <= 1
      ? (clauses[0] ?? '')
      : `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
  const prompt = fill(use(ctx, r.pick(ctx.pools.recordIntros)), { e: plan.entity, c })
    .replace(/\s+([.,])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/,\s*\./g, '.')
    .trim();
  return finish(plan, prompt, ctx);
}

function finish(plan: Plan, prompt: string, ctx: TextCtx): Omit<Example, 'id' | 'split' | 'kind'> {
  const leaves = leavesOf(plan.props);
  return {
    prompt,
    schema: schemaOf(plan.props),
    value: valueFrom(plan.props),
    meta: {
      templates: [...new Set(ctx.templates)],
      signature: signatureOf(plan.props).join(','),
      fields: leaves.length,
      absent: leaves.filter((l) => !l.present).length,
      kinds: leaves.map((l) => l.kind.id),
      style: plan.style,
    },
  };
}

function template(r: Rand, split: Split, ctx: TextCtx): Omit<Example, 'id' | 'split' | 'kind'> {
  const scenario: Scenario = r.pick(SCENARIOS);
  const vars: Record<string, string> = {};
  for (const id of scenario.facts) {
    const kind = kindById.get(id)!;
    const v = kind.gen(r);
    vars[id] = id === 'price' ? `$${v}` : String(v);
  }
  vars.first = (vars.person_name ?? '').split(' ')[0] ?? '';
  const instructions = scenario.instructions
    .map((text, i) => ({
      id: `${scenario.id}.x${i}`,
      text,
      held: heldoutIndex(i, scenario.instructions.length, 4, 3),
    }))
    .filter((p) => p.held === (split === 'heldout'));
  const prompt = fill(use(ctx, r.pick(instructions)), vars);
  const style = r.weighted(KEY_STYLES);
  const used = new Set<string>();
  const properties: Record<string, SchemaObject> = {};
  const value: Record<string, Json> = {};
  scenario.fields.forEach((field, i) => {
    const force = split === 'heldout' && i === 0;
    const picked = pickKey(r, field.keys, split, style, force, used);
    if (!picked) return;
    const text = fill(r.pick(field.values), vars);
    properties[picked.key] = fitSchema(
      { type: 'string', ...(field.maxLength ? { maxLength: field.maxLength } : {}) },
      text,
    );
    value[picked.key] = text;
  });
  const keys = Object.keys(properties);
  return {
    prompt,
    schema: { type: 'object', properties, required: keys, additionalProperties: false },
    value,
    meta: {
      templates: [...new Set(ctx.templates)],
      signature: `${scenario.id}:${[...keys].sort().join(',')}`,
      fields: keys.length,
      absent: 0,
      kinds: [scenario.id],
      style,
    },
  };
}

// ---------------------------------------------------------------------------- entry points

const DEFAULTS: Required<GenerateOptions> = {
  seed: 1,
  heldoutFrac: 0.05,
  optionalProb: 0.5,
  absentProb: 0.33,
  maxTokens: 124,
  stringTokens: 16,
  composed: false,
  synthetic: 0,
};

/** example `index` of the stream with these options: a pure function of (options, index). */
export function generateExample(index: number, options: GenerateOptions = {}): Example {
  const o = { ...DEFAULTS, ...options };
  const first = new Rand(o.seed, index);
  const split: Split = first.chance(o.heldoutFrac) ? 'heldout' : 'train';
  const kind = first.weighted([
    ['extraction', 65],
    ['record', 25],
    ['template', 10],
  ] as const);
  let example: Example | undefined;
  // redraw with fewer fields while the canvas would not fit (the split and kind stay)
  for (let attempt = 0; attempt < 6; attempt++) {
    const r = attempt === 0 ? first : new Rand(o.seed, index, attempt);
    const ctx: TextCtx = {
      r,
      pools: POOLS[split],
      split,
      templates: [],
      subject: r.pick(SUBJECTS),
      line: 0,
      composed: o.composed,
    };
    const maxFields = 6 - Math.floor(attempt / 2);
    const body =
      kind === 'extraction'
        ? extraction(r, split, o, ctx, maxFields)
        : kind === 'record'
          ? record(r, split, o, ctx, maxFields)
          : template(r, split, ctx);
    example = { id: `${o.seed}-${index}`, split, kind, ...body };
    if (estimateCanvasTokens(example.prompt, example.schema, o.stringTokens) <= o.maxTokens) break;
  }
  return example!;
}

export function* generateExamples(count: number, options: GenerateOptions = {}): Generator<Example> {
  for (let i = 0; i < count; i++) yield generateExample(i, options);
}
