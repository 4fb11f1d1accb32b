import * as chrono from 'chrono-node';

/** a date or time the text mentions, normalised, with where. */
export interface DateMention {
  /** `YYYY-MM-DD` when the mention names a day. */
  date?: string;
  /** `HH:MM` (24-hour) when it names a time of day. */
  time?: string;
  /** RFC 3339 (`2025-06-12T09:15:00Z`, or with the offset the text states) when it names both. */
  dateTime?: string;
  start: number;
  end: number;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function mentionsOf(
  component: chrono.ParsedComponents,
  start: number,
  end: number,
  text: string,
): DateMention[] {
  const zeroHour = /(^|\D)0\d[:.h]\d\d/.test(text);
  const first = mentionOf(component, start, end, text);
  if (!first) return [];
  const out = [first];
  // "at 6" with no am/pm said: the evening too
  const hour = component.get('hour');
  if (
    first.time &&
    !component.isCertain('meridiem') &&
    hour !== null &&
    hour >= 1 &&
    hour <= 11 &&
    !zeroHour
  ) {
    const later = { ...first, time: `${pad(hour + 12)}${first.time.slice(2)}` };
    if (later.dateTime && later.date)
      later.dateTime = `${later.date}T${later.time}${first.dateTime!.slice(16)}`;
    out.push(later);
  }
  return out;
}

/** casual day words chrono reads without marking the day certain ("this morning", "tonight"). */
const CASUAL_DAY = /\b(today|tonight|tomorrow|yesterday|this (morning|afternoon|evening))\b/i;

function mentionOf(
  component: chrono.ParsedComponents,
  start: number,
  end: number,
  text = '',
): DateMention | undefined {
  const mention: DateMention = { start, end };
  const year = component.get('year');
  const month = component.get('month');
  const day = component.get('day');
  const hour = component.get('hour');
  const minute = component.get('minute') ?? 0;
  const knowsDay = component.isCertain('day') || component.isCertain('weekday') || CASUAL_DAY.test(text);
  const knowsTime = component.isCertain('hour');
  if (year === null || month === null || day === null) return undefined;
  if (knowsDay) mention.date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (knowsTime && hour !== null) mention.time = `${pad(hour)}:${pad(minute)}`;
  if (mention.date && mention.time) {
    const offset = component.get('timezoneOffset');
    mention.dateTime = `${mention.date}T${mention.time}:${pad(component.get('second') ?? 0)}${offsetText(offset ?? 0)}`;
  }
  return mention.date || mention.time ? mention : undefined;
}

/**
 * the dates and times a text mentions (chrono-node, English; relative ones such as "next
 * Thursday" or "tomorrow" counted from `referenceDate`), normalised to ISO forms. A range ("3–4
 * June", "9:00 to 17:30") gives both ends. Dates already in ISO form are found as well.
 */
export function findDates(text: string, referenceDate: Date): DateMention[] {
  const out: DateMention[] = [];
  const reference = { instant: referenceDate, timezone: 0 };
  // US and British day orders ("12/06/2025"), days ahead and days past of the reference ("3 June")
  const parses = [
    chrono.en.parse(text, reference, { forwardDate: true }),
    chrono.en.parse(text, reference),
    chrono.en.GB.parse(text, reference, { forwardDate: true }),
    chrono.en.GB.parse(text, reference),
  ];
  for (const results of parses)
    for (const result of results) {
      const start = result.index;
      const end = start + result.text.length;
      out.push(...mentionsOf(result.start, start, end, result.text));
      if (result.end) out.push(...mentionsOf(result.end, start, end, result.text));
      // "next Thursday" said on a Monday: the coming Thursday too (people mean either)
      const named = /^next\s+(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?$/i.exec(result.text);
      if (named) {
        const weekday = WEEKDAYS.indexOf(named[1]!.toLowerCase());
        const coming = new Date(referenceDate);
        coming.setUTCDate(coming.getUTCDate() + ((weekday - coming.getUTCDay() + 7) % 7 || 7));
        out.push({ date: coming.toISOString().slice(0, 10), start, end });
      }
    }
  // a bare day of the month ("the 21st", "Sat 26th"): this month's, or next month's once past
  for (const match of text.matchAll(
    /\b(?:the\s+)?([12]?\d|3[01])(st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]{3,}\s*\d)/gi,
  )) {
    const day = Number(match[1]);
    if (day < 1 || out.some((m) => m.start <= match.index && match.index < m.end && m.date)) continue;
    for (const ahead of [0, 1]) {
      const at = new Date(
        Date.UTC(referenceDate.getUTCFullYear(), referenceDate.getUTCMonth() + ahead, day, 12),
      );
      if (at.getUTCDate() !== day) continue;
      out.push({
        date: at.toISOString().slice(0, 10),
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  const seen = new Set<string>();
  return out.filter((mention) => {
    const key = `${mention.date}|${mention.time}|${mention.dateTime}|${mention.start}|${mention.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
