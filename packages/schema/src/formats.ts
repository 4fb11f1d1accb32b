/** regexes (over decoded characters, anchored by the slot) for the formats unmask generates exactly. */
const dec = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const h16 = '[0-9a-f]{1,4}';
const date =
  '\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const time = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,3})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';
const label = '[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?';
const durationTime = 'T(?:\\d{1,3}H(?:\\d{1,3}M)?(?:\\d{1,3}S)?|\\d{1,3}M(?:\\d{1,3}S)?|\\d{1,3}S)';

export const FORMAT_REGEX: Record<string, string> = {
  // february 29 is left out on purpose: it would need the year's leap rule; ajv checks it anyway
  date,
  time,
  'date-time': `${date}T${time}`,
  // the local part as dot-atoms (no "..", no dot at either end: ajv-formats' full email rejects those)
  email: `[a-z0-9](?:[a-z0-9_+-]|\\.[a-z0-9_+-]){0,20}@${label}(?:\\.${label}){0,3}\\.[a-z]{2,24}`,
  hostname: `${label}(?:\\.${label}){0,4}`,
  'idn-hostname': `${label}(?:\\.${label}){0,4}`,
  uri: `https?://${label}(?:\\.${label}){0,3}\\.[a-z]{2,24}(?:/[a-zA-Z0-9._~-]{1,20}){0,4}`,
  'uri-reference': `(?:https?://${label}(?:\\.${label}){0,3}\\.[a-z]{2,24})?(?:/[a-zA-Z0-9._~-]{1,20}){1,4}`,
  iri: `https?://${label}(?:\\.${label}){0,3}\\.[a-z]{2,24}(?:/[a-zA-Z0-9._~-]{1,20}){0,4}`,
  url: `https?://${label}(?:\\.${label}){0,3}\\.[a-z]{2,24}(?:/[a-zA-Z0-9._~-]{1,20}){0,4}`,
  uuid: '[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}',
  ipv4: `${dec}(?:\\.${dec}){3}`,
  // full 8-group form only: a subset of RFC 4291 text forms, always valid
  ipv6: `${h16}(?::${h16}){7}`,
  // at least one component; a time part only after T (as RFC 3339 appendix A asks)
  duration: `P(?:\\d{1,3}D(?:${durationTime})?|${durationTime}|\\d{1,3}W)`,
  'json-pointer': '(?:/[a-zA-Z0-9_-]{0,12}){0,4}',
  'json-pointer-uri-fragment': '#(?:/[a-zA-Z0-9_-]{0,12}){0,4}',
  'relative-json-pointer': '(?:0|[1-9]\\d{0,2})(?:#|(?:/[a-zA-Z0-9_-]{0,12}){0,4})',
  'iso-time': time,
  'iso-date-time': `${date}T${time}`,
  'uri-template': `https?://${label}(?:\\.${label}){0,3}\\.[a-z]{2,24}(?:/[a-zA-Z0-9._~-]{1,20}){0,4}`,
  byte: '(?:[A-Za-z0-9+/]{4}){1,6}',
  regex: '[a-zA-Z0-9_]{1,20}',
  color: '#[0-9a-f]{6}',
};

/** typical token budget of each format's value (characters; digits are single tokens). */
export const FORMAT_BUDGET: Record<string, number> = {
  date: 10,
  time: 14,
  'date-time': 25,
  email: 16,
  hostname: 12,
  'idn-hostname': 12,
  uri: 20,
  'uri-reference': 16,
  iri: 20,
  url: 20,
  uuid: 36,
  ipv4: 15,
  ipv6: 39,
  duration: 12,
  'json-pointer': 12,
  'json-pointer-uri-fragment': 13,
  'relative-json-pointer': 12,
  'iso-time': 14,
  'iso-date-time': 25,
  'uri-template': 20,
  byte: 16,
  regex: 8,
  color: 7,
};
