import { type Constraint, regex } from '@unmask/core';

/** the formats a slot may take (`{{gen "when" format="date"}}`). */
export type SlotFormat = 'date' | 'time' | 'date-time' | 'email' | 'uri' | 'uuid';

const leapYear = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const monthDay =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
/** a calendar date, leap years included. */
const date = `(?:\\d{4}-${monthDay}|${leapYear}-02-29)`;
const hourMinute = '(?:[01]\\d|2[0-3]):[0-5]\\d';

const sources: Record<SlotFormat, { source: string; maxBytes: number }> = {
  /** `2025-02-28` (ISO 8601 calendar date). */
  date: { source: date, maxBytes: 10 },
  /** `14:30` or `14:30:05` (24-hour clock). */
  time: { source: `${hourMinute}(?::[0-5]\\d)?`, maxBytes: 8 },
  /** `2025-02-28T14:30:05Z` or with an offset (RFC 3339). */
  'date-time': {
    source: `${date}T${hourMinute}:[0-5]\\d(?:\\.\\d{1,3})?(?:Z|[+-]${hourMinute})`,
    maxBytes: 29,
  },
  email: {
    source:
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}",
    maxBytes: 64,
  },
  /** an absolute http(s) URL without spaces, quotes or angle brackets. */
  uri: {
    source:
      "https?://[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\\d{1,5})?(?:[/?#][A-Za-z0-9\\-._~%!$&'()*+,;=:@/?#]*)?",
    maxBytes: 96,
  },
  uuid: {
    source: '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}',
    maxBytes: 36,
  },
};

export const slotFormats = Object.keys(sources) as SlotFormat[];

export const isSlotFormat = (name: string): name is SlotFormat => Object.hasOwn(sources, name);

/** the constraint of a format and the most UTF-8 bytes a value of it usually takes. */
export function formatConstraint(format: SlotFormat): { constraint: Constraint; maxBytes: number } {
  const { source, maxBytes } = sources[format];
  return { constraint: regex(source, 'u'), maxBytes };
}
