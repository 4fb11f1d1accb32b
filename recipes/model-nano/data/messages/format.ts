// whole-message templates: a hand-written message with typed holes, and what a hole means (its
// value, how the message writes it, its JSON Schema fragment).
//
// A template's text is the message as a person would write it, with holes in braces:
//   {name}                 a value whose kind follows from the name (city, street, postcode, country,
//                          company, product, email, phone, url, or a hand list such as {dish})
//   {name:kind(args)}      a value of an explicit kind (see KINDS below)
//   {role.first}           a person's first name; .last, .full ("First Last"), .email (agrees with the
//                          name), .phone: every hole of one role is the same person
//   {group.name...}        a field inside a nested object (customer.address.city); the generator
//                          nests it or flattens it ("customer_city", "city")
//   {~name...}             a value that is NOT an answer (a distractor of the same kind, or context)
//   {name:bool|yes;yeah|no;nope}             true texts | false texts (';' separates alternatives)
//   {name:enum(a,b,c)|a=text;text|b=text}    canonical values; with texts only those values are drawn
//   {name:enum(@preset)}                     a preset's values and its short labels (ENUM_PRESETS)
//   {name:rows(1,3)|<qty:int(1,9,d)> x <item:product>}   an array of objects, one line per item
//                                           (rows(1,3,and): in prose, "a, b and c")
// Every hole with the same name (and the same ~) shows the same value; each shows it in a form drawn
// anew (a date once as "tomorrow", once as "June 12").
// [[ ... ]] is an optional part: the generator drops it sometimes, and the fields only it states are
// then absent from the message (absent from the value, optional in the schema, when asked).
// [[?name ...]] is there exactly when the bool `name` is true, [[!name ...]] when it is false
// ("[[?attending We'll be {guests:int(2,5)}. ]]").
// money(=a+b) is the sum of other amounts (a*b a product, items.amount the sum of a rows cell).
// Kinds:
//   int(min,max[,d])  integer, in digits or words ("three", "a dozen"); d: digits only
//   num(min,max,dec)  decimal number in digits          pct(min,max)  "15%", "15 percent"
//   money(min,max[,k|r]) number; "$1,234.50", "1.234,50 €", "CHF 300", "fifty euros" (one currency a
//                     message); k: whole thousands, r: whole tens
//   date(flags)       ISO date, written in many forms; flags: past, future (default), birth (child:
//                     a child's), abs
//                     (never relative), on (the hole brings its own "on"), +ref,min,max (that many
//                     days after the date `ref`); relative forms ("next Thursday", "tomorrow") only in
//                     a message that states its own date with a msgdate hole
//   msgdate           the message's own date (a header "Sent: Mon 9 Jun 2025", a chat stamp)
//   time(h1,h2)       "HH:MM" (24 h), written "14:30", "2:30pm", "half past two in the afternoon"
//   id(PATTERN)       an identifier: # digit, @ capital letter, * capital letter or digit
//   list(kind,min,max) strings in prose ("a, b and c"; min 0 needs a text for none: |no extras);
//                     max at most 6 (the schema compiler offers up to six items whole)
//   bullets(kind,min,max) strings one a line ("- a")
//   flight, iata, airport, plate, first, full, and every hand list of LISTS
import { type Json, MONTHS, type SchemaObject } from '../facts';
import type { Rand } from '../rand';

export interface Template {
  /** unique and stable: the train / held-out split is a hash of it. */
  id: string;
  domain: string;
  text: string;
  /** key synonyms of this template's fields (space-separated words), instead of KEYS. */
  keys?: Readonly<Record<string, readonly string[]>>;
  /** descriptions of this template's fields, instead of DESCRIPTIONS. */
  desc?: Readonly<Record<string, string>>;
  /** fields a schema may ask that this message never states (hole specs without braces). */
  unstated?: readonly string[];
}

/** one file of templates: a group of domains. */
export interface TemplateGroup {
  name: string;
  /** per domain: fields a schema may ask that its messages never state (hole specs). */
  unstated?: Readonly<Record<string, readonly string[]>>;
  templates: readonly Template[];
}

export const PARTS = ['first', 'last', 'full', 'email', 'phone'] as const;
export type Part = (typeof PARTS)[number];

export interface Hole {
  /** the text inside the braces. */
  spec: string;
  distractor: boolean;
  /** holes with the same var show the same value (`~` vars are separate from answers). */
  var: string;
  /** the answer path: group names, then the field name (a person's part is `part`). */
  path: string[];
  part?: Part;
  kind: string;
  args: string[];
  alts: string[];
}

export interface RowCell {
  name: string;
  kind: string;
  args: string[];
}
export type Piece = string | Hole;
export interface Section {
  optional: boolean;
  /** `[[?var ...]]` / `[[!var ...]]`: shown exactly when the bool var is true / false. */
  when?: { var: string; value: boolean };
  pieces: Piece[];
}
export interface ParsedTemplate {
  template: Template;
  sections: Section[];
  holes: Hole[];
}

export interface Person {
  person: true;
  first: string;
  last: string;
  email: string;
  phone: string;
}
export type Value = Json | Person;
export const isPerson = (v: Value | undefined): v is Person =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { person?: unknown }).person === true;

// ---------------------------------------------------------------------------- parsing

const SPEC = /^(~?)([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*)(?::([a-z_]+)(?:\(([^)]*)\))?)?((?:\|[^|]*)*)$/;

/** kinds a field name implies when the hole names none. */
const NAME_KINDS: Record<string, string> = {
  city: 'city',
  town: 'city',
  street: 'street',
  postcode: 'postcode',
  zip: 'postcode',
  country: 'country',
  state: 'state',
  company: 'company',
  employer: 'company',
  product: 'product',
  email: 'email',
  phone: 'phone',
  url: 'url',
  website: 'url',
  flight: 'flight',
  iata: 'iata',
  airport: 'airport',
  plate: 'plate',
  username: 'username',
  time: 'time',
  date: 'date',
};

/** kinds whose answer is normalised from how the text writes it (numbers, dates, choices, lists). */
const NORMALISED_KINDS = new Set([
  'int',
  'num',
  'pct',
  'money',
  'date',
  'msgdate',
  'time',
  'enum',
  'bool',
  'list',
  'bullets',
  'rows',
]);

export const SIMPLE_KINDS = new Set([
  'city',
  'street',
  'postcode',
  'country',
  'state',
  'company',
  'product',
  'email',
  'phone',
  'url',
  'flight',
  'iata',
  'airport',
  'plate',
  'first',
  'last',
  'full',
  'username',
  'int',
  'num',
  'pct',
  'money',
  'date',
  'msgdate',
  'time',
  'id',
  'enum',
  'bool',
  'list',
  'bullets',
  'rows',
]);

const isKind = (kind: string) => SIMPLE_KINDS.has(kind) || kind in LISTS;

export function parseSpec(spec: string): Hole {
  const m = SPEC.exec(spec);
  if (!m) throw new Error(`bad hole {${spec}}`);
  const [, tilde, name, explicit, argText, altText] = m;
  const path = name!.split('.');
  const last = path[path.length - 1]!;
  let part: Part | undefined;
  let kind = explicit;
  if (!kind && path.length >= 2 && (PARTS as readonly string[]).includes(last)) {
    part = last as Part;
    path.pop();
    kind = 'person';
  }
  kind ??= NAME_KINDS[last] ?? (last in LISTS ? last : undefined);
  if (!kind || (kind !== 'person' && !isKind(kind))) throw new Error(`hole {${spec}}: unknown kind`);
  const args = argText ? argText.split(',').map((a) => a.trim()) : [];
  const alts = altText ? altText.slice(1).split('|') : [];
  const hole: Hole = {
    spec,
    distractor: tilde === '~',
    var: `${tilde}${path.join('.')}`,
    path,
    ...(part ? { part } : {}),
    kind,
    args,
    alts,
  };
  checkHole(hole);
  return hole;
}

function checkHole(h: Hole): void {
  const bad = (why: string) => new Error(`hole {${h.spec}}: ${why}`);
  if (h.kind === 'bool' && h.alts.length !== 2) throw bad('a bool needs |true texts|false texts');
  if (h.kind === 'enum') {
    const values = enumValues(h);
    if (values.length < 2) throw bad('an enum needs two values or more');
    for (const alt of h.alts) {
      const at = alt.indexOf('=');
      if (at < 0 || !values.includes(alt.slice(0, at))) throw bad(`"${alt}" names no value of the enum`);
    }
  }
  if ((h.kind === 'list' || h.kind === 'bullets') && (!h.args[0] || !isKind(h.args[0])))
    throw bad('a list names its item kind');
  if ((h.kind === 'list' || h.kind === 'bullets') && Number(h.args[1] ?? 1) === 0 && !h.alts[0])
    throw bad('a list that can be empty needs a text for none');
  const maxArg =
    h.kind === 'rows' ? h.args[1] : h.kind === 'list' || h.kind === 'bullets' ? h.args[2] : undefined;
  if (maxArg !== undefined && Number(maxArg) > 6)
    throw bad('at most six items (the compiler offers six whole)');
  if (h.kind === 'rows') {
    const cells = rowCells(h);
    if (cells.length < 2) throw bad('rows need two cells or more');
  }
  if (h.kind === 'id' && !h.args[0]) throw bad('an id needs a pattern');
}

/** the cells of a rows hole: `<name:kind(args)>` in its row text. */
export function rowCells(h: Hole): RowCell[] {
  const cells: RowCell[] = [];
  for (const m of (h.alts[0] ?? '').matchAll(/<([a-z][a-z0-9_]*)(?::([a-z_]+)(?:\(([^)]*)\))?)?>/g)) {
    const name = m[1]!;
    const kind = m[2] ?? NAME_KINDS[name] ?? (name in LISTS ? name : '');
    if (!isKind(kind) || kind === 'rows' || kind === 'list' || kind === 'bullets')
      throw new Error(`row cell <${m[0]}>: unknown kind`);
    cells.push({ name, kind, args: m[3] ? m[3].split(',').map((a) => a.trim()) : [] });
  }
  return cells;
}

const parsedCache = new Map<string, ParsedTemplate>();

