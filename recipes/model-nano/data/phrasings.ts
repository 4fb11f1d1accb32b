// generic phrasing families: how a text mentions a fact, by prompt format. Each list is split
// by index: every fifth entry is held out (never used in training).
import { heldoutIndex } from './facts';

/**
 * placeholders: {l} label, {L} Label, {U} LABEL, {v} value text, {k} the JSON key, {n} line number,
 * {S2}/{s2} subject, {S3} object pronoun, {S4}/{s4} possessive, {yn}/{Yn}/{tf} yes-no words.
 */
export interface Phrasing {
  id: string;
  text: string;
}

const family = (prefix: string, texts: readonly string[]): Phrasing[] =>
  texts.map((text, i) => ({ id: `${prefix}${i}`, text }));

/** sentences for prose (and e-mails). */
export const SENTENCES = family('s', [
  'The {l} is {v}.',
  '{L}: {v}.',
  '{v} is the {l}.',
  'Use {v} as the {l}.',
  'Please set the {l} to {v}.',
  'My {l} is {v}.',
  'Put down {v} for the {l}.',
  'We have {v} on file as the {l}.',
  '{L} should be {v}.',
  'For the {l}, write {v}.',
  '{v} — that is the {l}.',
  'The {l}? {v}.',
  '{L} is {v}.',
  'Record {v} under {l}.',
  '{v} goes in the {l} field.',
  'Note the {l}: {v}.',
  'Our {l} is {v}.',
  'Change the {l} to {v}.',
  '{v} is what we have for the {l}.',
  'Enter {v} as the {l}.',
  'Regarding the {l}, it is {v}.',
  '{v} for the {l}.',
  '{S4} {l} is {v}.',
  'The {l} on the form says {v}.',
  'As for the {l}, {v}.',
  '{v} should be listed as the {l}.',
  'I can confirm the {l} is {v}.',
  'The {l} we got was {v}.',
  'Take {v} as the {l}.',
  '{L} was given as {v}.',
  'It says {v} next to {l}.',
  'The correct {l} is {v}, not the old one.',
  '{v} is listed as {s4} {l}.',
  '{L} = {v}.',
  'Updated {l}: {v}.',
]);

/** lines for lists and forms. */
export const LINES = family('l', [
  '- {l}: {v}',
  '* {L}: {v}',
  '• {L} — {v}',
  '{n}. {L}: {v}',
  '{L}:\t{v}',
  '{k}: {v}',
  '{k}={v}',
  '[{L}] {v}',
  '{L} ........ {v}',
  '- {v} ({l})',
  '> {L}: {v}',
  '{U}: {v}',
  '{l} - {v}',
  '{v} : {l}',
  '{L} -> {v}',
  '{L} = {v}',
  '+ {l}: {v}',
  '{L}: {v}',
  '{n}) {l} = {v}',
  '{k} => {v}',
  '- {L}: {v}',
  '{L} | {v}',
  '{l}: {v};',
  '#{n} {L}: {v}',
  '{v} <- {l}',
]);

/** rows of a two-column table (after a header). */
export const ROWS = family('t', [
  '| {l} | {v} |',
  '| {L} | {v} |',
  '| {k} | {v} |',
  '{L}\t{v}',
  '| {v} | {l} |',
  '{l},{v}',
  '|{L}|{v}|',
  '{k};{v}',
  '| **{L}** | {v} |',
  '{L}  |  {v}',
]);

/** inline fragments joined by "; " or ", " on one line. */
export const INLINE = family('i', [
  '{l} {v}',
  '{l}: {v}',
  '{l}={v}',
  '{v} as the {l}',
  '{v} for {l}',
  '{k} {v}',
  'with {l} {v}',
  '{l} set to {v}',
  '{v} ({l})',
  '{L} {v}',
]);

