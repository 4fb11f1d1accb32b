// Composed phrasings, for training only: a small grammar (openers, determiners, verbs,
// separators, label and value decorations) that writes thousands of ways to mention a fact, so
// the model learns to find a value by its label rather than by memorising a few hundred
// templates. The held-out split stays out of reach: a composition is dropped when it has the
// shape of a held-out template (no case, spaces, list markers, final stop), when it is one word
// away from a held-out sentence, or when it uses a separator or a value decoration that only
// held-out templates use (`->`, `=>`, `<-`, `:\t`, `{v} ({l})`, `{v} for {l}`, "TBD", "—" as
// absence).

import { ABSENT, BOOL_LABEL, INLINE, LINES, ofSplit, type Phrasing, ROWS, SENTENCES } from './phrasings';
import type { Rand } from './rand';

export type ComposedFamily =
  | 'sentence'
  | 'line'
  | 'row'
  | 'inline'
  | 'bool'
  | 'boolRow'
  | 'absent'
  | 'absentRow';

const DET = ['the', 'the', 'the', 'our', 'my', 'this', 'your', 'their', '{s4}'];
const COPULA = [
  'is',
  'is',
  'was',
  'will be',
  'should be',
  'reads',
  'is set to',
  'has been set to',
  'is currently',
  'came back as',
  'is recorded as',
  'remains',
  'shows',
  'equals',
  'comes to',
  'is listed as',
  'ended up as',
  'turned out to be',
  'is still',
  'would be',
  'must be',
  'is going to be',
  'is now',
  'has become',
  'stays',
  'is actually',
  'appears as',
  'is given as',
];
const VALUE_COPULA = [
  'is',
  'was',
  'will be',
  'should be',
  'is now',
  'counts as',
  'serves as',
  'is used as',
  'stays',
  'is kept as',
  'is recorded as',
  'has been entered as',
  'is listed as',
  'is filed as',
  'works as',
  'is on file as',
  'is what we use as',
  'is meant to be',
];
const IMPERATIVE = [
  'use',
  'put',
  'write',
  'save',
  'record',
  'list',
  'store',
  'log',
  'file',
  'keep',
  'mark',
  'add',
  'type',
  'fill in',
  'put down',
  'note',
  'register',
  'take',
  'jot down',
  'insert',
  'pick',
  'choose',
];
const PREP = ['as', 'as', 'for', 'under', 'in', 'into'];
const SET_VERB = ['set', 'change', 'update', 'make', 'switch', 'fix', 'correct', 'adjust', 'move', 'reset'];
const SET_PREP = ['to', 'to', 'as', 'to be', 'so it reads'];
const OPENER = [
  '',
  '',
  '',
  '',
  'So ',
  'Also, ',
  'By the way, ',
  'FYI, ',
  'Quick note: ',
  'Okay, ',
  'Just to confirm, ',
  'For the record, ',
  'And ',
  'Oh, and ',
  'Update: ',
  'Heads up: ',
  'Note: ',
  'I think ',
  'To be clear, ',
  'Honestly, ',
  'Last thing: ',
  'One more: ',
  'Btw ',
  'As discussed, ',
  'PS: ',
  'Right, ',
];
const CLOSER = [
  '.',
  '.',
  '.',
  '.',
  '!',
  ', thanks.',
  ', please.',
  ' for now.',
  ' (confirmed).',
  ' as agreed.',
  ' — thanks!',
  ', if that helps.',
  '..',
  ' :)',
];

