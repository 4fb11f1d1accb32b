// the message source: whole hand-written messages (templates-*.ts, format in format.ts) filled with
// values, a JSON Schema that asks for some of the facts they state (and sometimes for one they do
// not), and the value that answers it. Templates are split into training and held-out ones by a
// hash of their id, so held-out examples measure wording the model has never seen.
import { estimateCanvasTokens } from '../budget';
import type { Example, Split } from '../examples';
import {
  GROUPS,
  type Json,
  KEY_STYLES,
  type KeyStyle,
  KINDS,
  keyName,
  keyNames,
  type SchemaObject,
} from '../facts';
import { Rand } from '../rand';
import {
  type Ctx,
  CURRENCIES,
  DESCRIPTIONS,
  dependent,
  GROUP_KEYS,
  type Hole,
  holeText,
  holeValue,
  isPerson,
  isVerbatim,
  KEYS,
  KIND_DESCRIPTIONS,
  kindSchema,
  PART_KEYS,
  type ParsedTemplate,
  type Part,
  type Person,
  PLAIN_GROUPS,
  parseSpec,
  parseTemplate,
  rowCells,
  type Template,
  type TemplateGroup,
  type Value,
} from './format';
import {
  BUSINESS,
  BUSINESS_IT,
  BUSINESS_LOGISTICS,
  BUSINESS_PEOPLE,
  BUSINESS_SERVICES,
} from './templates-business';
import { COMMERCE } from './templates-commerce';
import { HOME, HOME_FAMILY, HOME_LOCAL, HOME_MONEY, HOME_MOVE } from './templates-home';
import { LIFE } from './templates-life';
import { PEOPLE, PEOPLE_ERRANDS, PEOPLE_HEALTH, PEOPLE_OUTINGS, PEOPLE_SERVICES } from './templates-people';
import { SUPPORT } from './templates-support';
import { TRAVEL } from './templates-travel';
import { WORK } from './templates-work';

export const TEMPLATE_GROUPS: readonly TemplateGroup[] = [
  COMMERCE,
  TRAVEL,
  WORK,
  SUPPORT,
  LIFE,
  PEOPLE,
  PEOPLE_SERVICES,
  PEOPLE_HEALTH,
  PEOPLE_OUTINGS,
  PEOPLE_ERRANDS,
  BUSINESS,
  BUSINESS_LOGISTICS,
  BUSINESS_SERVICES,
  BUSINESS_PEOPLE,
  BUSINESS_IT,
  HOME,
  HOME_MOVE,
  HOME_MONEY,
  HOME_FAMILY,
  HOME_LOCAL,
];
export const TEMPLATES: readonly Template[] = TEMPLATE_GROUPS.flatMap((g) => g.templates);
const GROUP_OF = new Map(TEMPLATE_GROUPS.flatMap((g) => g.templates.map((t) => [t.id, g] as const)));

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** a template's split: about one in ten is held out, by a hash of its id (stable as files grow). */
export function templateSplit(id: string): Split {
  return hash(`messages:${id}`) % 10 === 0 ? 'heldout' : 'train';
}
export const templatesOf = (split: Split): Template[] =>
  TEMPLATES.filter((t) => templateSplit(t.id) === split);
const POOLS: Record<Split, Template[]> = { train: templatesOf('train'), heldout: templatesOf('heldout') };

/**
 * key names the main generator holds out (every case style): training messages never use them, so
 * its held-out split still measures unseen keys.
 */
export const HELD_MAIN_KEYS: ReadonlySet<string> = new Set(
  [...KINDS.map((k) => k.keys), ...GROUPS.map((g) => g.keys)].flatMap((keys) => keyNames(keys, 'heldout')),
);

export interface MessageOptions {
  seed?: number;
  split?: Split;
  /** redraw with fewer fields while the estimated canvas is longer than this (default 250). */
  maxTokens?: number;
  /** the string budget the canvases stage compiles with (for the estimate; default 16). */
  stringTokens?: number;
}

/** a field the schema may ask for. */
interface Cand {
  /** groups, then the field name (a person's part for person holes). */
  path: string[];
  /** the field's kind (a person's part: first, last, full, email, phone). */
  kind: string;
  hole: Hole;
  part?: Part;
  value: Json | undefined;
  present: boolean;
  /** a first or last name read out of a full name: asked now and then. */
  derived?: boolean;
  unstated?: boolean;
}