/** the sections and holes of a template (cached). */
export function parseTemplate(t: Template): ParsedTemplate {
  const cached = parsedCache.get(t.id);
  if (cached?.template === t) return cached;
  const sections: Section[] = [];
  const holes: Hole[] = [];
  let current: Section = { optional: false, pieces: [] };
  let text = '';
  const flush = () => {
    if (text) current.pieces.push(text);
    text = '';
  };
  const src = t.text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (src.startsWith('[[', i)) {
      if (current.optional) throw new Error(`${t.id}: nested [[`);
      flush();
      if (current.pieces.length) sections.push(current);
      current = { optional: true, pieces: [] };
      i++;
      const cond = /^[?!]([a-z][a-z0-9_]*) /.exec(src.slice(i + 1));
      if (cond) {
        current.when = { var: cond[1]!, value: cond[0][0] === '?' };
        i += cond[0].length;
      }
    } else if (src.startsWith(']]', i)) {
      if (!current.optional) throw new Error(`${t.id}: ]] without [[`);
      flush();
      sections.push(current);
      current = { optional: false, pieces: [] };
      i++;
    } else if (c === '{') {
      const end = src.indexOf('}', i);
      if (end < 0) throw new Error(`${t.id}: unclosed {`);
      flush();
      let hole: Hole;
      try {
        hole = parseSpec(src.slice(i + 1, end));
      } catch (error) {
        throw new Error(`${t.id}: ${(error as Error).message}`);
      }
      current.pieces.push(hole);
      holes.push(hole);
      i = end;
    } else if (c === '}') throw new Error(`${t.id}: } without {`);
    else text += c;
  }
  if (current.optional) throw new Error(`${t.id}: unclosed [[`);
  flush();
  if (current.pieces.length) sections.push(current);
  for (const s of sections)
    if (s.when && !holes.some((h) => h.var === s.when!.var && h.kind === 'bool'))
      throw new Error(`${t.id}: [[${s.when.value ? '?' : '!'}${s.when.var} names no bool`);
  const parsed = { template: t, sections, holes };
  parsedCache.set(t.id, parsed);
  return parsed;
}

// ---------------------------------------------------------------------------- context

export type Currency = 'USD' | 'EUR' | 'GBP' | 'CHF';
export const CURRENCIES: readonly Currency[] = ['USD', 'EUR', 'GBP', 'CHF'];

/** what the holes of one message share. */
export interface Ctx {
  r: Rand;
  locale: string;
  currency: Currency;
  /** ISO date of the message itself (a msgdate hole), for relative dates. */
  msgdate?: string;
  vars: Map<string, Value>;
  /** vars that show a person's name (their e-mail is made from it). */
  named: Set<string>;
}

// ---------------------------------------------------------------------------- dates

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => isoOf(dayNumber(iso) + n);
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
const weekdayOf = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
/** weeks start on Monday (1970-01-01 was a Thursday). */
const weekOf = (iso: string) => Math.floor((dayNumber(iso) + 3) / 7);
const pad = (n: number) => String(n).padStart(2, '0');
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** a date between two ISO dates, never February 29 (the compiler's date format leaves it out). */
function dateBetween(r: Rand, from: string, to: string): string {
  const a = dayNumber(from);
  const b = dayNumber(to);
  for (;;) {
    const iso = isoOf(r.int(a, b));
    if (!iso.endsWith('-02-29')) return iso;
  }
}

function dateValue(ctx: Ctx, h: Hole): string {
  const { r } = ctx;
  const ref = h.args.find((a) => a.startsWith('+'));
  if (ref) {
    const base = ctx.vars.get(ref.slice(1));
    const nums = h.args.filter((a) => /^-?\d+$/.test(a)).map(Number);
    const from = typeof base === 'string' ? base : (ctx.msgdate ?? '2025-06-01');
    let iso = addDays(from, r.int(nums[0] ?? 1, nums[1] ?? 7));
    if (iso.endsWith('-02-29')) iso = addDays(iso, 1);
    return iso;
  }
  if (h.args.includes('child')) return dateBetween(r, '2010-01-01', '2021-12-31');
  if (h.args.includes('birth')) return dateBetween(r, '1942-01-01', '2008-12-31');
  const past = h.args.includes('past');
  if (ctx.msgdate) {
    // near the message's own date: mostly within two weeks, so relative forms can name it
    const n = r.weighted([
      [r.int(0, 2), 3],
      [r.int(3, 13), 5],
      [r.int(14, 60), 2],
    ] as const);
    let iso = addDays(ctx.msgdate, past ? -Math.max(1, n) : n);
    if (iso.endsWith('-02-29')) iso = addDays(iso, past ? -1 : 1);
    return iso;
  }
  return past ? dateBetween(r, '2023-01-01', '2025-12-31') : dateBetween(r, '2024-01-01', '2026-12-31');
}

/** forms of a date that say the year, or (when the message has its own date) leave it out. */
function absoluteDate(r: Rand, iso: string, yearless: boolean): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  const mon = month.slice(0, 3);
  const wd = weekdayOf(iso);
  const forms: Array<readonly [string, number]> = yearless
    ? [
        [`${month} ${d}`, 3],
        [`${month} ${ordinal(d)}`, 3],
        [`${d} ${month}`, 3],
        [`the ${ordinal(d)} of ${month}`, 1],
        [`${wd} ${d} ${month}`, 1],
        [`${wd.slice(0, 3)} ${ordinal(d)} ${mon}`, 1],
        [`${wd}, ${month} ${d}`, 1],
        [`${pad(d)}.${pad(m)}.`, 0.5],
      ]
    : [
        [iso, 4],
        [`${month} ${d}, ${y}`, 3],
        [`${d} ${month} ${y}`, 3],
        [`${month} ${ordinal(d)} ${y}`, 2],
        [`${month} ${ordinal(d)}, ${y}`, 1],
        [`${ordinal(d)} ${month} ${y}`, 1],
        [`the ${ordinal(d)} of ${month} ${y}`, 1],
        [`${mon} ${d} ${y}`, 1],
        [`${d} ${mon} ${y}`, 2],
        [`${wd.slice(0, 3)} ${d} ${mon} ${y}`, 1],
        [`${wd}, ${month} ${d}, ${y}`, 1],
        [`${pad(d)}.${pad(m)}.${y}`, 2],
        // slashes only where day and month cannot be mistaken for each other
        ...(d > 12 || d === m
          ? ([
              [`${pad(d)}/${pad(m)}/${y}`, 1.5],
              [`${m}/${d}/${y}`, 1.5],
            ] as const)
          : []),
      ];
  return r.weighted(forms);
}

/** forms relative to the message's date, or undefined when none fits. */
function relativeDate(r: Rand, iso: string, msgdate: string): string | undefined {
  const n = daysBetween(msgdate, iso);
  const wk = weekOf(iso) - weekOf(msgdate);
  const wd = weekdayOf(iso);
  const d = Number(iso.slice(8));
  const forms: Array<readonly [string, number]> = [];
  if (n === 0) forms.push(['today', 4]);
  if (n === 1) forms.push(['tomorrow', 5], ['tmrw', 0.5]);
  if (n === 2) forms.push(['the day after tomorrow', 2]);
  if (n === -1) forms.push(['yesterday', 5]);
  if (n >= 2 && n <= 6) forms.push([wd, 2], [`${words(n)} days from now`, 0.3], [`in ${words(n)} days`, 0.7]);
  if (n >= 2 && wk === 0) forms.push([`this ${wd}`, 3], [`this coming ${wd}`, 0.5]);
  if (n > 0 && wk === 1) forms.push([`next ${wd}`, 3], [`${wd} next week`, 2], [`next week ${wd}`, 0.5]);
  if (n === 7) forms.push(['a week from today', 1], ['in a week', 1]);
  if (n === 14) forms.push(['in two weeks', 1]);
  if (Math.abs(n) >= 1 && Math.abs(n) <= 27)
    forms.push([`${wd} the ${ordinal(d)}`, 2], [`the ${ordinal(d)}`, 1]);
  if (n <= -2 && wk === 0) forms.push([`this past ${wd}`, 1], [`on ${wd}`, 1]);
  if (n < 0 && wk === -1) forms.push([`last ${wd}`, 3], [`${wd} last week`, 1]);
  if (n <= -2 && n >= -6) forms.push([`${words(-n)} days ago`, 2]);
  if (n === -7) forms.push(['a week ago', 1], ['this day last week', 0.3]);
  return forms.length ? r.weighted(forms) : undefined;
}

function dateText(ctx: Ctx, iso: string, h: Hole): string {
  const { r, msgdate } = ctx;
  const on = h.args.includes('on');
  if (msgdate && !h.args.includes('abs') && !h.args.includes('birth') && r.chance(0.55)) {
    const rel = relativeDate(r, iso, msgdate);
    if (rel) return on && /^(?:[A-Z]|the \d)/.test(rel) ? `on ${rel}` : rel;
  }
  const n = msgdate ? Math.abs(daysBetween(msgdate, iso)) : Number.POSITIVE_INFINITY;
  const yearless =
    msgdate !== undefined && n <= 120 && msgdate.slice(0, 4) === iso.slice(0, 4) && r.chance(0.5);
  const text = absoluteDate(r, iso, yearless);
  return on ? `on ${text}` : text;
}

/** the message's own date, as a header or a chat stamp writes it. */
function msgdateText(r: Rand, iso: string, time: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  const wd = weekdayOf(iso);
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const h12 = `${hh % 12 || 12}:${pad(mm)} ${hh < 12 ? 'AM' : 'PM'}`;
  return r.weighted([
    [`${wd.slice(0, 3)} ${d} ${month.slice(0, 3)} ${y}`, 3],
    [`${wd.slice(0, 3)}, ${d} ${month.slice(0, 3)} ${y} ${time}`, 2],
    [`${wd}, ${month} ${d}, ${y} ${h12}`, 2],
    [`${wd}, ${d} ${month} ${y} ${time}`, 2],
    [`${iso} ${time}`, 2],
    [`${wd} ${pad(d)}.${pad(m)}.${y}, ${time}`, 1],
    [`${month} ${d}, ${y} at ${h12}`, 1],
    [`${wd.slice(0, 3)} ${month.slice(0, 3)} ${d}, ${y}`, 1],
  ] as const);
}

// ---------------------------------------------------------------------------- numbers and money

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** an integer from 0 to 999 in words ("forty-two", "three hundred"). */
export function words(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
  const rest = n % 100;
  return `${ONES[Math.floor(n / 100)]} hundred${rest ? ` and ${words(rest)}` : ''}`;
}

function intText(r: Rand, v: number, digitsOnly: boolean): string {
  if (digitsOnly) return String(v);
  if (v === 12 && r.chance(0.4)) return 'a dozen';
  if (v === 6 && r.chance(0.2)) return 'half a dozen';
  if (v === 24 && r.chance(0.3)) return 'two dozen';
  if (v <= 20 && r.chance(0.35)) return words(v);
  return String(v);
}

