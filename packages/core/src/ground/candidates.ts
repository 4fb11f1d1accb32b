import type { Mentions } from './index';

/** bounds a number slot keeps its candidates within (JSON Schema's names). */
export interface NumberBounds {
  integer?: boolean;
  minimum?: number | undefined;
  maximum?: number | undefined;
  exclusiveMinimum?: number | undefined;
  exclusiveMaximum?: number | undefined;
  multipleOf?: number | undefined;
}

/** the numbers a text mentions that the bounds allow, as JSON number texts. */
export function numberCandidates(mentions: Mentions, bounds: NumberBounds): string[] {
  const {
    integer,
    minimum: min,
    maximum: max,
    exclusiveMinimum: exMin,
    exclusiveMaximum: exMax,
    multipleOf: step,
  } = bounds;
  const texts = mentions.numbers
    .map((mention) => mention.value)
    .filter(
      (value) =>
        Number.isFinite(value) &&
        (!integer || Number.isInteger(value)) &&
        (min === undefined || value >= min) &&
        (max === undefined || value <= max) &&
        (exMin === undefined || value > exMin) &&
        (exMax === undefined || value < exMax) &&
        (step === undefined || Math.abs(value / step - Math.round(value / step)) < 1e-9),
    )
    .map((value) => (Object.is(value, -0) ? '0' : String(value)))
    .filter((text) => !/e/i.test(text));
  return [...new Set(texts)];
}

/**
 * the dates and times a text mentions in the spellings a format may take: `date` YYYY-MM-DD,
 * `time` HH:MM (also with seconds, and Z for JSON Schema's time), `date-time` RFC 3339; no
 * format: every one of them (a pattern then keeps what it allows).
 */
export function dateCandidates(mentions: Mentions, format: string | undefined, zone = false): string[] {
  const out: string[] = [];
  for (const mention of mentions.dates) {
    if (mention.date && (format === 'date' || format === undefined)) out.push(mention.date);
    if (mention.time && (format === 'time' || format === undefined))
      out.push(mention.time, `${mention.time}:00`, ...(zone ? [`${mention.time}:00Z`] : []));
    if (mention.dateTime && (format === 'date-time' || format === undefined)) out.push(mention.dateTime);
  }
  return [...new Set(out)];
}