/** what a drawn message is, besides its example (for tests). */
export interface MessageDraw {
  example: Example;
  template: Template;
  /** answers that are copies of text in the prompt (present strings of verbatim kinds). */
  copies: string[];
}

// ---------------------------------------------------------------------------- values and text

const tidy = (text: string) =>
  text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,!?])/g, '$1')
    .replace(/\b([ap]\.m\.)\./g, '$1')
    .trim();

/** the most items a list or rows hole may have (the compiler offers at most six items whole). */
export const MAX_ITEMS = 6;

const DISTINCT = new Set(['date', 'time', 'money', 'int', 'pct', 'num', 'id']);

function drawValues(p: ParsedTemplate, ctx: Ctx): void {
  const order = [
    ...p.holes.filter((h) => h.kind === 'msgdate'),
    ...p.holes.filter((h) => h.kind !== 'msgdate' && !dependent(h)),
    ...p.holes.filter((h) => dependent(h)),
  ];
  const byKind = new Map<string, string[]>();
  for (const h of order) {
    if (ctx.vars.has(h.var)) continue;
    const sameKind = byKind.get(h.kind) ?? [];
    let v: Value = holeValue(ctx, h);
    // two facts of one kind (a city and a distractor city) never share a value
    const key = (x: Value) => (isPerson(x) ? x.first : JSON.stringify(x));
    if (isVerbatimHole(h) || DISTINCT.has(h.kind) || h.kind === 'person')
      for (let tries = 0; tries < 8 && sameKind.includes(key(v)); tries++) v = holeValue(ctx, h);
    ctx.vars.set(h.var, v);
    byKind.set(h.kind, [...sameKind, key(v)]);
    if (h.kind === 'msgdate') ctx.msgdate ??= v as string;
  }
}
const isVerbatimHole = (h: Hole) => h.kind !== 'person' && isVerbatim(h.kind);

function render(
  p: ParsedTemplate,
  ctx: Ctx,
  keep: readonly boolean[],
): { prompt: string; shown: Set<string> } {
  const shown = new Set<string>();
  let out = '';
  p.sections.forEach((s, i) => {
    if (!keep[i]) return;
    for (const piece of s.pieces) {
      if (typeof piece === 'string') out += piece;
      else {
        out += holeText(ctx, piece, ctx.vars.get(piece.var)!);
        shown.add(`${piece.var}#${piece.part ?? ''}`);
        if (
          piece.kind === 'money' ||
          (piece.kind === 'rows' && rowCells(piece).some((c) => c.kind === 'money'))
        )
          shown.add('$money');
      }
    }
  });
  return { prompt: tidy(out), shown };
}

// ---------------------------------------------------------------------------- candidates

const partValue = (v: Person, part: Part): string => (part === 'full' ? `${v.first} ${v.last}` : v[part]);

function candidates(p: ParsedTemplate, ctx: Ctx, shown: Set<string>): Cand[] {
  const out: Cand[] = [];
  const seen = new Set<string>();
  const add = (c: Cand) => {
    const id = c.path.join('.');
    if (seen.has(id)) return;
    seen.add(id);
    out.push(c);
  };
  const partsOf = new Map<string, Set<string>>();
  for (const h of p.holes)
    if (h.part) (partsOf.get(h.var) ?? partsOf.set(h.var, new Set()).get(h.var)!).add(h.part);
  for (const h of p.holes) {
    if (h.distractor) continue;
    const v = ctx.vars.get(h.var)!;
    if (isPerson(v)) {
      const parts: Part[] = h.part === 'full' ? ['full', 'first', 'last'] : [h.part!];
      for (const part of parts) {
        const derived = h.part === 'full' && part !== 'full' && !partsOf.get(h.var)?.has(part);
        const present =
          shown.has(`${h.var}#${part}`) ||
          ((part === 'first' || part === 'last') && shown.has(`${h.var}#full`));
        add({
          path: [...h.path, part],
          kind: part,
          hole: h,
          part,
          value: present ? partValue(v, part) : undefined,
          present,
          ...(derived ? { derived } : {}),
        });
      }
      continue;
    }
    const present = shown.has(`${h.var}#`);
    add({ path: h.path, kind: h.kind, hole: h, value: present ? (v as Json) : undefined, present });
  }
  if (shown.has('$money') && !seen.has('currency')) {
    const hole = parseSpec('currency:enum(USD,EUR,GBP,CHF)');
    add({ path: ['currency'], kind: 'currency', hole, value: ctx.currency, present: true });
  }
  const t = p.template;
  const vars = new Set(p.holes.map((h) => h.path[0]));
  for (const spec of [...(t.unstated ?? []), ...(GROUP_OF.get(t.id)?.unstated?.[t.domain] ?? [])]) {
    const hole = parseSpec(spec);
    if (vars.has(hole.path[0])) continue;
    const path = hole.part ? [...hole.path, hole.part] : hole.path;
    add({
      path,
      kind: hole.part ?? hole.kind,
      hole,
      ...(hole.part ? { part: hole.part } : {}),
      value: undefined,
      present: false,
      unstated: true,
    });
  }
  return out;
}