const group3 = (whole: string, sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** 1234.5 as "1,234.50" (sep ',' and '.') or "1.234,50" (EU). */
function amount(v: number, thousands: string, decimal: string, forceCents: boolean): string {
  const cents = !Number.isInteger(v) || forceCents;
  const [whole, frac] = v.toFixed(2).split('.') as [string, string];
  return `${group3(whole, thousands)}${cents ? `${decimal}${frac}` : ''}`;
}

function moneyText(r: Rand, v: number, cur: Currency): string {
  const int = Number.isInteger(v);
  const cents = !int && r.chance(0.2) ? false : r.chance(0.15);
  const us = amount(v, r.chance(0.25) && v < 10000 ? '' : ',', '.', cents);
  const eu = amount(v, r.chance(0.3) ? ' ' : '.', ',', v >= 1000 || cents);
  const spoken = int && (v < 100 || (v < 1000 && v % 100 === 0)) ? words(v) : undefined;
  const forms: Array<readonly [string, number]> = [];
  switch (cur) {
    case 'USD':
      forms.push([`$${us}`, 6], [`${us} USD`, 1], [`USD ${us}`, 1], [`${us} dollars`, 1]);
      if (spoken) forms.push([`${spoken} dollars`, 1], [`${spoken} bucks`, 0.3]);
      break;
    case 'EUR':
      forms.push([`€${us}`, 3], [`${eu} €`, 2], [`${eu}€`, 1], [`EUR ${us}`, 1], [`${eu} EUR`, 1]);
      forms.push([`${us} euros`, 1]);
      if (spoken) forms.push([`${spoken} euros`, 1]);
      break;
    case 'GBP':
      forms.push([`£${us}`, 6], [`GBP ${us}`, 1], [`${us} GBP`, 0.5], [`${us} pounds`, 1]);
      if (spoken) forms.push([`${spoken} pounds`, 1], [`${spoken} quid`, 0.2]);
      break;
    case 'CHF':
      forms.push(
        [`CHF ${us}`, 4],
        [`CHF ${amount(v, "'", '.', cents)}`, 1],
        [`${us} CHF`, 1],
        [`${us} francs`, 0.5],
      );
      if (spoken) forms.push([`${spoken} francs`, 0.5]);
      break;
  }
  return r.weighted(forms);
}

/** `a+b*c+items.amount`: a sum of amounts, products and the cells of a rows var. */
function moneyExpression(ctx: Ctx, expr: string): number {
  const amountOf = (name: string): number => {
    const [v, cell] = name.split('.');
    const value = ctx.vars.get(v!);
    if (cell && Array.isArray(value))
      return value.reduce<number>((s, row) => s + Number((row as { [k: string]: Json })[cell] ?? 0), 0);
    if (typeof value !== 'number') throw new Error(`money(=${expr}): ${name} is not an amount drawn before`);
    return value;
  };
  const total = expr
    .split('+')
    .reduce((s, term) => s + term.split('*').reduce((p, f) => p * amountOf(f), 1), 0);
  return Math.round(total * 100) / 100;
}

/** holes whose value depends on others' (drawn after them). */
export const dependent = (h: Hole): boolean => h.args.some((a) => a.startsWith('+') || a.startsWith('='));

function moneyValue(r: Rand, min: number, max: number): number {
  const whole = r.int(min, max);
  return r.weighted([
    [whole, 4],
    [Math.max(min, Math.round(whole / 10) * 10), 2],
    [Number(`${whole}.${r.int(10, 99)}`), 3],
    [Number(`${whole}.99`), 1],
    [Number(`${whole}.5`), 1],
  ] as const);
}

// ---------------------------------------------------------------------------- times

function timeValue(r: Rand, h: Hole): string {
  const from = Number(h.args[0] ?? 8);
  const to = Number(h.args[1] ?? 19);
  const mm = r.weighted([
    ['00', 5],
    ['30', 4],
    ['15', 2],
    ['45', 2],
    [pad(r.pick([5, 10, 20, 25, 35, 40, 50, 55])), 1],
  ] as const);
  return `${pad(r.int(from, to))}:${mm}`;
}

function dayPart(hh: number): string {
  return hh < 12 ? 'in the morning' : hh < 18 ? 'in the afternoon' : hh < 22 ? 'in the evening' : 'at night';
}

function timeText(r: Rand, v: string): string {
  const [hh, mm] = v.split(':').map(Number) as [number, number];
  const h12 = hh % 12 || 12;
  const ap = hh < 12 ? 'am' : 'pm';
  const next12 = (hh + 1) % 12 || 12;
  const forms: Array<readonly [string, number]> = [
    [v, 5],
    [`${h12}:${pad(mm)}${ap}`, 3],
    [`${h12}:${pad(mm)} ${ap.toUpperCase()}`, 3],
    [`${h12}.${pad(mm)}${ap}`, 1],
    [`${h12}:${pad(mm)} ${ap[0]}.m.`, 1],
    [`${hh}h${pad(mm)}`, 0.7],
  ];
  if (mm === 0) {
    forms.push(
      [`${h12}${ap}`, 4],
      [`${h12} ${ap.toUpperCase()}`, 2],
      [`${words(h12)} o'clock ${dayPart(hh)}`, 1],
    );
    if (hh !== 12) forms.push([`${h12} ${dayPart(hh)}`, 1]);
    else forms.push(['noon', 2], ['midday', 1], ['12 noon', 1]);
  }
  if (mm === 30) forms.push([`half past ${words(h12)} ${dayPart(hh)}`, 1.5]);
  if (mm === 15) forms.push([`quarter past ${words(h12)} ${dayPart(hh)}`, 1]);
  if (mm === 45 && hh < 21) forms.push([`quarter to ${words(next12)} ${dayPart(hh + 1)}`, 1]);
  return r.weighted(forms);
}

// ---------------------------------------------------------------------------- people, places, ids

const LOCALE_COUNTRY: Record<string, string> = {
  en_US: 'United States',
  fr: 'France',
  de: 'Germany',
  es: 'Spain',
  it: 'Italy',
};
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
const FREE_MAIL = [
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'hotmail.com',
  'icloud.com',
  'proton.me',
  'gmx.de',
  'web.de',
  'orange.fr',
];

/** a domain whose labels the compiler's e-mail and URI formats accept. */
function domain(r: Rand): string {
  for (let i = 0; i < 6; i++) {
    const d = r.en.internet.domainName().toLowerCase();
    // short ones: a slot holds about sixteen tokens, and odd domains take one token for two letters
    if (d.length <= 16 && /^[a-z0-9](?:[a-z0-9-]{0,18}[a-z0-9])?\.[a-z]{2,6}$/.test(d)) return d;
  }
  return `${r.pick(['northwind', 'acme', 'bluepeak', 'lumen', 'harbor', 'vertex'])}${r.int(2, 99)}.com`;
}

function nameEmail(r: Rand, first: string, last: string): string {
  const f = ascii(first).slice(0, 8) || 'mail';
  const l = ascii(last).slice(0, 9) || 'box';
  const local = r.weighted([
    [`${f}.${l}`, 4],
    [`${f[0]}${l}`, 2],
    [`${f}${l}`, 1],
    [`${f}_${l}`, 1],
    [`${f}${r.int(1, 99)}`, 1],
    [`${l}.${f}`, 0.5],
  ] as const);
  return `${local}@${r.chance(0.55) ? r.pick(FREE_MAIL) : domain(r)}`;
}

const ROLE_MAILBOXES = [
  'info',
  'contact',
  'bookings',
  'support',
  'hello',
  'office',
  'sales',
  'team',
  'orders',
];
const roleEmail = (r: Rand) => `${r.pick(ROLE_MAILBOXES)}@${domain(r)}`;

const digitsFor = (r: Rand, pattern: string) => pattern.replace(/#/g, () => String(r.int(0, 9)));

function phone(r: Rand, locale: string): string {
  const patterns: Record<string, readonly string[]> = {
    en_US: ['(###) ###-####', '###-###-####', '+1 ### ### ####', '###.###.####', '+1 (###) ###-####'],
    fr: ['06 ## ## ## ##', '+33 6 ## ## ## ##', '01 ## ## ## ##'],
    de: ['+49 15# #######', '0151 ########', '030 #######', '+49 30 ########'],
    es: ['+34 6## ### ###', '6## ## ## ##'],
    it: ['+39 3## ### ####', '3## ### ####'],
    uk: ['07### ######', '+44 7### ######', '020 #### ####'],
  };
  const key = locale === 'en_US' && r.chance(0.25) ? 'uk' : locale;
  return digitsFor(r, r.pick(patterns[key] ?? patterns.en_US!));
}

/** a faker text of at most `max` characters (redrawn a few times; a slot holds about 16 tokens). */
function short(draw: () => string, max: number): string {
  let text = draw();
  for (let i = 0; i < 6 && text.length > max; i++) text = draw();
  return text;
}

function personValue(ctx: Ctx, v: string): Person {
  const { r } = ctx;
  const first = short(() => r.f.person.firstName(), 11);
  const last = short(() => r.f.person.lastName(), 13);
  const email = ctx.named.has(v) ? nameEmail(r, first, last) : roleEmail(r);
  return { person: true, first, last, email, phone: phone(r, ctx.locale) };
}

/** an id drawn from a pattern: # a digit, @ a capital letter, * a capital letter or digit. */
function idValue(r: Rand, pattern: string): string {
  return pattern.replace(/[#@*]/g, (c) =>
    c === '#'
      ? String(r.int(0, 9))
      : c === '@'
        ? String.fromCharCode(65 + r.int(0, 25))
        : r.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789']),
  );
}

/** the pattern's JSON Schema regex. */
export function idRegex(pattern: string): string {
  let out = '^';
  for (const m of pattern.matchAll(/([#@*])\1*|[^#@*]+/g)) {
    const run = m[0];
    const n = run.length;
    const cls = run[0] === '#' ? '[0-9]' : run[0] === '@' ? '[A-Z]' : run[0] === '*' ? '[A-Z0-9]' : undefined;
    out += cls ? `${cls}${n > 1 ? `{${n}}` : ''}` : run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return `${out}$`;
}

const PLATES: Record<string, readonly string[]> = {
  en_US: ['#@@@###', '@@@ ####', '###-@@@'],
  fr: ['@@-###-@@'],
  de: ['@-@@ ####', '@@-@ ###'],
  es: ['#### @@@'],
  it: ['@@ ###@@'],
};

const AIRLINES = [
  'LH',
  'BA',
  'AF',
  'KL',
  'UA',
  'DL',
  'AA',
  'IB',
  'AZ',
  'LX',
  'OS',
  'SK',
  'TP',
  'EI',
  'U2',
  'FR',
];

const PRODUCTS_REAL = [
  'USB-C charging cable',
  'wireless mouse',
  'standing desk',
  'espresso machine',
  'office chair',
  'laptop stand',
  'noise-cancelling headphones',
  'coffee grinder',
  'yoga mat',
  'water bottle',
  'LED desk lamp',
  'mechanical keyboard',
  'running shoes',
  'rain jacket',
  'cast iron pan',
  'electric kettle',
  'phone case',
  'bluetooth speaker',
  'printer toner',
  'A4 paper',
  'webcam',
  'monitor arm',
  'HDMI cable',
  'backpack',
  'winter boots',
  'garden hose',
  'air purifier',
  'baby monitor',
  'toaster',
  'bike helmet',
  'camping stove',
  'throw blanket',
];

function productValue(r: Rand): string {
  return r.chance(0.6) ? r.pick(PRODUCTS_REAL) : short(() => r.en.commerce.productName(), 26);
}

const COUNTRIES = [
  'Germany',
  'France',
  'Spain',
  'Italy',
  'Portugal',
  'the Netherlands',
  'Belgium',
  'Austria',
  'Switzerland',
  'Poland',
  'Sweden',
  'Denmark',
  'Ireland',
  'the United Kingdom',
  'Canada',
  'the United States',
  'Mexico',
  'Brazil',
  'Japan',
  'Australia',
  'India',
  'Norway',
  'Greece',
  'Czech Republic',
];

// ---------------------------------------------------------------------------- values

const enumPreset = (h: Hole) => (h.args[0]?.startsWith('@') ? ENUM_PRESETS[h.args[0].slice(1)] : undefined);

/** the canonical values an enum hole can take (the schema's enum). */
export function enumValues(h: Hole): string[] {
  const preset = enumPreset(h);
  if (h.args[0]?.startsWith('@') && !preset) throw new Error(`hole {${h.spec}}: no enum preset ${h.args[0]}`);
  return preset ? Object.keys(preset) : h.args;
}

/** the values the text can say (those with texts, when the hole gives any). */
function enumDrawable(h: Hole): string[] {
  return h.alts.length ? h.alts.map((a) => a.slice(0, a.indexOf('='))) : enumValues(h);
}

/** a value of a simple (non-person) kind. */
function simpleValue(ctx: Ctx, kind: string, args: readonly string[], h: Hole): Json {
  const { r } = ctx;
  const num = (i: number, d: number) => Number(args[i] ?? d);
  switch (kind) {
    case 'city':
      return short(() => r.f.location.city(), 20);
    case 'street':
      return short(() => r.f.location.streetAddress(), 26);
    case 'postcode':
      return r.f.location.zipCode();
    case 'country':
      return r.chance(0.4) ? (LOCALE_COUNTRY[ctx.locale] ?? r.pick(COUNTRIES)) : r.pick(COUNTRIES);
    case 'state':
      return r.en.location.state();
    case 'company':
      return short(() => r.f.company.name(), 24);
    case 'product':
      return productValue(r);
    case 'email':
      return r.chance(0.5) ? nameEmail(r, r.f.person.firstName(), r.f.person.lastName()) : roleEmail(r);
    case 'phone':
      return phone(r, ctx.locale);
    case 'url':
      return `https://${r.chance(0.2) ? 'www.' : ''}${domain(r)}${r.chance(0.3) ? `/${r.pick(URL_PATHS)}` : ''}`;
    case 'flight':
      return `${r.pick(AIRLINES)}${r.int(10, 2999)}`;
    case 'iata':
      return r.en.airline.airport().iataCode;
    case 'airport':
      return short(() => r.en.airline.airport().name, 30);
    case 'plate':
      return idValue(r, r.pick(PLATES[ctx.locale] ?? PLATES.en_US!));
    case 'first':
      return short(() => r.f.person.firstName(), 11);
    case 'last':
      return short(() => r.f.person.lastName(), 13);
    case 'full':
      return short(() => `${r.f.person.firstName()} ${r.f.person.lastName()}`, 24);
    case 'username': {
      const u = r.en.internet
        .username()
        .normalize('NFD')
        .replace(/[^A-Za-z0-9._-]/g, '');
      return u.length >= 3 ? u.slice(0, 20) : `user${r.int(100, 999)}`;
    }
    case 'int':
      return r.int(num(0, 1), num(1, 10));
    case 'num': {
      const dec = num(2, 1);
      const v = r.int(num(0, 0) * 10 ** dec, num(1, 100) * 10 ** dec) / 10 ** dec;
      return Number(v.toFixed(dec));
    }
    case 'pct': {
      const round = [5, 10, 15, 20, 25, 30, 40, 50].filter((p) => p >= num(0, 0) && p <= num(1, 100));
      return round.length && r.chance(0.7) ? r.pick(round) : r.int(num(0, 0), num(1, 100));
    }
    case 'money': {
      if (args[0]?.startsWith('=')) return moneyExpression(ctx, args[0].slice(1));
      const v = moneyValue(r, num(0, 5), num(1, 500));
      // k: whole thousands (salaries, prices of houses); r: whole tens (rents)
      return args[2] === 'k'
        ? Math.max(1000, Math.round(v / 1000) * 1000)
        : args[2] === 'r'
          ? Math.round(v / 10) * 10
          : v;
    }
    case 'date':
      return dateValue(ctx, h);
    case 'msgdate':
      return dateBetween(r, '2024-01-08', '2026-11-30');
    case 'time':
      return timeValue(r, h);
    case 'id':
      return idValue(r, args[0]!);
    case 'enum':
      return r.pick(enumDrawable(h));
    case 'bool':
      return r.chance(0.5);
    default: {
      const list = LISTS[kind];
      if (!list) throw new Error(`no values for kind ${kind}`);
      return r.pick(list);
    }
  }
}

/** the value of a hole's var (a person for person holes, an array for lists and rows). */
export function holeValue(ctx: Ctx, h: Hole): Value {
  const { r } = ctx;
  if (h.kind === 'person') return personValue(ctx, h.var);
  if (h.kind === 'list' || h.kind === 'bullets') {
    const kind = h.args[0]!;
    const n = r.int(Number(h.args[1] ?? 1), Number(h.args[2] ?? 4));
    const items: string[] = [];
    for (let tries = 0; items.length < n && tries < 40; tries++) {
      const v = String(simpleValue(ctx, kind, [], h));
      if (!items.includes(v)) items.push(v);
    }
    return items;
  }
  if (h.kind === 'rows') {
    const cells = rowCells(h);
    const n = r.int(Number(h.args[0] ?? 1), Number(h.args[1] ?? 3));
    const rows: Json[] = [];
    const seen = new Set<string>();
    for (let tries = 0; rows.length < n && tries < 40; tries++) {
      const row: { [k: string]: Json } = {};
      for (const c of cells) row[c.name] = simpleValue(ctx, c.kind, c.args, h);
      // rows differ in their texts (two lines of one dish are one line)
      const texts = JSON.stringify(cells.filter((c) => isVerbatim(c.kind)).map((c) => row[c.name]));
      if (seen.has(texts)) continue;
      seen.add(texts);
      rows.push(row);
    }
    return rows;
  }
  return simpleValue(ctx, h.kind, h.args, h);
}

// ---------------------------------------------------------------------------- text

function joinProse(r: Rand, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = r.weighted([
    [' and ', 6],
    [', and ', 2],
    [' & ', 1],
  ] as const);
  return `${items.slice(0, -1).join(', ')}${items.length === 2 && and === ', and ' ? ' and ' : and}${items[items.length - 1]}`;
}

function bullets(r: Rand, items: readonly string[]): string {
  const mark = r.weighted([
    ['- ', 5],
    ['* ', 2],
    ['• ', 2],
    ['#. ', 1],
  ] as const);
  return items.map((t, i) => (mark === '#. ' ? `${i + 1}. ${t}` : `${mark}${t}`)).join('\n');
}

/** a value of a simple kind as the message writes it. */
function simpleText(ctx: Ctx, kind: string, args: readonly string[], v: Json, h: Hole): string {
  const { r } = ctx;
  switch (kind) {
    case 'int':
      return intText(r, v as number, args[2] === 'd');
    case 'num':
      return String(v);
    case 'pct':
      return r.weighted([
        [`${v}%`, 6],
        [`${v} %`, 1],
        [`${v} percent`, 2],
        [`${v} per cent`, 1],
      ] as const);
    case 'money':
      return moneyText(r, v as number, ctx.currency);
    case 'date':
      return dateText(ctx, v as string, h);
    case 'msgdate':
      return msgdateText(r, v as string, timeValue(r, { ...h, args: ['7', '21'] }));
    case 'time':
      return timeText(r, v as string);
    case 'bool': {
      const side = (v ? h.alts[0] : h.alts[1]) ?? String(v);
      return r.pick(side.split(';'));
    }
    case 'enum': {
      const own = h.alts.find((a) => a.startsWith(`${v}=`));
      if (own) return r.pick(own.slice(own.indexOf('=') + 1).split(';'));
      const say = enumPreset(h)?.[v as string];
      return say ? r.pick(say) : String(v).replace(/_/g, ' ');
    }
    default:
      return String(v);
  }
}

/** a hole's value as the message writes it here. */
export function holeText(ctx: Ctx, h: Hole, v: Value): string {
  const { r } = ctx;
  if (isPerson(v)) {
    switch (h.part) {
      case 'first':
        return v.first;
      case 'last':
        return v.last;
      case 'email':
        return v.email;
      case 'phone':
        return v.phone;
      default:
        return `${v.first} ${v.last}`;
    }
  }
  if (h.kind === 'list' || h.kind === 'bullets') {
    const items = v as string[];
    if (!items.length) return r.pick((h.alts[0] ?? '').split(';'));
    return h.kind === 'list' ? joinProse(r, items) : bullets(r, items);
  }
  if (h.kind === 'rows') {
    const cells = rowCells(h);
    const lines = (v as Array<{ [k: string]: Json }>).map((row) =>
      (h.alts[0] ?? '').replace(/<([a-z][a-z0-9_]*)[^>]*>/g, (_, name: string) => {
        const c = cells.find((x) => x.name === name)!;
        return simpleText(ctx, c.kind, c.args, row[name]!, h);
      }),
    );
    return h.args[2] === 'and' ? joinProse(r, lines) : lines.join('\n');
  }
  return simpleText(ctx, h.kind, h.args, v as Json, h);
}

// ---------------------------------------------------------------------------- schema fragments

/** answers copied from the text as they are (the rest is normalised: dates, enums, numbers...). */
export const VERBATIM_KINDS: ReadonlySet<string> = new Set(
  [...SIMPLE_KINDS].filter((kind) => !NORMALISED_KINDS.has(kind)),
);
export const isVerbatim = (kind: string) => VERBATIM_KINDS.has(kind) || kind in LISTS;

function stringSchema(r: Rand, v: Json | undefined): SchemaObject {
  const len = typeof v === 'string' ? v.length : 20;
  if (!r.chance(0.25)) return { type: 'string' };
  const max = [20, 30, 40, 60, 80, 120].find((m) => m >= len) ?? 200;
  return { type: 'string', maxLength: max };
}

/** the JSON Schema of a simple kind's value (`v`: the value, when there is one). */
export function kindSchema(r: Rand, kind: string, args: readonly string[], h: Hole, v?: Json): SchemaObject {
  const num = (i: number, d: number) => Number(args[i] ?? d);
  switch (kind) {
    case 'email':
      return r.chance(0.5) ? { type: 'string', format: 'email' } : { type: 'string' };
    case 'url':
      return r.chance(0.4) ? { type: 'string', format: 'uri' } : { type: 'string' };
    case 'id':
      return r.weighted([
        [{ type: 'string', pattern: idRegex(args[0]!) }, 4],
        [{ type: 'string' }, 5],
        [{ type: 'string', maxLength: Math.max(12, args[0]!.length + 4) }, 1],
      ] as const);
    case 'iata':
      return r.chance(0.5) ? { type: 'string', pattern: '^[A-Z]{3}$' } : { type: 'string' };
    case 'int': {
      const lo = num(0, 1);
      const hi = num(1, 10);
      return r.weighted([
        [{ type: 'integer' }, 3],
        [{ type: 'integer', minimum: Math.min(lo, 0) }, 2],
        [
          { type: 'integer', minimum: Math.min(lo, 1), maximum: Math.max(hi, 10) * (r.chance(0.5) ? 10 : 1) },
          2,
        ],
        [{ type: 'number' }, 1],
      ] as const);
    }
    case 'num':
      return r.chance(0.5) ? { type: 'number' } : { type: 'number', minimum: Math.min(0, num(0, 0)) };
    case 'pct':
      return r.weighted([
        [{ type: 'number', minimum: 0, maximum: 100 }, 2],
        [{ type: 'integer', minimum: 0, maximum: 100 }, 2],
        [{ type: 'number' }, 1],
      ] as const);
    case 'money':
      return r.chance(0.5) ? { type: 'number' } : { type: 'number', minimum: 0 };
    case 'date':
    case 'msgdate':
      return r.weighted([
        [{ type: 'string', format: 'date' }, 8],
        [{ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, 1],
      ] as const);
    case 'time':
      return r.chance(0.7)
        ? { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }
        : { type: 'string', maxLength: 5 };
    case 'enum':
      return { type: 'string', enum: enumValues(h) };
    case 'bool':
      return { type: 'boolean' };
    case 'currency':
      return { type: 'string', enum: r.chance(0.5) ? [...CURRENCIES] : [...CURRENCIES, 'JPY', 'CAD'] };
    default:
      return stringSchema(r, v);
  }
}

/** generic descriptions of a kind's field, when its name has none. */
export const KIND_DESCRIPTIONS: Record<string, readonly string[]> = {
  date: ['ISO date (YYYY-MM-DD)', 'date as YYYY-MM-DD', 'calendar date'],
  msgdate: ['date the message was sent', 'ISO date of the message'],
  time: ['24-hour time, HH:MM', 'time of day (HH:MM)'],
  money: ['amount as a number, no currency sign', 'numeric amount'],
  pct: ['percentage as a number', 'percent (0-100)'],
  int: ['a whole number'],
  currency: ['ISO 4217 currency code', 'currency code'],
};

// ---------------------------------------------------------------------------- lexicon

const URL_PATHS = [
  'careers',
  'jobs/4411',
  'listing/88213',
  'status',
  'docs',
  'book',
  'menu',
  'events/2025',
  'support',
  'pricing',
];

/** enum presets: canonical value -> short labels ("Priority: P1"). */
export const ENUM_PRESETS: Record<string, Record<string, readonly string[]>> = {
  priority: {
    low: ['low', 'Low', 'P3', 'minor'],
    medium: ['medium', 'Medium', 'normal', 'P2'],
    high: ['high', 'High', 'HIGH', 'P1', 'urgent', 'URGENT'],
  },
  severity: {
    minor: ['minor', 'Minor', 'cosmetic', 'low'],
    major: ['major', 'Major', 'high'],
    critical: ['critical', 'Critical', 'CRITICAL', 'blocker', 'showstopper'],
  },
  seat: {
    window: ['window', 'Window', 'a window seat'],
    aisle: ['aisle', 'Aisle', 'an aisle seat'],
    middle: ['middle', 'Middle', 'a middle seat'],
  },
  cabin: {
    economy: ['economy', 'Economy', 'coach', 'eco'],
    premium_economy: ['premium economy', 'Premium Economy', 'prem eco'],
    business: ['business', 'Business', 'business class', 'biz class'],
    first: ['first class', 'First', 'First Class'],
  },
  room: {
    single: ['single', 'Single', 'single room'],
    double: ['double', 'Double', 'double room', 'DBL'],
    twin: ['twin', 'Twin', 'twin room', 'two single beds'],
    suite: ['suite', 'Suite', 'junior suite'],
  },
  payment: {
    card: ['card', 'credit card', 'Visa', 'Mastercard', 'debit card', 'Amex'],
    paypal: ['PayPal', 'paypal', 'Paypal'],
    cash: ['cash', 'Cash', 'cash on delivery'],
    bank_transfer: ['bank transfer', 'wire transfer', 'SEPA transfer', 'Bank Transfer'],
  },
  diet: {
    none: ['none', 'no restrictions', 'nothing special', 'n/a'],
    vegetarian: ['vegetarian', 'veggie', 'Vegetarian'],
    vegan: ['vegan', 'Vegan', 'plant-based'],
    gluten_free: ['gluten-free', 'GF', 'coeliac', 'celiac'],
  },
  size: {
    XS: ['XS', 'extra small'],
    S: ['S', 'small', 'Small'],
    M: ['M', 'medium', 'Medium'],
    L: ['L', 'large', 'Large'],
    XL: ['XL', 'extra large', 'X-Large'],
  },
  contact: {
    email: ['email', 'e-mail', 'mail'],
    phone: ['phone', 'a call', 'phone call'],
    sms: ['text', 'SMS', 'text message'],
  },
  leave: {
    vacation: ['vacation', 'holiday', 'annual leave', 'PTO'],
    sick: ['sick leave', 'sick day', 'sick'],
    parental: ['parental leave', 'paternity leave', 'maternity leave'],
    unpaid: ['unpaid leave', 'unpaid'],
  },
  employment: {
    full_time: ['full-time', 'full time', 'Full-time', 'FT'],
    part_time: ['part-time', 'part time', 'Part-time', 'PT'],
    contract: ['contract', 'freelance', 'contractor', 'Contract'],
    internship: ['internship', 'intern', 'Internship'],
  },
  car: {
    economy: ['economy', 'Economy', 'small car'],
    compact: ['compact', 'Compact'],
    suv: ['SUV', 'suv'],
    van: ['van', 'minivan', 'Van'],
    luxury: ['luxury', 'Luxury', 'premium'],
  },
  status: {
    pending: ['pending', 'Pending', 'not shipped yet'],
    shipped: ['shipped', 'Shipped', 'on its way', 'in transit'],
    delivered: ['delivered', 'Delivered'],
    cancelled: ['cancelled', 'canceled', 'Cancelled'],
  },
  sentiment: {
    positive: ['positive', 'great', 'happy'],
    neutral: ['neutral', 'okay', 'mixed'],
    negative: ['negative', 'bad', 'unhappy'],
  },
};

/** hand lists: kinds whose values are picked from a list (and copied as they are). */
export const LISTS: Record<string, readonly string[]> = {
  dish: [
    'mushroom risotto',
    'chicken tikka masala',
    'beef burger',
    'margherita pizza',
    'pad thai',
    'caesar salad',
    'lamb tagine',
    'fish and chips',
    'spaghetti carbonara',
    'vegetable curry',
    'ramen',
    'falafel wrap',
  ],
  topping: [
    'extra cheese',
    'mushrooms',
    'olives',
    'jalapeños',
    'pepperoni',
    'onions',
    'pineapple',
    'ham',
    'spinach',
    'anchovies',
  ],
  allergy: ['nuts', 'peanuts', 'shellfish', 'gluten', 'lactose', 'eggs', 'soy', 'sesame'],
  symptom: [
    'a persistent cough',
    'lower back pain',
    'a sore throat',
    'headaches',
    'a skin rash',
    'knee pain',
    'trouble sleeping',
    'a high fever',
    'dizziness',
    'ear pain',
  ],
  leave_reason: [
    "my sister's wedding",
    'a family emergency',
    'moving house',
    'a medical procedure',
    'a trip home',
    'my graduation ceremony',
    'jury duty',
    'a funeral',
  ],
  issue: [
    'the app crashes on login',
    'the invoice PDF is blank',
    'password reset emails never arrive',
    'the export button does nothing',
    'sync stopped working',
    'the dashboard loads forever',
    'two-factor codes are rejected',
    'search returns no results',
  ],
  browser: ['Chrome 126', 'Firefox 127', 'Safari 17.5', 'Edge 125', 'Chrome on Android', 'Safari on iOS 17'],
  os: ['Windows 11', 'macOS 14.5', 'Ubuntu 22.04', 'iOS 17.5', 'Android 14', 'Windows 10'],
  version: ['v2.3.1', 'v3.0.0-beta.2', '1.14.7', '4.2.0', 'v5.1.12', '2024.06.1'],
  device: [
    'thermostat',
    'freezer sensor',
    'water leak sensor',
    'smoke detector',
    'door sensor',
    'air quality monitor',
    'boiler',
    'server room sensor',
  ],
  room_name: [
    'kitchen',
    'basement',
    'server room',
    'living room',
    'warehouse B',
    'cold store 2',
    'garage',
    'lab 3',
  ],
  skill: [
    'Python',
    'TypeScript',
    'SQL',
    'Kubernetes',
    'React',
    'AWS',
    'Figma',
    'Excel',
    'Go',
    'Terraform',
    'Java',
    'German',
  ],
  perk: [
    'a gym budget',
    'private health insurance',
    'four-day weeks',
    'a learning budget',
    'stock options',
    'free lunch',
    'a company bike',
    '30 days of holiday',
  ],
  amenity: [
    'a balcony',
    'a parking space',
    'a garden',
    'an elevator',
    'a fitted kitchen',
    'a cellar',
    'underfloor heating',
    'a dishwasher',
  ],
  extra: ['a child seat', 'a GPS unit', 'snow chains', 'a second driver', 'a roof box', 'full insurance'],
  subject: [
    'maths',
    'French',
    'art',
    'music',
    'chemistry',
    'history',
    'computer science',
    'biology',
    'drama',
    'Spanish',
  ],
  damage: [
    'a cracked windscreen',
    'a dented rear bumper',
    'a broken side mirror',
    'a scratched door',
    'hail damage on the roof',
    'a flat tyre and a bent rim',
  ],
  home_damage: [
    'water damage in the kitchen',
    'a burst pipe',
    'a leaking roof',
    'damp in the bedroom wall',
    'a flooded cellar',
    'a cracked bathroom ceiling',
  ],
  dish_to_bring: [
    'a salad',
    'dessert',
    'drinks',
    'bread',
    'a cheese board',
    'snacks',
    'a pasta bake',
    'fruit',
  ],
  feature: [
    'dark mode',
    'CSV export',
    'a calendar view',
    'keyboard shortcuts',
    'offline mode',
    'bulk editing',
    'SSO login',
    'an API',
  ],
  expense_item: [
    'taxi',
    'train ticket',
    'hotel',
    'client dinner',
    'parking',
    'conference fee',
    'flight',
    'office supplies',
    'mileage',
    'lunch',
  ],
  school: [
    'Riverside Primary',
    'St Mary\u2019s School',
    'Oakwood Academy',
    'Hillcrest High',
    'Maple Grove School',
    'Lakeside Elementary',
  ],
  grade: ['Year 3', 'Year 7', 'grade 2', 'grade 5', 'kindergarten', 'Year 10', 'grade 9'],
  specialty: [
    'dermatology',
    'cardiology',
    'physiotherapy',
    'orthopaedics',
    'ENT',
    'general practice',
    'dentistry',
  ],
  property_type: ['apartment', 'flat', 'house', 'studio', 'townhouse', 'loft'],
  event_name: [
    'the summer party',
    'the team offsite',
    'the product launch',
    'the annual gala',
    'the charity run',
    'the book club',
    'the alumni dinner',
  ],
  plan: ['Starter', 'Pro', 'Business', 'Team', 'Enterprise', 'Basic', 'Premium'],
  reason: [
    'it arrived damaged',
    'wrong size',
    'it stopped working after a week',
    'I ordered the wrong colour',
    'it is not as described',
    'it arrived too late',
    'I changed my mind',
  ],
  color: ['black', 'white', 'navy', 'red', 'forest green', 'grey', 'beige', 'sky blue'],
  note: ['leave it with the neighbour', 'call before delivery', 'fragile', 'back door please'],
  month: MONTHS,
  service: [
    'website redesign',
    'logo design',
    'SEO audit',
    'copywriting',
    'photography',
    'consulting',
    'translation',
    'bookkeeping',
    'app maintenance',
    'data migration',
  ],
  bank: [
    'Deutsche Bank',
    'BNP Paribas',
    'Barclays',
    'ING',
    'Santander',
    'Chase',
    'UBS',
    'Rabobank',
    'Commerzbank',
    'HSBC',
  ],
  cake_flavour: ['chocolate', 'lemon', 'vanilla', 'carrot', 'red velvet', 'coffee and walnut', 'strawberry'],
  review_headline: [
    'Does the job',
    'Disappointed',
    'Love it!',
    'Not worth the price',
    'Solid, but noisy',
    'Broke after a month',
    'Great value',
  ],
  hotel_complaint: [
    'air conditioning was broken',
    'walls were paper thin',
    'shower was cold every morning',
    'wifi barely worked',
    'street noise kept us awake',
    'bed was too soft',
  ],
  bag_item: [
    'a laptop',
    'my camera',
    'winter clothes',
    'two pairs of shoes',
    'medication',
    'a tablet',
    'a wedding dress',
    'headphones',
  ],
  pet_kind: ['dog', 'cat', 'rabbit', 'parrot', 'guinea pig', 'ferret'],
  pet_name: ['Luna', 'Max', 'Bella', 'Milo', 'Coco', 'Rocky', 'Nala', 'Oscar', 'Pepper', 'Simba'],
  car_model: [
    'VW Golf',
    'Toyota Corolla',
    'Ford Focus',
    'Renault Clio',
    'Skoda Octavia',
    'Peugeot 208',
    'Tesla Model 3',
    'Fiat 500',
    'BMW 3 Series',
    'Opel Astra',
  ],
  occasion: ['an anniversary', 'a birthday', 'a graduation', 'an engagement', 'a retirement'],
  meeting_room: [
    'Room 4.12',
    'the Atlas room',
    'Boardroom B',
    'Meeting Room 2',
    'the Fjord room',
    'Conf 3A',
    'the small kitchen',
  ],
  topic: [
    'Q3 budget',
    'hiring plan',
    'website relaunch',
    'vendor contract',
    'sales pipeline',
    'roadmap',
    'onboarding process',
    'office move',
  ],
  meeting_title: [
    'Quarterly review',
    'Design sync',
    'Project kickoff',
    'Sprint planning',
    'Intro to data privacy',
    'Budget check-in',
    'Customer onboarding 101',
  ],
  tz: ['CET', 'CEST', 'GMT', 'BST', 'EST', 'PST', 'UTC'],
  study_field: [
    'marketing',
    'computer science',
    'economics',
    'graphic design',
    'mechanical engineering',
    'business administration',
  ],
  spoken_language: ['German', 'French', 'Spanish', 'Italian', 'Portuguese', 'Polish', 'Arabic', 'Turkish'],
  strength: [
    'communication',
    'ownership',
    'SQL',
    'stakeholder management',
    'debugging',
    'mentoring',
    'product sense',
    'testing',
  ],
  job_title: [
    'backend engineer',
    'product designer',
    'data analyst',
    'account manager',
    'office manager',
    'DevOps engineer',
    'marketing lead',
    'sales representative',
    'frontend developer',
    'HR generalist',
    'project manager',
    'customer success manager',
  ],
  department: [
    'Finance',
    'Marketing',
    'Sales',
    'Engineering',
    'Customer Support',
    'Legal',
    'Operations',
    'HR',
  ],
  cancel_reason: [
    'too expensive',
    'we switched to another tool',
    'the team is shrinking',
    'missing features',
    'we closed the project',
  ],
  service_name: ['checkout-api', 'payments', 'auth-service', 'search', 'the mobile API', 'notifications'],
  component: ['billing', 'login', 'reports', 'the editor', 'notifications', 'checkout', 'user settings'],
  phone_model: [
    'iPhone 13',
    'iPhone 15 Pro',
    'Samsung Galaxy S23',
    'Pixel 8',
    'Xiaomi Redmi Note 12',
    'OnePlus 11',
  ],
  app_name: ['Taskly', 'BudgetBee', 'NoteNest', 'ShipTrack', 'FitLog', 'Planwise'],
  laptop_model: ['MacBook Pro 14', 'ThinkPad T14', 'Dell XPS 13', 'MacBook Air', 'HP EliteBook 840'],
  software: [
    'Slack',
    'Figma',
    'Jira',
    'Salesforce',
    'Office 365',
    'Docker',
    'Tableau',
    'Adobe Acrobat',
    'VS Code',
  ],
  equipment: ['charger', 'docking station', 'headset', 'monitor', 'keyboard', 'mouse', 'security badge'],
  song: ['Dancing Queen', 'September', 'Mr. Brightside', 'Shut Up and Dance', 'Uptown Funk'],
  medication: ['metformin', 'lisinopril', 'levothyroxine', 'atorvastatin', 'sertraline', 'amlodipine'],
  absence_reason: [
    'a dentist appointment',
    'a stomach bug',
    'a family funeral',
    'a fever',
    'a hospital check-up',
  ],
  course: [
    'Statistics II',
    'Organic Chemistry',
    'Intro to Philosophy',
    'Microeconomics',
    'Spanish B1',
    'Data Structures',
  ],
  repair_issue: [
    'leaking tap',
    'broken heating',
    'mould in the bathroom',
    'faulty boiler',
    'broken window latch',
    'blocked drain',
  ],
  stolen_item: ['laptop', 'handbag', 'camera', 'sat nav', 'sports bag', 'child seat'],
  session: [
    'Keynote',
    'Workshop A: pricing',
    'Panel: AI in retail',
    'Networking lunch',
    'Workshop B: hiring',
  ],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

// ---------------------------------------------------------------------------- key synonyms

/** a person's parts as keys (under the person's group, or after its words when flattened). */
export const PART_KEYS: Record<Part, readonly string[]> = {
  full: ['name', 'full name'],
  first: ['first name', 'given name', 'first'],
  last: ['last name', 'surname', 'family name'],
  email: ['email', 'email address', 'mail'],
  phone: ['phone', 'phone number', 'telephone'],
};

/** groups flattened without their words ("address" -> "city", not "address city"). */
export const PLAIN_GROUPS: ReadonlySet<string> = new Set(['address', 'details']);

/** group (and person role) names -> key synonyms. */
export const GROUP_KEYS: Record<string, readonly string[]> = {
  account: ['account', 'user account', 'login'],
  agent: ['agent', 'listing agent', 'realtor'],
  approver: ['approver', 'approved by'],
  assignee: ['assignee', 'assigned to', 'owner'],
  attendee: ['attendee', 'participant', 'registrant'],
  backup: ['backup', 'cover', 'covering colleague', 'substitute'],
  broker: ['broker', 'customs broker', 'agent'],
  buyer: ['buyer', 'purchaser', 'ordered by'],
  caller: ['caller', 'customer', 'contact'],
  candidate: ['candidate', 'applicant'],
  child: ['child', 'pupil', 'kid'],
  claimant: ['claimant', 'policy holder', 'insured'],
  clinic: ['clinic', 'practice', 'surgery'],
  consignee: ['consignee', 'receiver', 'recipient'],
  contact: ['contact', 'contact person', 'point of contact'],
  customer: ['customer', 'client', 'buyer'],
  delegate: ['delegate', 'substitute', 'attending instead'],
  doctor: ['doctor', 'physician', 'practitioner'],
  driver: ['driver', 'main driver', 'renter'],
  employee: ['employee', 'staff member', 'requester'],
  guest: ['guest', 'booked by', 'customer'],
  host: ['host', 'presenter', 'speaker'],
  hr: ['hr', 'hr contact', 'human resources'],
  interviewer: ['interviewer', 'interviewed by', 'panel'],
  manager: ['manager', 'line manager', 'requested by'],
  optional_attendee: ['optional attendee', 'optional guest'],
  organizer: ['organizer', 'organiser', 'host'],
  owner: ['owner', 'pet owner', 'client'],
  parent: ['parent', 'guardian', 'parent contact'],
  passenger: ['passenger', 'traveller', 'traveler'],
  patient: ['patient', 'client'],
  plus_one: ['plus one', 'companion', 'partner'],
  recipient: ['recipient', 'ship to', 'receiver'],
  recruiter: ['recruiter', 'hiring contact', 'talent partner'],
  referee: ['referee', 'reference', 'reference contact'],
  renter: ['renter', 'customer', 'hirer'],
  reporter: ['reporter', 'reported by', 'author'],
  resident: ['resident', 'tenant', 'occupant'],
  reviewer: ['reviewer', 'author', 'review by'],
  sender: ['sender', 'from', 'author'],
  student: ['student', 'learner'],
  support: ['support', 'support line', 'helpdesk'],
  technician: ['technician', 'engineer', 'tech'],
  tenant: ['tenant', 'applicant', 'prospective tenant'],
  witness: ['witness'],
  details: ['details'],
};

/** field names -> key synonyms (space-separated words, rendered in a key case style). */
export const KEYS: Record<string, readonly string[]> = {
  accepted: ['accepted', 'offer accepted', 'accepts offer'],
  account: ['account number', 'account', 'customer number', 'account id'],
  acknowledged: ['acknowledged', 'is acknowledged'],
  admits: ['admits fault', 'renter at fault', 'customer responsible'],
  adults: ['adults', 'adult count', 'number of adults'],
  after: ['available after', 'home after', 'after'],
  age: ['age', 'age years', 'turning'],
  agenda: ['agenda', 'agenda link', 'agenda url'],
  airline: ['airline', 'carrier'],
  airport: ['airport', 'arrival airport', 'pickup airport'],
  alerts: ['alerts', 'alert count', 'number of alerts'],
  allergies: ['allergies', 'allergens', 'food allergies'],
  allergy: ['allergy', 'allergen', 'food allergy'],
  amenities: ['amenities', 'features', 'extras'],
  amount: ['amount', 'sum', 'total amount', 'value'],
  applicants: ['applicants', 'applicant count', 'number of applicants'],
  approved: ['approved', 'manager approval', 'is approved'],
  area: ['area', 'size sqm', 'floor area', 'square meters'],
  arrival: ['arrival date', 'arrival', 'landed on', 'lands on'],
  arrival_time: ['arrival time', 'eta', 'lands at'],
  asset: ['asset', 'asset tag', 'laptop id'],
  asset_tag: ['asset tag', 'device tag'],
  attempts: ['attempts', 'tries', 'retry count'],
  attendees: ['attendees', 'invitees', 'participants', 'invited'],
  attending: ['attending', 'will attend', 'rsvp', 'coming'],
  available: ['available from', 'availability date', 'available', 'start availability'],
  average: ['average temperature', 'avg temp', 'mean temperature'],
  back: ['back date', 'returns on', 'back on'],
  bag_color: ['bag colour', 'bag color', 'suitcase colour'],
  bag_tag: ['bag tag', 'tag number', 'baggage tag'],
  bags: ['bags', 'checked bags', 'luggage count'],
  bank: ['bank', 'bank name'],
  bathrooms: ['bathrooms', 'baths', 'bathroom count'],
  battery: ['battery', 'battery level', 'battery percent'],
  bedrooms: ['bedrooms', 'beds', 'bedroom count', 'rooms'],
  blocker: ['blocker', 'release blocker', 'blocks release'],
  bonus: ['bonus', 'bonus percent', 'target bonus'],
  booking: ['booking reference', 'booking ref', 'pnr', 'confirmation code', 'booking code'],
  bought: ['purchase date', 'bought on', 'purchased'],
  breakfast: ['breakfast', 'breakfast included', 'with breakfast'],
  browser: ['browser', 'browser version'],
  budget: ['budget', 'max budget', 'budget per night', 'price limit'],
  build: ['build', 'build number'],
  cabin: ['cabin', 'cabin class', 'class', 'travel class'],
  callback: ['callback', 'callback requested', 'wants callback'],
  cancel_by: ['cancel by', 'free cancellation until', 'cancellation deadline'],
  cancel_reason: ['cancel reason', 'cancellation reason', 'reason'],
  car: ['car class', 'car category', 'vehicle type', 'category'],
  category: ['category', 'type', 'kind'],
  charged: ['charged', 'amount charged', 'billed amount'],
  checked_bags: ['checked bags', 'bags'],
  checkin: ['check in', 'checkin date', 'arrival date', 'from'],
  checkout: ['check out', 'checkout date', 'departure date', 'until'],
  child_count: ['children', 'kids', 'number of children'],
  children: ['children', 'kids', 'child count'],
  city: ['city', 'town', 'city name'],
  claim: ['claim number', 'claim', 'claim reference'],
  client: ['client', 'client company', 'customer'],
  closed: ['closed on', 'registration closed', 'portal closed'],
  clubs: ['clubs', 'activities', 'club choices'],
  color: ['color', 'colour'],
  company: ['company', 'company name', 'firm', 'business'],
  complaint: ['complaint', 'issue', 'problem'],
  completion: ['completion date', 'complete by', 'closing date'],
  component: ['component', 'area', 'module'],
  conditional: ['conditional', 'is conditional', 'has conditions'],
  contents: ['contents', 'items', 'goods'],
  cost_center: ['cost center', 'cost centre', 'cost code'],
  count: ['count', 'occurrences', 'crash count'],
  country: ['country', 'country name', 'nation'],
  coupon: ['coupon', 'coupon code', 'promo code'],
  courses: ['courses', 'modules', 'classes'],
  currency: ['currency', 'currency code', 'ccy'],
  current_employer: ['current employer', 'employer', 'current company'],
  damage: ['damage', 'damage description', 'what happened'],
  date: ['date', 'day'],
  days: ['days', 'number of days', 'duration days'],
  deadline: ['deadline', 'reply by', 'respond by'],
  decision: ['decision', 'outcome', 'claim status'],
  deductible: ['deductible', 'excess'],
  delivery_note: ['delivery note', 'delivery instructions'],
  department: ['department', 'team', 'dept'],
  departure: ['departure date', 'departure', 'outbound date', 'flying on'],
  departure_time: ['departure time', 'departs at', 'takeoff'],
  deposit: ['deposit', 'pays deposit', 'deposit ok'],
  deposit_months: ['deposit months', 'deposit'],
  destination: ['destination', 'to', 'arrival city'],
  device: ['device', 'device type', 'sensor'],
  device_id: ['device id', 'serial', 'sensor id', 'serial number'],
  device_model: ['device model', 'device', 'phone model'],
  diet: ['diet', 'dietary requirement', 'dietary needs', 'meal preference'],
  dinner: ['dinner', 'attends dinner', 'joins dinner'],
  dish: ['dish', 'meal', 'item'],
  dob: ['date of birth', 'dob', 'birth date', 'birthday'],
  door_open: ['door open', 'is door open'],
  dose: ['dose', 'dosage mg', 'strength'],
  dropoff: ['dropoff date', 'return date', 'drop off'],
  due: ['due date', 'due', 'deadline', 'needed by'],
  duration: ['duration', 'duration minutes', 'length'],
  duration_minutes: ['duration minutes', 'length minutes'],
  early: ['arrive early minutes', 'minutes early'],
  employee_id: ['employee id', 'staff id', 'employee number'],
  employment: ['employment type', 'contract type', 'job type', 'employment'],
  end: ['end date', 'end', 'to', 'until'],
  end_time: ['end time', 'ends at', 'finish time'],
  energy_class: ['energy class', 'energy rating'],
  error_code: ['error code', 'error'],
  error_rate: ['error rate', 'failure rate', 'failing percent'],
  estimate: ['estimate', 'estimated cost', 'repair estimate'],
  event_name: ['event', 'event name', 'occasion'],
  expected: ['expected amount', 'contract price', 'agreed price'],
  expected_salary: ['expected salary', 'salary expectation', 'desired salary'],
  express: ['express', 'express shipping', 'rush'],
  extra_days: ['extra days', 'extension days', 'additional days'],
  extras: ['extras', 'add ons', 'options'],
  features: ['features', 'feature requests', 'wishlist'],
  fee: ['fee', 'term fee', 'tuition'],
  field: ['field of study', 'study field', 'major'],
  firmware: ['firmware', 'firmware version'],
  first_visit: ['first visit', 'new patient'],
  flat: ['flat', 'apartment', 'unit'],
  flavour: ['flavour', 'flavor', 'cake flavour'],
  flight: ['flight', 'flight number', 'flight no'],
  floor: ['floor', 'floor number', 'level'],
  format: ['format', 'interview format', 'interview type'],
  frequent_flyer: ['frequent flyer number', 'loyalty number'],
  from: ['from', 'window start', 'earliest'],
  from_city: ['from city', 'origin city', 'departure city', 'from'],
  furnished: ['furnished', 'is furnished'],
  gate: ['gate', 'departure gate'],
  gateway: ['gateway', 'gateway id'],
  gift: ['gift', 'gift wrap', 'is gift'],
  gift_wrap: ['gift wrap', 'wrap as gift'],
  grace: ['grace days', 'grace period'],
  grade: ['grade', 'year group', 'class', 'school year'],
  guests: ['guests', 'party size', 'people', 'headcount', 'number of guests'],
  half_day: ['half day', 'is half day'],
  handover: ['handover', 'covering', 'cover'],
  headline: ['headline', 'title', 'review title'],
  heating_on: ['heating on', 'heating running', 'is heating'],
  helpful: ['staff helpful', 'helpful staff'],
  high_chair: ['high chair', 'needs high chair'],
  hire: ['hire', 'recommend hire', 'decision'],
  hotel: ['hotel', 'hotel name', 'property'],
  hours: ['hours', 'hours worked', 'billable hours'],
  iban: ['iban', 'account iban', 'bank account'],
  insurance: ['insurance', 'full insurance'],
  insurance_number: ['insurance number', 'insurance id'],
  insurer: ['insurer', 'insurance company', 'insurance'],
  invoice: ['invoice number', 'invoice', 'invoice no', 'invoice id'],
  issue: ['issue', 'problem', 'description', 'summary'],
  items: ['items', 'line items', 'lines', 'positions'],
  job: ['job', 'occupation', 'profession'],
  km: ['km', 'distance km', 'kilometres'],
  label_sent: ['label sent', 'return label sent'],
  language: ['language', 'spoken language', 'mother tongue'],
  laptop: ['laptop', 'laptop model', 'machine'],
  last_day: ['last day', 'leaving date', 'end date'],
  late_checkout: ['late checkout', 'wants late checkout'],
  late_fee: ['late fee', 'late fee percent', 'penalty'],
  leave_type: ['leave type', 'type', 'absence type'],
  left: ['days left', 'remaining days', 'supply left'],
  linkedin: ['linkedin', 'linkedin url', 'profile url'],
  listing: ['listing id', 'listing', 'ad number'],
  location: ['location', 'place', 'venue', 'where'],
  loyalty_number: ['loyalty number', 'member number'],
  lunch: ['school lunch', 'lunch'],
  makeup: ['makeup date', 'make up on', 'catch up date'],
  max: ['max temperature', 'peak temp', 'maximum'],
  meal: ['meal', 'meal choice', 'menu'],
  medication: ['medication', 'medicine', 'drug'],
  microchip: ['microchip', 'chip number'],
  months: ['months', 'duration months', 'number of months'],
  move_in: ['move in', 'move in date', 'start date'],
  name: ['name', 'customer name', 'name for order'],
  name_on_cake: ['name on cake', 'cake name', 'birthday name'],
  needs_parking: ['needs parking', 'parking'],
  net: ['net', 'net amount', 'amount net'],
  new_date: ['new date', 'rebooked date', 'new departure date'],
  new_return: ['new return date', 'return date', 'new end date'],
  new_time: ['new time', 'new departure time', 'departs at'],
  nights: ['nights', 'number of nights', 'stay length'],
  notice: ['notice months', 'notice period', 'notice'],
  notice_period: ['notice period', 'notice months'],
  nuts: ['nuts ok', 'contains nuts', 'nuts allowed'],
  occasion: ['occasion', 'celebration'],
  offer: ['offer', 'offer amount', 'bid'],
  on_time: ['on time', 'arrived on time', 'punctual'],
  order: ['order number', 'order id', 'order', 'order ref'],
  ordered: ['order date', 'ordered on', 'purchase date'],
  origin: ['origin', 'from airport', 'departure airport', 'from'],
  os: ['os', 'operating system', 'platform'],
  outside: ['outside', 'terrace', 'outdoor seating'],
  packaging: ['packaging', 'original packaging', 'packaging rating'],
  paid: ['amount paid', 'price paid', 'paid amount'],
  paid_on: ['paid on', 'payment date', 'date paid'],
  pallets: ['pallets', 'pallet count', 'number of pallets'],
  parcels: ['parcels', 'packages', 'parcel count'],
  parking: ['parking', 'parking cost', 'parking fee'],
  part_time: ['part time', 'reduced hours', 'returns part time'],
  payment: ['payment method', 'payment', 'paid by', 'pay with'],
  payout: ['payout', 'payout amount', 'settlement'],
  per_head: ['price per head', 'per person', 'menu price'],
  perks: ['perks', 'benefits'],
  pet: ['pet', 'pet type', 'animal'],
  pet_name: ['pet name', 'pet', 'animal name'],
  pets: ['pets', 'pets allowed', 'has pets', 'with pets'],
  pharmacy: ['pharmacy', 'chemist'],
  phone: ['phone', 'phone number', 'contact number'],
  phone_model: ['phone model', 'device', 'handset'],
  pickup: ['pickup date', 'pick up', 'collection date'],
  pickup_location: ['pickup location', 'pick up at', 'pickup point'],
  pickup_time: ['pickup time', 'pick up at', 'collection time'],
  plan: ['plan', 'subscription', 'tier'],
  plate: ['plate', 'license plate', 'registration', 'licence plate'],
  po: ['po', 'po number', 'purchase order'],
  police: ['police report', 'police attended', 'police involved'],
  police_report: ['police report', 'reported to police'],
  police_ref: ['police reference', 'crime number', 'police ref'],
  policy: ['policy number', 'policy', 'policy no'],
  position: ['position', 'role', 'job title'],
  postcode: ['postcode', 'postal code', 'zip'],
  posted: ['posted', 'posted on', 'date posted'],
  preferred: ['preferred date', 'preferred day', 'availability'],
  price: ['price', 'unit price', 'cost', 'amount'],
  printer: ['printer', 'printer id', 'device'],
  priority: ['priority', 'urgency', 'prio'],
  problem: ['problem', 'issue', 'repair'],
  product: ['product', 'item', 'product name', 'article'],
  product_name: ['product', 'app', 'application'],
  project: ['project', 'project code', 'project id'],
  promised: ['promised date', 'promised fix', 'fix promised by'],
  property: ['property type', 'type', 'property'],
  qty: ['quantity', 'qty', 'count', 'number'],
  quote: ['quote', 'quoted price', 'total'],
  rate: ['rate', 'price rate'],
  rating: ['rating', 'stars', 'score'],
  reading: ['reading', 'temperature', 'value', 'measured temp'],
  reason: ['reason', 'why', 'cause'],
  reason_spoken: ['reason', 'return reason', 'issue type'],
  rebook: ['rebook', 'wants rebooking', 'reschedule'],
  recalibrated: ['recalibrated', 'calibrated'],
  receipt: ['has receipt', 'receipt', 'receipt available'],
  recommend: ['recommend', 'would recommend', 'recommended'],
  recurring: ['recurring', 'is recurring', 'repeats'],
  reference: ['reference', 'ref', 'reference number'],
  refund: ['refund', 'wants refund', 'refund requested'],
  refund_amount: ['refund amount', 'refund'],
  refund_pct: ['refund percent', 'refund share', 'compensation percent'],
  regression: ['regression', 'is regression'],
  rehire: ['rehire', 'would rehire', 'hire again'],
  relation: ['relation', 'relationship', 'patient relation'],
  relocation: ['relocation', 'relocation support'],
  remote: ['remote', 'remote ok', 'is remote', 'remote work'],
  remote_ok: ['remote ok', 'dial in', 'remote allowed'],
  rent: ['rent', 'monthly rent', 'rent per month'],
  replace_by: ['replace by', 'replacement date', 'battery due'],
  reproducible: ['reproducible', 'repro', 'always reproducible'],
  request: ['request id', 'request number', 'request'],
  reservation: ['reservation number', 'reservation', 'confirmation number', 'booking number'],
  resolution: ['resolution', 'preferred outcome', 'outcome', 'remedy'],
  restaurant: ['restaurant', 'venue', 'restaurant name'],
  return: ['return date', 'return', 'inbound date', 'back on'],
  return_time: ['return time', 'return by', 'drop off time'],
  returned: ['returned on', 'return date', 'date returned'],
  reviewer: ['reviewer', 'username', 'author'],
  role: ['role', 'access level', 'permission'],
  room: ['room', 'meeting room', 'location'],
  room_name: ['room', 'location', 'zone'],
  work: ['work', 'service', 'description'],
  room_number: ['room number', 'room'],
  room_type: ['room type', 'room category'],
  rooms: ['rooms', 'room count', 'number of rooms'],
  rows: ['rows', 'row count', 'report rows'],
  rsvp_by: ['rsvp by', 'rsvp deadline', 'reply by'],
  salary: ['salary', 'base salary', 'pay', 'annual salary'],
  salary_max: ['salary max', 'max salary', 'salary to', 'salary upper'],
  salary_min: ['salary min', 'min salary', 'salary from', 'salary lower'],
  school: ['school', 'school name'],
  score: ['score', 'rating', 'overall'],
  seat: ['seat', 'seat preference', 'seat type'],
  seat_number: ['seat number', 'seat'],
  seats: ['seats', 'licenses', 'user count'],
  second_driver: ['second driver', 'additional driver'],
  seller: ['seller', 'shop', 'merchant'],
  sent: ['sent', 'sent date', 'message date', 'date sent'],
  sentiment: ['sentiment', 'verdict', 'opinion'],
  service: ['service', 'affected service', 'system'],
  servings: ['servings', 'portions', 'people'],
  sessions: ['sessions', 'selected sessions', 'tracks'],
  severity: ['severity', 'impact', 'level'],
  shipment: ['shipment', 'shipment id', 'shipment number'],
  signature_required: ['signature required', 'needs signature'],
  since: ['since', 'started at', 'start time', 'down since'],
  site: ['site', 'location', 'facility'],
  size: ['size', 'clothing size', 'fit'],
  skills: ['skills', 'requirements', 'tech stack', 'must have'],
  software: ['software', 'apps', 'tools'],
  song_request: ['song request', 'song'],
  specialty: ['specialty', 'department', 'speciality'],
  species: ['species', 'animal', 'pet type'],
  stars: ['stars', 'rating', 'star rating'],
  start: ['start date', 'start', 'from', 'first day'],
  status: ['status', 'order status', 'state'],
  stipend: ['stipend', 'monthly pay', 'salary'],
  stolen: ['stolen item', 'item', 'what was stolen'],
  street: ['street', 'street address', 'address'],
  strengths: ['strengths', 'strong points', 'pros'],
  student_id: ['student id', 'student number', 'matriculation number'],
  summary: ['summary', 'title', 'issue', 'description'],
  symptom: ['symptom', 'symptoms', 'complaint', 'reason for visit'],
  system: ['system', 'application', 'tool'],
  target: ['target', 'set point', 'target temperature'],
  terminal: ['terminal', 'arrival terminal'],
  terms: ['payment terms', 'terms days', 'net days'],
  threshold: ['threshold', 'limit', 'max allowed'],
  ticket: ['ticket', 'ticket id', 'case number', 'ticket number'],
  time: ['time', 'start time', 'at time', 'hour'],
  timezone: ['timezone', 'time zone', 'tz'],
  title: ['title', 'job title', 'role', 'position'],
  meeting: ['meeting', 'meeting title', 'title', 'subject'],
  webinar: ['webinar', 'webinar title', 'title', 'event'],
  to_city: ['to city', 'destination city', 'destination', 'to'],
  topic: ['topic', 'subject', 'about'],
  total: ['total', 'total amount', 'grand total', 'amount due'],
  tracking: ['tracking number', 'tracking', 'tracking id'],
  hotel_cost: ['hotel', 'hotel cost', 'accommodation'],
  train_cost: ['train', 'train fare', 'rail'],
  dinner_cost: ['dinner', 'dinner cost', 'meals'],
  until: ['until', 'window end', 'latest'],
  expires: ['expires', 'access until', 'valid until', 'end date'],
  pickup_person: ['pickup person', 'collected by', 'pick up by'],
  url: ['url', 'link', 'website'],
  urgency: ['urgency', 'priority', 'triage'],
  urgent: ['urgent', 'is urgent', 'emergency'],
  username: ['username', 'user name', 'login', 'user id'],
  users: ['users affected', 'affected users', 'users'],
  vaccinated: ['vaccinated', 'vaccines up to date'],
  vaccines: ['vaccines', 'needs vaccination', 'vaccination due'],
  valve_closed: ['valve closed', 'valve shut', 'water shut off'],
  value: ['value', 'declared value', 'customs value'],
  vat: ['vat', 'vat rate', 'tax rate'],
  vat_rate: ['vat rate', 'tax rate'],
  vehicle: ['vehicle', 'car model', 'car'],
  vendor: ['vendor', 'supplier', 'vendor name'],
  venue: ['venue', 'location', 'place'],
  verified_purchase: ['verified purchase', 'verified'],
  version: ['version', 'app version', 'release'],
  viewing: ['viewing date', 'viewing', 'visit date'],
  visa_sponsorship: ['visa sponsorship', 'sponsors visa'],
  waited: ['weeks waited', 'waiting weeks'],
  weeks: ['weeks', 'duration weeks', 'weeks of symptoms'],
  weight: ['weight', 'weight kg', 'total weight'],
  wheelchair: ['wheelchair', 'wheelchair assistance', 'needs assistance'],
  years: ['years', 'years worked together', 'years known'],
  // row cells
  item: ['item', 'name', 'description', 'product'],
  driver_age: ['driver age', 'age of driver'],
};

/** field names -> a description a schema may carry. */
export const DESCRIPTIONS: Record<string, string> = {
  qty: 'number of units ordered',
  due: 'date the goods must arrive by',
  order: 'the order number as written',
  tracking: 'carrier tracking number',
  total: 'total amount, a number without currency',
  resolution: 'what the customer wants',
  reason: 'why the item is returned, as the customer says it',
  invoice: 'invoice number as printed',
  priority: 'how urgent the request is',
  severity: 'impact of the bug',
  attending: 'whether the guest will come',
  guests: 'how many people in total',
  checkin: 'first night of the stay',
  checkout: 'day the guest leaves',
  nights: 'number of nights',
  departure: 'date of the outbound flight',
  return: 'date of the flight back',
  cabin: 'cabin class',
  seat: 'seat preference',
  start: 'first day',
  end: 'last day',
  leave_type: 'kind of leave requested',
  employment: 'type of contract',
  remote: 'whether remote work is possible',
  salary_min: 'lower end of the salary range',
  salary_max: 'upper end of the salary range',
  dob: 'date of birth',
  symptom: 'what the patient complains of',
  policy: 'insurance policy number',
  damage: 'what was damaged',
  rent: 'monthly rent',
  pets: 'whether pets are allowed or present',
  reading: 'measured temperature in degrees Celsius',
  threshold: 'alert limit in degrees Celsius',
  battery: 'battery level in percent',
  sent: 'date the message was sent',
  date: 'the date of the event',
  time: 'start time, 24-hour',
  diet: 'dietary requirement',
  express: 'whether express shipping was asked for',
  breakfast: 'whether breakfast is wanted',
  currency: 'currency of the amounts',
};