const PRE = [
  '',
  '',
  '',
  '- ',
  '- ',
  '* ',
  '• ',
  '{n}. ',
  '{n}) ',
  '> ',
  '+ ',
  '– ',
  '· ',
  '○ ',
  '▪ ',
  '[{n}] ',
  '({n}) ',
  '#{n} ',
  '  ',
  '~ ',
];
const LABEL = [
  '{l}',
  '{L}',
  '{L}',
  '{U}',
  '{k}',
  '**{L}**',
  '_{l}_',
  '"{k}"',
  '`{k}`',
  '[{L}]',
  '<{k}>',
  '{L}',
];
const SEP = [
  ': ',
  ': ',
  ': ',
  ' : ',
  ' = ',
  '=',
  ' - ',
  ' — ',
  ' – ',
  '\t',
  ' | ',
  ' :: ',
  ' := ',
  ' » ',
  ' ~ ',
  '.... ',
  ' ..... ',
  ' is ',
  ' / ',
  ':  ',
  ' -- ',
];
const VALUE = ['{v}', '{v}', '{v}', '{v}', '"{v}"', "'{v}'", '`{v}`', '**{v}**', '«{v}»'];
const POST = ['', '', '', '', ';', ',', '.', ' ;', ' ✓'];
const VALUE_FIRST_SEP = [' : ', ' - ', ' — ', ' | ', ' = ', '\t', ' … ', ' is the ', ' is my ', ' ~ '];
const ROW_SPACE = ['', ' ', ' ', '  '];
const ROW_DELIM = [',', ';', '\t', ' , ', ' ; ', '|', ' | '];
const INLINE_SEP = [
  ' ',
  ': ',
  '=',
  ' = ',
  ' is ',
  ' of ',
  ' at ',
  ' set to ',
  ' being ',
  ' now ',
  ' was ',
  ' :',
];
const YN = ['{yn}', '{Yn}', '{tf}', '{YN}', '{TF}', '{y}', '{Y}'];
const ABSENT_WORD = [
  'n/a',
  'N/A',
  'unknown',
  'none',
  '-',
  '?',
  'not given',
  'not provided',
  'TBA',
  'missing',
  '(blank)',
  'null',
  'not set',
  'no data',
  'not specified',
  'not available',
  'pending',
  '(empty)',
  'unspecified',
  '---',
  'none given',
  '(unknown)',
  'nil',
  'not yet known',
  'x',
];
const ABSENT_SENTENCE = [
  'There is no {l}.',
  "We don't know {det} {l}.",
  'No {l} was {given}.',
  '{L} not {given}.',
  "I don't have {det} {l}.",
  '{Det} {l} is still {unknown}.',
  '{Det} {l} has not been {given}.',
  'Nobody gave us {det} {l}.',
  'Leave {det} {l} empty.',
  'Skip {det} {l}.',
  '{Det} {l}: {word}.',
  'No idea about {det} {l}.',
  '{Det} {l} is {unknown} at this point.',
  "Haven't got {det} {l}.",
];
const GIVEN = ['given', 'provided', 'mentioned', 'shared', 'supplied', 'specified'];
const UNKNOWN = ['unknown', 'missing', 'not known', 'open', 'unclear', 'not settled', 'pending', 'blank'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(r: Rand): string {
  const det = r.pick(DET);
  let core: string;
  switch (r.int(0, 6)) {
    case 0:
    case 1:
      core = `${det} {l} ${r.pick(COPULA)} {v}`;
      break;
    case 2:
      core = `{v} ${r.pick(VALUE_COPULA)} ${det} {l}`;
      break;
    case 3:
      core = `${r.pick(IMPERATIVE)} {v} ${r.pick(PREP)} ${det} {l}`;
      break;
    case 4:
      core = `${r.pick(SET_VERB)} ${det} {l} ${r.pick(SET_PREP)} {v}`;
      break;
    case 5:
      core = r.pick([
        `${det} {l}: {v}`,
        `${det} {l} — {v}`,
        `${det} {l}, which is {v}`,
        `${det} {l} being {v}`,
      ]);
      break;
    default:
      core = r.pick([
        `what is ${det} {l}? {v}`,
        `${det} {l}? It's {v}`,
        `which {l}? {v}`,
        `${det} {l}, you ask? {v}`,
        `{l}-wise, it's {v}`,
      ]);
  }
  const opener = r.pick(OPENER);
  const text = opener === '' || opener.endsWith(': ') ? cap(core) : `${opener}${core}`;
  return text + r.pick(CLOSER);
}

const line = (r: Rand): string =>
  r.chance(0.8)
    ? `${r.pick(PRE)}${r.pick(LABEL)}${r.pick(SEP)}${r.pick(VALUE)}${r.pick(POST)}`
    : `${r.pick(PRE)}${r.pick(VALUE)}${r.pick(VALUE_FIRST_SEP)}${r.pick(LABEL)}${r.pick(POST)}`;

function row(r: Rand, value: string): string {
  if (r.chance(0.6)) {
    const s = r.pick(ROW_SPACE);
    return `|${s}${r.pick(LABEL)}${s}|${s}${value}${s}|`;
  }
  return `${r.pick(LABEL)}${r.pick(ROW_DELIM)}${value}`;
}

function inline(r: Rand): string {
  if (r.chance(0.75)) return `${r.pick(LABEL)}${r.pick(INLINE_SEP)}${r.pick(VALUE)}`;
  return `{v} ${r.pick(['as the', 'as', 'as our', 'being the', 'is the', 'was the', 'as my'])} {l}`;
}

function absentSentence(r: Rand): string {
  const det = r.pick(DET);
  return r
    .pick(ABSENT_SENTENCE)
    .replace('{det}', det)
    .replace('{Det}', cap(det))
    .replace('{given}', r.pick(GIVEN))
    .replace('{unknown}', r.pick(UNKNOWN))
    .replace('{word}', r.pick(ABSENT_WORD));
}

/** one composition of a family (not yet checked against the held-out split). */
export function composeRaw(r: Rand, family: ComposedFamily): string {
  switch (family) {
    case 'sentence':
      return sentence(r);
    case 'line':
      return line(r);
    case 'row':
      return row(r, r.pick(VALUE));
    case 'inline':
      return inline(r);
    case 'bool':
      return r.chance(0.8)
        ? `${r.pick(PRE)}${r.pick(LABEL)}${r.pick(SEP)}${r.pick(YN)}${r.pick(POST)}`
        : `${cap(r.pick(DET))} {l}? ${r.pick(YN)}${r.pick(['.', '', '!'])}`;
    case 'boolRow':
      return row(r, r.pick(YN));
    case 'absent':
      return r.chance(0.6)
        ? `${r.pick(PRE)}${r.pick(LABEL)}${r.pick(SEP)}${r.pick(ABSENT_WORD)}`
        : absentSentence(r);
    case 'absentRow':
      return row(r, r.pick(ABSENT_WORD));
  }
}

// ---------------------------------------------------------------------------- held-out guard

/** the comparison used for held-out templates: no case, spaces, list markers or final stop. */
export const shapeOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^[-*•>+~▪#]+/, '')
    .replace(/^\{n\}[.):]?/, '')
    .replace(/[.;]$/, '');

const wordsOf = (text: string): string[] => text.toLowerCase().match(/\{\w+\}|[a-z']+/g) ?? [];

function distance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

const HELD: Phrasing[] = [SENTENCES, LINES, ROWS, INLINE, BOOL_LABEL, ABSENT].flatMap((l) =>
  ofSplit(l, 'heldout'),
);
const HELD_SHAPES = new Set(HELD.map((p) => shapeOf(p.text)));
/** held-out templates of two words or more besides placeholders: a composition one word away is too close. */
const HELD_WORDS = HELD.map((p) => wordsOf(p.text)).filter(
  (w) => w.filter((x) => !x.startsWith('{')).length >= 2,
);
const HELD_ONLY = [/->|=>|<-/, /:\t/, /\{v\} \(\{l\}\)/, /\{v\} for \{l\}/i, /TBD/, /\| — \||: —$/];

/** why a composition may not be used in training, or undefined when it may. */
export function tooClose(text: string): string | undefined {
  if (HELD_SHAPES.has(shapeOf(text))) return 'same shape as a held-out template';
  const bad = HELD_ONLY.find((re) => re.test(text));
  if (bad) return `uses ${bad.source}, which only held-out templates use`;
  const words = wordsOf(text);
  if (HELD_WORDS.some((held) => distance(words, held) <= 1)) return 'one word from a held-out template';
  return undefined;
}

/** a composed phrasing of a family for training, never close to a held-out template. */
export function composePhrasing(r: Rand, family: ComposedFamily): Phrasing {
  for (;;) {
    const text = composeRaw(r, family);
    if (tooClose(text) === undefined) return { id: `C.${family}`, text };
  }
}