function choose(r: Rand, cands: readonly Cand[]): Cand[] {
  const present = cands.filter((c) => c.present && !c.derived);
  const n = present.length;
  const k = Math.max(
    1,
    Math.min(
      8,
      r.weighted([
        [n, 5],
        [n - 1, 3],
        [n - 2, 2],
        [Math.ceil(n / 2), 1],
      ] as const),
    ),
  );
  const chosen = new Set(r.shuffle(present).slice(0, k));
  for (const c of cands) {
    if (c.derived && c.present && r.chance(0.1)) chosen.add(c);
    else if (!c.present && !c.unstated && r.chance(0.7)) chosen.add(c);
  }
  const unstated = cands.filter((c) => c.unstated);
  if (unstated.length && r.chance(0.3)) chosen.add(r.pick(unstated));
  return cands.filter((c) => chosen.has(c));
}

// ---------------------------------------------------------------------------- schema and value

interface Built {
  schema: SchemaObject;
  value: Json | undefined;
  required: boolean;
}
interface Slot {
  syns: string[][];
  fallback: string[][];
  make(): Built;
}
interface Node {
  name: string;
  items: Array<Cand | Node>;
}
const isNode = (x: Cand | Node): x is Node => 'items' in x;

interface BuildCtx {
  r: Rand;
  t: Template;
  split: Split;
  style: KeyStyle;
}

const words = (list: readonly string[]) => list.map((s) => s.split(' '));

function leafSyns(b: BuildCtx, c: Cand): string[][] {
  if (c.part) return words(PART_KEYS[c.part]);
  const name = c.path[c.path.length - 1]!;
  return words(b.t.keys?.[name] ?? KEYS[name] ?? [name.replace(/_/g, ' ')]);
}
function groupSyns(b: BuildCtx, name: string): string[][] {
  return words(b.t.keys?.[name] ?? GROUP_KEYS[name] ?? KEYS[name] ?? [name.replace(/_/g, ' ')]);
}

function describe(b: BuildCtx, c: Cand, schema: SchemaObject): SchemaObject {
  if (!b.r.chance(0.35)) return schema;
  const name = c.part ? undefined : c.path[c.path.length - 1]!;
  const own = name ? (b.t.desc?.[name] ?? DESCRIPTIONS[name]) : undefined;
  const generic = KIND_DESCRIPTIONS[c.kind];
  const text = own ?? (generic ? b.r.pick(generic) : undefined);
  return text ? { ...schema, description: text } : schema;
}

/**
 * an array's maxItems: the compiler offers three items (arrayItems) and more only up to a maxItems
 * of six, so an array of four or more items always says one.
 */
function maxItems(r: Rand, max: number, n: number): { maxItems?: number } {
  const bound = Math.min(MAX_ITEMS, Math.max(max, n));
  return n > 3 || r.chance(0.5) ? { maxItems: bound } : {};
}

