import { BoundedCache } from '../constraint/bounded-cache';
import { type DateMention, findDates } from './dates';
import { findNumbers, type NumberMention } from './numbers';

export { dateCandidates, type NumberBounds, numberCandidates } from './candidates';
export { type DateMention, findDates } from './dates';
export { findNumbers, type NumberMention } from './numbers';

/** what a prompt mentions, for grounded slots: numbers and dates, normalised, with their spans. */
export interface Mentions {
  text: string;
  numbers: NumberMention[];
  dates: DateMention[];
}

const cache = new BoundedCache<Mentions>(
  64,
  8 * 1024 * 1024,
  (mentions) => 64 * (mentions.numbers.length + mentions.dates.length) + 2 * mentions.text.length,
);

/** a referenceDate option as a Date: `YYYY-MM-DD` (noon UTC, so no time zone moves the day) or a Date. */
export function referenceDateOf(reference: string | Date | undefined): Date {
  if (reference instanceof Date) return reference;
  if (reference === undefined) return new Date();
  return new Date(`${reference}T12:00:00Z`);
}

/** the mentions of a text (kept for the texts seen last: each compile of one request asks again). */
export function mentionsOf(text: string, referenceDate?: string | Date): Mentions {
  const reference = referenceDateOf(referenceDate);
  const key = `${reference.toISOString().slice(0, 10)}\u0000${text}`;
  const known = cache.get(key);
  if (known) return known;
  const mentions = { text, numbers: findNumbers(text), dates: findDates(text, reference) };
  cache.set(key, mentions);
  return mentions;
}