/** boolean facts by label, with their yes/no word. */
export const BOOL_LABEL = family('b', [
  '{L}: {yn}',
  '{L}: {tf}',
  '{L}? {Yn}.',
  '- {l}: {yn}',
  '| {l} | {yn} |',
  '{k}={tf}',
  '{L} - {Yn}',
  '{l}: {tf}',
  '{L}: {Yn}.',
  '* {L}? {yn}',
]);

/** how an optional fact is said to be missing (the value then omits it). */
export const ABSENT = family('a', [
  '{L}: n/a',
  '{L}: unknown',
  'No {l} given.',
  '{L}: -',
  '| {l} | — |',
  '{l}: none',
  'The {l} is not known yet.',
  '{L}: (not provided)',
  'We do not have the {l}.',
  '{L}: TBD',
]);

/** the subject of kind-specific sentences: subject, object pronoun, possessive. */
export const SUBJECTS: ReadonlyArray<readonly [string, string, string]> = [
  ['She', 'her', 'Her'],
  ['He', 'him', 'His'],
  ['The customer', 'the customer', "The customer's"],
  ['The client', 'the client', "The client's"],
  ['This person', 'this person', "This person's"],
  ['Our contact', 'our contact', "Our contact's"],
  ['The user', 'the user', "The user's"],
];

/** sentences that mention no fact. */
export const FILLERS = family('f', [
  'Thanks in advance!',
  'Hope you are well.',
  'Let me know if you need anything else.',
  'Sorry for the late reply.',
  'The weather has been great lately.',
  'I look forward to hearing from you.',
  'This was discussed on the phone.',
  'Please double-check everything.',
  'Nothing else has changed.',
  'See the details below.',
  'We spoke last week about this.',
  'Have a nice day.',
  'Quick update from our side.',
  'All good on our end.',
  'Ignore my previous message.',
]);

/** instructions before extraction text ({e} the entity). */
export const INSTRUCTIONS = family('x', [
  'Extract the {e} details.',
  'Fill in the form from this message:',
  'Parse this:',
  'From the text below, get the {e}.',
  'Turn this into a {e} record.',
  'Read the note and fill the fields.',
  'Extract:',
  'Get the {e} information from this text.',
  'Structure this {e} data.',
  'Pull out the fields.',
  'Here is a {e}:',
  'Convert to JSON:',
]);

/** record requests ({e} entity, {c} clauses). */
export const RECORD_INTROS = family('r', [
  'a {e} {c}',
  'Generate a {e} {c}.',
  'Make up a plausible {e} {c}.',
  'Create a {e} record {c}.',
  'Example {e} {c}',
  'Invent a {e} {c}.',
  'A realistic {e} {c}.',
  'Fake {e} data {c}.',
  'Sample {e}, {c}.',
  'Need a test {e} {c}.',
]);

/** record clauses about one fact. */
export const RECORD_CLAUSES = family('c', [
  'with {l} {v}',
  'whose {l} is {v}',
  'with the {l} {v}',
  'having {v} as {l}',
  '{l} {v}',
  'having the {l} {v}',
  'where the {l} is {v}',
  'with a {l} of {v}',
]);

/** record clauses for booleans: who/that + predicate. */
export const RECORD_BOOL = family('q', [
  'who {p}',
  'that {p}',
  'which {p}',
  'someone who {p}',
  'who also {p}',
]);

/** tag lists in text. */
export const TAG_PHRASINGS = family('g', [
  'Tags: {list}.',
  'Tagged {and}.',
  '{hash}',
  '{L}: {list}',
  'Put it under {and}.',
  'Add the {l} {list}.',
  '- {l}: {list}',
  '| {l} | {list} |',
]);
export const NO_TAG_PHRASINGS = family('h', [
  'No {l}.',
  '{L}: none',
  'Without any {l}.',
  '{L}: (empty)',
  'There are no {l}.',
]);