/** a field's schema (value-dependent limits fitted to the value). */
function leafSchema(b: BuildCtx, c: Cand): SchemaObject {
  const { r } = b;
  const h = c.hole;
  if (c.kind === 'list' || c.kind === 'bullets') {
    const items = Array.isArray(c.value) ? (c.value as string[]) : [];
    const longest = items.reduce((m, s) => Math.max(m, s.length), 0);
    const item = kindSchema(r, h.args[0]!, [], h, 'x'.repeat(longest));
    return {
      type: 'array',
      items: item,
      ...maxItems(r, Number(h.args[2] ?? 4), items.length),
      ...(r.chance(0.15) ? { uniqueItems: true } : {}),
    };
  }
  if (c.kind === 'rows') return rowsSchema(b, c).schema;
  const kind = c.part ? (c.part === 'email' ? 'email' : c.part === 'phone' ? 'phone' : c.part) : c.kind;
  return kindSchema(r, kind, h.args, h, c.value);
}

/** rows: an array of objects, asking for all cells or some of them. */
function rowsSchema(b: BuildCtx, c: Cand): { schema: SchemaObject; value: Json | undefined } {
  const { r } = b;
  const cells = rowCells(c.hole);
  // all cells, or some of them (always the first that is text, so rows stay told apart)
  const anchor = cells.find((c) => isVerbatim(c.kind)) ?? cells[0]!;
  const some = r.chance(0.35) ? cells.filter((c) => c === anchor || r.chance(0.6)) : cells;
  const rows = Array.isArray(c.value) ? (c.value as Array<{ [k: string]: Json }>) : [];
  const used = new Set<string>();
  const keys: Array<[string, string]> = [];
  const properties: Record<string, SchemaObject> = {};
  for (const cell of some) {
    const syns = r.shuffle(words(b.t.keys?.[cell.name] ?? KEYS[cell.name] ?? [cell.name.replace(/_/g, ' ')]));
    const key = syns.map((w) => keyName(w, b.style)).find((k) => !used.has(k) && usable(b, k));
    if (!key) continue;
    used.add(key);
    keys.push([cell.name, key]);
    const longest = rows.reduce((m, row) => Math.max(m, String(row[cell.name] ?? '').length), 0);
    properties[key] = kindSchema(r, cell.kind, cell.args, c.hole, 'x'.repeat(longest));
  }
  const max = Number(c.hole.args[1] ?? 3);
  const schema: SchemaObject = {
    type: 'array',
    items: {
      type: 'object',
      properties,
      required: keys.map(([, k]) => k),
      additionalProperties: false,
    },
    ...maxItems(r, max, rows.length),
  };
  const value = c.present
    ? rows.map((row) => Object.fromEntries(keys.map(([name, k]) => [k, row[name]!])))
    : undefined;
  return { schema, value };
}

const usable = (b: BuildCtx, key: string) => b.split !== 'train' || !HELD_MAIN_KEYS.has(key);

function leafSlot(b: BuildCtx, c: Cand): Slot {
  const optional = !c.present || b.r.chance(0.2);
  return {
    syns: b.r.shuffle(leafSyns(b, c)),
    fallback: [],
    make: () => {
      if (c.kind === 'rows') {
        const { schema, value } = rowsSchema(b, c);
        return { schema: describe(b, c, schema), value, required: !optional };
      }
      return {
        schema: describe(b, c, leafSchema(b, c)),
        value: c.present ? c.value : undefined,
        required: !optional,
      };
    },
  };
}

function slotsOf(b: BuildCtx, node: Node): Slot[] {
  const { r } = b;
  const slots: Slot[] = [];
  for (const item of node.items) {
    if (!isNode(item)) {
      const slot = leafSlot(b, item);
      (slot as Slot & { full?: boolean }).full = item.part === 'full';
      slots.push(slot);
      continue;
    }
    const inner = slotsOf(b, item);
    const nest = inner.length >= 2 ? r.chance(0.55) : r.chance(0.12);
    if (nest) {
      slots.push({
        syns: r.shuffle(groupSyns(b, item.name)),
        fallback: [],
        make: () => {
          const o = materialize(b, inner);
          const empty = Object.keys(o.value).length === 0;
          return { schema: o.schema, value: empty ? undefined : o.value, required: o.required.length > 0 };
        },
      });
      continue;
    }
    // flattened: the group's words go before the field's ("customer email"), or not at all
    const gs = r.shuffle(groupSyns(b, item.name)).slice(0, 2);
    const plain = PLAIN_GROUPS.has(item.name) || r.chance(0.25);
    for (const s of inner) {
      const full = (s as Slot & { full?: boolean }).full === true;
      const prefixed = [
        ...(full ? gs : []),
        ...gs.flatMap((g) => s.syns.map((w) => [...g, ...w])),
        ...s.fallback,
      ];
      slots.push({
        syns: plain ? s.syns : full && r.chance(0.5) ? gs : prefixed,
        fallback: plain ? prefixed : s.syns,
        make: s.make,
      });
    }
  }
  return slots;
}

const GENERIC_DESCRIPTIONS = new Set(Object.values(KIND_DESCRIPTIONS).flat());
const OPAQUE_KEYS = ['field', 'f', 'q', 'col', 'attr', 'x', 'answer', 'slot', 'value', 'v'];

/** a key that names nothing ("field_3", "q2", "col4"), unused in this object. */
function opaqueKey(b: BuildCtx, used: ReadonlySet<string>): string {
  const base = b.r.pick(OPAQUE_KEYS);
  const sep = b.r.pick(['', '_']);
  for (let n = used.size + 1; ; n++) if (!used.has(`${base}${sep}${n}`)) return `${base}${sep}${n}`;
}

function materialize(
  b: BuildCtx,
  slots: readonly Slot[],
): { schema: SchemaObject; value: { [k: string]: Json }; required: string[] } {
  const used = new Set<string>();
  const properties: Record<string, SchemaObject> = {};
  const value: { [k: string]: Json } = {};
  const required: string[] = [];
  const ordered = b.r.chance(0.2) ? b.r.shuffle(slots) : slots;
  for (const slot of ordered) {
    const named = [...slot.syns, ...slot.fallback]
      .map((w) => keyName(w, b.style))
      .find((k) => !used.has(k) && usable(b, k));
    if (!named) continue;
    const m = slot.make();
    // a field whose own description says what it is gets, now and then, a key that says nothing:
    // the model learns to read the field guide (the prompt's described fields), not the key alone
    const described =
      typeof m.schema.description === 'string' && !GENERIC_DESCRIPTIONS.has(m.schema.description);
    const key = described && b.r.chance(0.35) ? opaqueKey(b, used) : named;
    used.add(key);
    properties[key] = m.schema;
    if (m.value !== undefined) value[key] = m.value;
    if (m.required && m.value !== undefined) required.push(key);
  }
  return {
    schema: {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    },
    value,
    required,
  };
}

function treeOf(chosen: readonly Cand[]): Node {
  const root: Node = { name: '', items: [] };
  for (const c of chosen) {
    let node = root;
    for (const name of c.path.slice(0, -1)) {
      let child = node.items.find((x): x is Node => isNode(x) && x.name === name);
      if (!child) {
        child = { name, items: [] };
        node.items.push(child);
      }
      node = child;
    }
    node.items.push(c);
  }
  return root;
}

const keyPaths = (schema: SchemaObject, prefix = ''): string[] =>
  Object.entries((schema.properties ?? {}) as Record<string, SchemaObject>).flatMap(([k, s]) =>
    s.type === 'object' ? keyPaths(s, `${prefix}${k}/`) : [`${prefix}${k}`],
  );

function copiesOf(chosen: readonly Cand[]): string[] {
  const out: string[] = [];
  for (const c of chosen) {
    if (!c.present || c.value === undefined) continue;
    if (c.part && c.part !== 'email' && c.part !== 'phone') out.push(String(c.value));
    else if (c.part || isVerbatim(c.kind)) out.push(String(c.value));
    else if ((c.kind === 'list' || c.kind === 'bullets') && isVerbatim(c.hole.args[0]!))
      out.push(...(c.value as string[]));
    else if (c.kind === 'rows')
      for (const row of c.value as Array<{ [k: string]: Json }>)
        for (const cell of rowCells(c.hole)) if (isVerbatim(cell.kind)) out.push(String(row[cell.name]));
  }
  return out;
}

// ---------------------------------------------------------------------------- drawing

const DEFAULTS = { seed: 1, split: 'train' as Split, maxTokens: 250, stringTokens: 16 };