/** the predicate sentence of a boolean fact. */
export const PREDICATE_FRAMES = family('p', [
  '{S2} {p}.',
  'Note that {s2} {p}.',
  'Also, {s2} {p}.',
  'Apparently {s2} {p}.',
  'It turns out {s2} {p}.',
]);

export const isHeldout = (id: string, list: readonly Phrasing[]): boolean => {
  const index = list.findIndex((p) => p.id === id);
  return heldoutIndex(index, list.length, 5, 5);
};

/** the part of a family of one split. */
export const ofSplit = (list: readonly Phrasing[], split: 'train' | 'heldout'): Phrasing[] =>
  list.filter((_, i) => heldoutIndex(i, list.length, 5, 5) === (split === 'heldout'));

// ------------------------------------------------------------------ training-only extensions
// More phrasings for training only (never held out), added after the held-out split above was
// fixed, so the held-out templates (and every earlier evaluation) stay the same. None repeats a
// held-out template (tested).

export const SENTENCES_MORE = family('S', [
  'They told me the {l} is {v}.',
  'The {l} has been changed to {v}.',
  '{v} was entered as the {l}.',
  'Just so you know, the {l} is {v}.',
  'The {l} reads {v}.',
  'Fill in {v} for the {l}.',
  'The new {l} will be {v}.',
  '{S4} {l}: {v}.',
  'The {l} I have here is {v}.',
  '{v} is on record as the {l}.',
  'Could you use {v} for the {l}?',
  'The {l} should read {v}.',
  'Set {l} = {v}.',
  'The {l} field says {v}.',
  'On the {l}: {v}.',
  'Put {v} in as the {l}.',
  '{L} (confirmed): {v}.',
  'The {l} is now {v}.',
  'The current {l} is {v}.',
  'We recorded {v} as {s4} {l}.',
  'Mark the {l} as {v}.',
  '{v} is correct for the {l}.',
  'The {l} to use is {v}.',
  'Use this {l}: {v}.',
  'Please note the {l} is {v}.',
  'I believe the {l} is {v}.',
  'Write down {v} as the {l}.',
  'The {l} was {v} last time and is still {v}.',
  '{L} stays {v}.',
  "The {l}'s value is {v}.",
  'Keep {v} as the {l}.',
  'Our records show {v} as the {l}.',
  'With {l} {v}.',
  '{S2} gave {v} as {s4} {l}.',
  'The {l} on file: {v}.',
  'And the {l}? It is {v}.',
  'Fix the {l}, it should be {v}.',
  'The {l} is listed as {v}.',
]);

export const LINES_MORE = family('L', [
  '{L}......{v}',
  '* {l} = {v}',
  '{L} :: {v}',
  '[{k}] {v}',
  '"{k}": {v}',
  '{k} = {v}',
  '{L} — {v}',
  '- {L} is {v}',
  '{L}: "{v}"',
  '* {v} — {l}',
  '{U} = {v}',
  '{k}: "{v}"',
]);

export const ROWS_MORE = family('T', [
  '{k}\t{v}',
  '{l};{v}',
  '| *{L}* | {v} |',
  '{L},{v}',
  '| {U} | {v} |',
  '{L} ; {v}',
  '|{k}|{v}|',
]);

export const INLINE_MORE = family('I', [
  '{l} is {v}',
  '{k}={v}',
  '{k}: {v}',
  'the {l} {v}',
  '{v} as {l}',
  '{l} of {v}',
  '{l} = {v}',
  '{v} is the {l}',
]);

export const BOOL_LABEL_MORE = family('B', [
  '{L} = {tf}',
  '- {L}: {Yn}',
  '{k}: {tf}',
  '{L}: {yn}.',
  '{l} = {tf}',
  '{U}: {Yn}',
  '{k} = {yn}',
]);

export const ABSENT_MORE = family('A', [
  '{L}: ?',
  '{L}: not given',
  'The {l} is missing.',
  '{L}: N/A',
  'No {l} yet.',
  '{L}: unknown.',
  'Nobody told us the {l}.',
]);