/** one message from one template, or undefined when it would not fit. */
export function drawTemplate(
  t: Template,
  r: Rand,
  split: Split,
  options: { maxTokens?: number; stringTokens?: number } = {},
): Omit<MessageDraw, 'example'> & { example: Omit<Example, 'id' | 'split'> } {
  const maxTokens = options.maxTokens ?? DEFAULTS.maxTokens;
  const stringTokens = options.stringTokens ?? DEFAULTS.stringTokens;
  const p = parseTemplate(t);
  const ctx: Ctx = {
    r,
    locale: r.f.rawDefinitions.metadata?.code ?? 'en_US',
    currency: r.weighted(CURRENCIES.map((c, i) => [c, [4, 4, 2, 1][i]!] as const)),
    vars: new Map(),
    named: new Set(
      p.holes.filter((h) => h.part && h.part !== 'email' && h.part !== 'phone').map((h) => h.var),
    ),
  };
  // EU locales pay in euros mostly
  if (ctx.locale !== 'en_US' && r.chance(0.7)) ctx.currency = 'EUR';
  drawValues(p, ctx);
  const keep = p.sections.map((s) =>
    s.when ? ctx.vars.get(s.when.var) === s.when.value : !s.optional || !r.chance(0.35),
  );
  const { prompt, shown } = render(p, ctx, keep);
  const cands = candidates(p, ctx, shown);
  let chosen = choose(r, cands);
  const b: BuildCtx = { r, t, split, style: r.weighted(KEY_STYLES) };
  for (;;) {
    const { schema, value } = materialize(b, slotsOf(b, treeOf(chosen)));
    const fits = estimateCanvasTokens(prompt, schema, stringTokens) <= maxTokens;
    const stated = chosen.filter((c) => c.present);
    if (fits || stated.length <= 1) {
      return {
        template: t,
        copies: copiesOf(chosen),
        example: {
          kind: 'extraction',
          prompt,
          schema,
          value,
          meta: {
            templates: [`msg:${t.id}`],
            signature: keyPaths(schema).sort().join(','),
            fields: chosen.length,
            absent: chosen.filter((c) => !c.present).length,
            kinds: chosen.map((c) => c.kind),
            style: b.style,
          },
        },
      };
    }
    // too long: drop a field not stated first, then a stated one
    const drop = chosen.find((c) => !c.present) ?? r.pick(stated);
    chosen = chosen.filter((c) => c !== drop);
  }
}

/** whether a drawn message fits (its canvas estimate, its prompt length). */
const fits = (e: Omit<Example, 'id' | 'split'>, maxTokens: number, stringTokens: number) =>
  e.prompt.length <= 640 && estimateCanvasTokens(e.prompt, e.schema, stringTokens) <= maxTokens;

/** message example `index` of a split: a pure function of (seed, split, index). */
export function messageDraw(index: number, options: MessageOptions = {}): MessageDraw {
  const o = { ...DEFAULTS, ...options };
  const pool = POOLS[o.split];
  let last: MessageDraw | undefined;
  for (let attempt = 0; attempt < 8; attempt++) {
    // attempts far from generateExample's (0-5), so the two streams draw apart
    const r = new Rand(o.seed, index, 1000 + attempt);
    const t = r.pick(pool);
    const d = drawTemplate(t, r, o.split, o);
    last = { ...d, example: { id: `msg-${o.seed}-${index}`, split: o.split, ...d.example } };
    if (fits(d.example, o.maxTokens, o.stringTokens)) break;
  }
  return last!;
}

export function messageExample(index: number, options: MessageOptions = {}): Example {
  return messageDraw(index, options).example;
}

/** `count` message examples of a split. */
export function messageExamples(options: MessageOptions & { count: number }): Example[] {
  return Array.from({ length: options.count }, (_, i) => messageExample(i, options));
}

/** a uniform number in [0, 1) from (seed, index, salt). */
function unit(seed: number, index: number, salt: string): number {
  return hash(`${salt}:${seed}:${index}`) / 2 ** 32;
}

/**
 * for the corpus stream: example `index` is a message with probability `share` (its split held out
 * with probability `heldoutFrac`), else undefined (the stream's own example stays).
 */
export function streamMessage(
  index: number,
  options: { seed: number; share: number; heldoutFrac: number; maxTokens?: number },
): Example | undefined {
  if (!(unit(options.seed, index, 'share') < options.share)) return undefined;
  const split: Split = unit(options.seed, index, 'split') < options.heldoutFrac ? 'heldout' : 'train';
  return messageExample(index, {
    seed: options.seed,
    split,
    ...(options.maxTokens ? { maxTokens: options.maxTokens } : {}),
  });
}
