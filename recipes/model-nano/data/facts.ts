// the catalogue of field kinds: schema fragment, seeded value, key synonyms, text labels and
// kind-specific phrasings. Held-out parts are chosen by index (see `heldoutIndex`).
import type { Rand } from './rand';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type SchemaObject = { [keyword: string]: unknown };

export interface FieldKind {
  id: string;
  /** themes the kind belongs to (schemas are mostly drawn within a theme). */
  themes: readonly string[];
  /** key synonyms as word lists (rendered in a case style). */
  keys: readonly (readonly string[])[];
  /** how the text names the fact. */
  labels: readonly string[];
  schema(r: Rand): SchemaObject;
  gen(r: Rand): Json;
  /** how a value appears in text (default: as is). */
  text?(v: Json, r: Rand): string;
  /** kind-specific sentences: `{S}` subject, `{v}` value text. */
  phrasings?: readonly string[];
  /** booleans: [positive, negative] predicates after a subject, same frame both ways. */
  predicates?: ReadonlyArray<readonly [string, string]>;
  /** relative frequency. */
  weight?: number;
}

/** every `period`-th item (from `offset`) of a list is held out; lists shorter than `min` keep all in training. */
export function heldoutIndex(index: number, length: number, period: number, min = 3): boolean {
  return length >= min && index % period === period - 1;
}

const str =
  (maxLength?: number, extra: SchemaObject = {}) =>
  (r: Rand) =>
    maxLength !== undefined && r.chance(0.7)
      ? { type: 'string', maxLength, ...extra }
      : { type: 'string', ...extra };
const enumOf = (values: readonly string[]) => () => ({ type: 'string', enum: [...values] });
const int = (minimum: number, maximum: number) => (r: Rand) =>
  r.chance(0.75) ? { type: 'integer', minimum, maximum } : { type: 'integer', minimum };
const bool = () => ({ type: 'boolean' });
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** an ISO date, or in text sometimes "March 3, 2024" (the only normalisation asked of the model). */
function dateText(v: Json, r: Rand): string {
  const s = String(v);
  if (!r.chance(0.2)) return s;
  return dateInWords(s, r);
}

/** an ISO date in words: "March 3, 2024" or "3 March 2024". */
export function dateInWords(iso: string, r: Rand): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[(m ?? 1) - 1]!;
  return r.chance(0.5) ? `${month} ${d}, ${y}` : `${d} ${month} ${y}`;
}
const isoDate = (from: string, to: string) => (r: Rand) =>
  r.en.date.between({ from, to }).toISOString().slice(0, 10);
const enumText = (v: Json, r: Rand) => (r.chance(0.3) ? cap(String(v)) : String(v));
const money = (min: number, max: number) => (r: Rand) => {
  const whole = r.int(min, max);
  return r.chance(0.3) ? whole : Number(`${whole}.${r.int(1, 9)}${r.int(1, 9)}`);
};
const moneyText = (v: Json, r: Rand) =>
  r.weighted([
    [`$${v}`, 3],
    [`${v}`, 2],
    [`${v} USD`, 1],
    [`€${v}`, 1],
    [`${v} EUR`, 1],
    [`${v} dollars`, 1],
  ] as const);
const code = (r: Rand, pattern: string) => r.en.helpers.fromRegExp(pattern);

const NOTES = [
  'leave the parcel at the front door',
  'call before delivery',
  'ring the bell twice',
  'fragile, handle with care',
  'please send an invoice',
  'no weekend deliveries',
  'gift for a birthday',
  'prefers email over phone',
  'allergic to nuts',
  'needs a ground floor room',
  'late check-in around 22:00',
  'wants a window seat',
  'returning customer',
  'follow up next week',
  'urgent, client is waiting',
  'use the side entrance',
];
const TAGS = [
  'sale',
  'new',
  'gift',
  'eco',
  'premium',
  'summer',
  'winter',
  'outdoor',
  'kids',
  'vintage',
  'urgent',
  'vip',
  'wholesale',
  'handmade',
  'organic',
  'clearance',
  'bestseller',
  'limited',
  'digital',
  'b2b',
];

export const KINDS: readonly FieldKind[] = [
  {
    id: 'person_name',
    themes: ['person', 'employee', 'booking', 'ticket', 'letter'],
    keys: [
      ['name'],
      ['full', 'name'],
      ['customer', 'name'],
      ['contact', 'name'],
      ['customer'],
      ['client', 'name'],
      ['person'],
      ['display', 'name'],
      ['recipient'],
      ['guest', 'name'],
      ['holder', 'name'],
      ['attendee'],
    ],
    labels: ['name', 'full name', 'customer', 'contact', 'client', 'person'],
    schema: str(30),
    gen: (r) => `${r.person().first} ${r.person().last}`,
    phrasings: [
      '{S2} is {v}.',
      'My name is {v}.',
      "Hi, I'm {v}.",
      'This is {v} writing.',
      '{v} called earlier today.',
      'Best regards, {v}',
      'The request came from {v}.',
      'Signed: {v}',
      'Meet {v}.',
      'On behalf of {v}.',
      '{v} here.',
      'Thanks, {v}',
    ],
    weight: 3,
  },
  {
    id: 'first_name',
    themes: ['person', 'employee', 'letter'],
    keys: [['first', 'name'], ['given', 'name'], ['first'], ['forename'], ['first', 'nm']],
    labels: ['first name', 'given name', 'forename'],
    schema: str(24),
    gen: (r) => r.person().first,
    phrasings: ['Her first name is {v}.', 'Call me {v}.', 'First name {v}.', 'Everyone calls him {v}.'],
    weight: 2,
  },
  {
    id: 'last_name',
    themes: ['person', 'employee'],
    keys: [['last', 'name'], ['surname'], ['family', 'name'], ['last'], ['lname']],
    labels: ['last name', 'surname', 'family name'],
    schema: str(24),
    gen: (r) => r.person().last,
    phrasings: ['The surname is {v}.', 'Last name {v}.', 'Family name: {v}, spelled as written.'],
    weight: 2,
  },
  {
    id: 'email',
    themes: ['person', 'employee', 'ticket', 'company'],
    keys: [
      ['email'],
      ['email', 'address'],
      ['mail'],
      ['contact', 'email'],
      ['e', 'mail'],
      ['user', 'email'],
      ['work', 'email'],
      ['email', 'addr'],
    ],
    labels: ['email', 'e-mail', 'email address', 'mail'],
    schema: (r) => (r.chance(0.6) ? { type: 'string', format: 'email' } : { type: 'string', maxLength: 30 }),
    gen: (r) =>
      (r.chance(0.7)
        ? r.en.internet.email({ firstName: r.person().first, lastName: r.person().last })
        : r.en.internet.email()
      )
        .normalize('NFD')
        .replace(/[^ -~]/g, '')
        .toLowerCase(),
    phrasings: [
      'You can reach {S3} at {v}.',
      'Email me at {v}.',
      'Send it to {v}.',
      'Write to {v} for details.',
      '{S2} can be contacted via {v}.',
      'Reply to {v} please.',
      'Contact: {v}',
      'CC {v} on the thread.',
    ],
    weight: 3,
  },
  {
    id: 'phone',
    themes: ['person', 'booking', 'company'],
    keys: [
      ['phone'],
      ['phone', 'number'],
      ['tel'],
      ['mobile'],
      ['telephone'],
      ['cell'],
      ['contact', 'phone'],
    ],
    labels: ['phone', 'phone number', 'telephone', 'mobile', 'cell'],
    schema: str(24),
    gen: (r) => r.en.phone.number({ style: r.chance(0.6) ? 'national' : 'international' }),
    phrasings: [
      'Call {S3} at {v}.',
      'Phone me on {v}.',
      '{S2} can be reached on {v}.',
      'Text {v} when you arrive.',
      'Best number to call: {v}.',
      'Ring {v} if anything changes.',
    ],
    weight: 2,
  },
  {
    id: 'city',
    themes: ['person', 'company', 'event', 'address'],
    keys: [['city'], ['town'], ['city', 'name'], ['home', 'city'], ['location'], ['city', 'of', 'residence']],
    labels: ['city', 'town', 'home city', 'location'],
    schema: str(30),
    gen: (r) => r.f.location.city(),
    phrasings: [
      '{S2} lives in {v}.',
      '{S2} is based in {v}.',
      '{S2} moved to {v} last year.',
      '{S2} comes from {v}.',
      'Location: {v}.',
      'The office is in {v}.',
      'Greetings from {v}!',
      '{S2} resides in {v}.',
    ],
    weight: 3,
  },
  {
    id: 'country',
    themes: ['person', 'company', 'address'],
    keys: [['country'], ['country', 'name'], ['nation'], ['home', 'country'], ['country', 'of', 'origin']],
    labels: ['country', 'nation', 'home country'],
    schema: str(30),
    gen: (r) => r.en.location.country(),
    phrasings: [
      '{S2} is from {v}.',
      '{S2} lives in {v}.',
      'Shipping to {v}.',
      'The company operates in {v}.',
      '{S2} was born in {v}.',
    ],
    weight: 2,
  },
  {
    id: 'street',
    themes: ['person', 'address'],
    keys: [['street'], ['street', 'address'], ['address'], ['address', 'line', '1'], ['line', '1'], ['addr']],
    labels: ['street', 'street address', 'address', 'address line'],
    schema: str(30),
    gen: (r) => r.f.location.streetAddress(),
    phrasings: [
      '{S2} lives at {v}.',
      'Deliver to {v}.',
      'The house is at {v}.',
      'Our address is {v}.',
      'Drop it off at {v}.',
    ],
    weight: 2,
  },
  {
    id: 'zip',
    themes: ['person', 'address'],
    keys: [['zip'], ['zip', 'code'], ['postal', 'code'], ['post', 'code'], ['postal']],
    labels: ['zip', 'zip code', 'postal code', 'postcode'],
    schema: (r) =>
      r.chance(0.5) ? { type: 'string', pattern: '^[0-9]{5}$' } : { type: 'string', maxLength: 10 },
    gen: (r) => r.en.location.zipCode('#####'),
    phrasings: ['The zip is {v}.', 'Postal code {v}.', 'ZIP {v}.'],
    weight: 2,
  },
  {
    id: 'state',
    themes: ['address', 'company'],
    keys: [['state'], ['region'], ['province'], ['state', 'name']],
    labels: ['state', 'region', 'province'],
    schema: str(30),
    gen: (r) => r.en.location.state(),
    phrasings: ['{S2} lives in the state of {v}.', 'Region: {v}.', 'It is registered in {v}.'],
  },
  {
    id: 'company',
    themes: ['company', 'employee', 'person'],
    keys: [
      ['company'],
      ['company', 'name'],
      ['employer'],
      ['organization'],
      ['org'],
      ['business'],
      ['firm'],
      ['vendor'],
    ],
    labels: ['company', 'employer', 'organization', 'business', 'firm'],
    schema: str(30),
    gen: (r) => r.f.company.name(),
    phrasings: [
      '{S2} works at {v}.',
      '{S2} is employed by {v}.',
      'The order was placed by {v}.',
      '{v} is the vendor.',
      'I work for {v}.',
      '{S2} joined {v} recently.',
    ],
    weight: 2,
  },
  {
    id: 'job_title',
    themes: ['employee', 'person'],
    keys: [['job', 'title'], ['title'], ['role'], ['position'], ['job'], ['occupation']],
    labels: ['job title', 'title', 'role', 'position', 'occupation'],
    schema: str(30),
    gen: (r) => r.en.person.jobTitle(),
    phrasings: ['{S2} works as a {v}.', '{S2} was hired as {v}.', 'Current role: {v}.', "I'm the {v}."],
    weight: 2,
  },
  {
    id: 'department',
    themes: ['employee', 'product'],
    keys: [['department'], ['dept'], ['team'], ['division'], ['unit']],
    labels: ['department', 'team', 'division'],
    schema: str(30),
    gen: (r) => r.en.commerce.department(),
    phrasings: ['{S2} is in the {v} team.', '{S2} belongs to {v}.', 'Filed under {v}.'],
  },
  {
    id: 'username',
    themes: ['person', 'account'],
    keys: [['username'], ['login'], ['handle'], ['account', 'name'], ['screen', 'name'], ['nickname']],
    labels: ['username', 'login', 'handle', 'user name'],
    schema: (r) =>
      r.chance(0.5)
        ? { type: 'string', pattern: '^[A-Za-z0-9._-]{3,24}$' }
        : { type: 'string', maxLength: 24 },
    gen: (r) => {
      const u = (
        r.chance(0.6)
          ? r.en.internet.username({ firstName: r.person().first, lastName: r.person().last })
          : r.en.internet.username()
      )
        .normalize('NFD')
        .replace(/[^A-Za-z0-9._-]/g, '');
      return u.length >= 3 ? u.slice(0, 24) : `user${r.int(100, 999)}`;
    },
    phrasings: ['{S2} goes by {v} online.', 'Log in as {v}.', 'The account is {v}.', 'Handle @{v}.'],
    weight: 2,
  },
  {
    id: 'website',
    themes: ['company', 'account'],
    keys: [['website'], ['url'], ['homepage'], ['site'], ['web', 'site'], ['link']],
    labels: ['website', 'URL', 'homepage', 'site'],
    schema: (r) => (r.chance(0.5) ? { type: 'string', format: 'uri' } : { type: 'string', maxLength: 30 }),
    gen: (r) => `https://${r.en.internet.domainName()}`,
    phrasings: ['More at {v}.', 'Visit {v}.', 'The site is {v}.', 'See {v} for the catalogue.'],
  },
  {
    id: 'product',
    themes: ['order', 'product'],
    keys: [['product'], ['product', 'name'], ['item'], ['item', 'name'], ['article'], ['goods']],
    labels: ['product', 'item', 'article'],
    schema: str(30),
    gen: (r) => r.en.commerce.productName(),
    phrasings: [
      'I bought a {v}.',
      'The order is for a {v}.',
      '{S2} wants the {v}.',
      'We shipped one {v}.',
      'Interested in the {v}.',
    ],
    weight: 3,
  },
  {
    id: 'color',
    themes: ['product'],
    keys: [['color'], ['colour'], ['shade'], ['finish']],
    labels: ['color', 'colour', 'shade'],
    schema: enumOf(['red', 'blue', 'green', 'black', 'white', 'yellow', 'gray', 'purple']),
    gen: (r) => r.pick(['red', 'blue', 'green', 'black', 'white', 'yellow', 'gray', 'purple']),
    text: enumText,
    phrasings: ['I want it in {v}.', 'The {v} one, please.', 'Make it {v}.', 'It comes in {v}.'],
    weight: 2,
  },
  {
    id: 'size',
    themes: ['product', 'order'],
    keys: [['size'], ['shirt', 'size'], ['size', 'code'], ['fit']],
    labels: ['size', 'fit'],
    schema: enumOf(['XS', 'S', 'M', 'L', 'XL']),
    gen: (r) => r.pick(['XS', 'S', 'M', 'L', 'XL']),
    phrasings: ['Size {v} please.', 'I wear {v}.', 'Send the {v}.', 'It should be a size {v}.'],
  },
  {
    id: 'order_status',
    themes: ['order'],
    keys: [['status'], ['order', 'status'], ['shipping', 'status'], ['order', 'state'], ['stage']],
    labels: ['status', 'order status', 'shipping status'],
    schema: enumOf(['pending', 'processing', 'shipped', 'delivered', 'cancelled']),
    gen: (r) => r.pick(['pending', 'processing', 'shipped', 'delivered', 'cancelled']),
    text: enumText,
    phrasings: ['The order is {v}.', 'It has been {v}.', 'Marked as {v}.', 'Current state: {v}.'],
    weight: 2,
  },
  {
    id: 'priority',
    themes: ['ticket'],
    keys: [['priority'], ['urgency'], ['level'], ['prio'], ['severity']],
    labels: ['priority', 'urgency', 'severity'],
    schema: enumOf(['low', 'medium', 'high', 'urgent']),
    gen: (r) => r.pick(['low', 'medium', 'high', 'urgent']),
    text: enumText,
    phrasings: ['This is {v} priority.', 'Treat it as {v}.', 'Severity {v}.', 'It is a {v} issue.'],
    weight: 2,
  },
  {
    id: 'payment_method',
    themes: ['order'],
    keys: [['payment', 'method'], ['payment'], ['pay', 'method'], ['paid', 'with'], ['payment', 'type']],
    labels: ['payment method', 'payment', 'paid with'],
    schema: enumOf(['card', 'paypal', 'cash', 'bank_transfer']),
    gen: (r) => r.pick(['card', 'paypal', 'cash', 'bank_transfer']),
    text: (v) => (v === 'bank_transfer' ? 'bank_transfer' : String(v)),
    phrasings: ['{S2} paid by {v}.', 'Payment via {v}.', 'I will pay with {v}.'],
  },
  {
    id: 'currency',
    themes: ['order', 'product'],
    keys: [['currency'], ['currency', 'code'], ['ccy'], ['money']],
    labels: ['currency', 'currency code'],
    schema: enumOf(['USD', 'EUR', 'GBP', 'JPY', 'CHF']),
    gen: (r) => r.pick(['USD', 'EUR', 'GBP', 'JPY', 'CHF']),
    phrasings: ['Prices are in {v}.', 'Bill me in {v}.', 'All amounts in {v}.'],
  },
  {
    id: 'language',
    themes: ['person', 'account'],
    keys: [['language'], ['lang'], ['preferred', 'language'], ['locale']],
    labels: ['language', 'preferred language'],
    schema: enumOf(['en', 'fr', 'de', 'es', 'it']),
    gen: (r) => r.pick(['en', 'fr', 'de', 'es', 'it']),
    phrasings: ['Language code {v}.', 'Use {v} for messages.', 'Locale is {v}.'],
  },
  {
    id: 'order_id',
    themes: ['order', 'ticket'],
    keys: [['order', 'id'], ['order', 'number'], ['order', 'ref'], ['reference'], ['order'], ['order', 'no']],
    labels: ['order id', 'order number', 'order', 'reference'],
    schema: (r) =>
      r.chance(0.6) ? { type: 'string', pattern: '^ORD-[0-9]{5}$' } : { type: 'string', maxLength: 12 },
    gen: (r) => code(r, 'ORD-[0-9]{5}'),
    phrasings: [
      'My order {v} has not arrived.',
      'Regarding order {v}.',
      'Re: {v}',
      '{v} was placed yesterday.',
      'Please check {v}.',
    ],
    weight: 3,
  },
  {
    id: 'uuid',
    themes: ['account'],
    keys: [['id'], ['uuid'], ['account', 'id'], ['user', 'id'], ['record', 'id']],
    labels: ['id', 'uuid', 'account id', 'user id'],
    schema: () => ({ type: 'string', format: 'uuid' }),
    gen: (r) => r.en.string.uuid(),
    phrasings: ['The record {v} is affected.', 'ID {v}.', 'Account {v} was created.'],
    weight: 0.4,
  },
  {
    id: 'sku',
    themes: ['product', 'order'],
    keys: [['sku'], ['product', 'code'], ['item', 'code'], ['code'], ['article', 'number']],
    labels: ['SKU', 'product code', 'item code', 'code'],
    schema: (r) =>
      r.chance(0.6) ? { type: 'string', pattern: '^[A-Z]{3}-[0-9]{4}$' } : { type: 'string', maxLength: 10 },
    gen: (r) => code(r, '[A-Z]{3}-[0-9]{4}'),
    phrasings: ['Item {v} is out of stock.', 'SKU {v}.', 'The code on the box says {v}.'],
    weight: 2,
  },
  {
    id: 'ticket_id',
    themes: ['ticket'],
    keys: [['ticket', 'id'], ['ticket'], ['case', 'number'], ['issue', 'id'], ['case', 'id']],
    labels: ['ticket', 'ticket id', 'case number', 'issue'],
    schema: (r) =>
      r.chance(0.5)
        ? { type: 'string', pattern: '^[A-Z]{2,4}-[0-9]{1,5}$' }
        : { type: 'string', maxLength: 12 },
    gen: (r) => `${r.pick(['SUP', 'HELP', 'IT', 'BUG', 'OPS', 'CS'])}-${r.int(1, 99999)}`,
    phrasings: ['See ticket {v}.', 'This relates to {v}.', 'Case {v} is still open.', 'Opened {v} today.'],
    weight: 2,
  },
  {
    id: 'invoice',
    themes: ['order', 'company'],
    keys: [['invoice', 'number'], ['invoice'], ['invoice', 'no'], ['invoice', 'id'], ['bill', 'number']],
    labels: ['invoice', 'invoice number', 'bill'],
    schema: (r) =>
      r.chance(0.5)
        ? { type: 'string', pattern: '^INV-[0-9]{4}-[0-9]{4}$' }
        : { type: 'string', maxLength: 16 },
    gen: (r) => `INV-${r.int(2019, 2026)}-${String(r.int(1, 9999)).padStart(4, '0')}`,
    phrasings: ['Invoice {v} is attached.', 'Please pay {v}.', '{v} is overdue.'],
  },
  {
    id: 'flight',
    themes: ['booking'],
    keys: [['flight'], ['flight', 'number'], ['flight', 'no'], ['flight', 'code']],
    labels: ['flight', 'flight number'],
    schema: (r) =>
      r.chance(0.5) ? { type: 'string', pattern: '^[A-Z]{2}[0-9]{3,4}$' } : { type: 'string', maxLength: 8 },
    gen: (r) => `${r.pick(['AF', 'LH', 'BA', 'UA', 'DL', 'IB', 'AZ', 'KL'])}${r.int(100, 9999)}`,
    phrasings: ['{S2} is on flight {v}.', 'Booked on {v}.', 'Flying {v}.', '{v} lands at noon.'],
  },
  {
    id: 'airport',
    themes: ['booking'],
    keys: [['airport'], ['destination'], ['iata'], ['arrival', 'airport'], ['to']],
    labels: ['airport', 'destination', 'destination airport'],
    schema: (r) =>
      r.chance(0.5)
        ? { type: 'string', pattern: '^[A-Z]{3}$' }
        : { type: 'string', minLength: 3, maxLength: 3 },
    gen: (r) => r.en.airline.airport().iataCode,
    phrasings: ['Flying into {v}.', 'Landing at {v}.', 'Destination {v}.'],
  },
  {
    id: 'birth_date',
    themes: ['person'],
    keys: [['birth', 'date'], ['date', 'of', 'birth'], ['dob'], ['birthday'], ['born']],
    labels: ['birth date', 'date of birth', 'birthday', 'DOB'],
    schema: () => ({ type: 'string', format: 'date' }),
    gen: isoDate('1950-01-01', '2007-12-31'),
    text: dateText,
    phrasings: ['{S2} was born on {v}.', 'Born {v}.', 'Birthday: {v}.', '{S4} birthday is {v}.'],
    weight: 2,
  },
  {
    id: 'due_date',
    themes: ['order', 'ticket', 'event'],
    keys: [['due', 'date'], ['deadline'], ['due'], ['due', 'by'], ['delivery', 'date'], ['date']],
    labels: ['due date', 'deadline', 'delivery date', 'date'],
    schema: () => ({ type: 'string', format: 'date' }),
    gen: isoDate('2023-01-01', '2026-12-31'),
    text: dateText,
    phrasings: [
      'It is due on {v}.',
      'Deliver by {v}.',
      'The deadline is {v}.',
      'We need it before {v}.',
      'Scheduled for {v}.',
    ],
    weight: 2,
  },
  {
    id: 'start_date',
    themes: ['employee', 'booking', 'event'],
    keys: [['start', 'date'], ['starts', 'on'], ['check', 'in'], ['from', 'date'], ['begin']],
    labels: ['start date', 'check-in', 'start', 'arrival date'],
    schema: () => ({ type: 'string', format: 'date' }),
    gen: isoDate('2023-01-01', '2026-12-31'),
    text: dateText,
    phrasings: ['{S2} starts on {v}.', 'Check-in on {v}.', 'Starting {v}.', 'Arriving {v}.'],
  },
  {
    id: 'time',
    themes: ['event', 'booking'],
    keys: [['time'], ['start', 'time'], ['meeting', 'time'], ['at'], ['slot']],
    labels: ['time', 'start time', 'meeting time'],
    schema: (r) =>
      r.chance(0.6)
        ? { type: 'string', pattern: '^[0-2][0-9]:[0-5][0-9]$' }
        : { type: 'string', maxLength: 5 },
    gen: (r) => `${String(r.int(7, 21)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45', '10', '50'])}`,
    phrasings: ['See you at {v}.', 'The meeting starts at {v}.', 'Be there by {v}.', 'We meet at {v} sharp.'],
    weight: 2,
  },
  {
    id: 'price',
    themes: ['order', 'product'],
    keys: [['price'], ['amount'], ['cost'], ['total'], ['unit', 'price'], ['total', 'price'], ['fee']],
    labels: ['price', 'amount', 'cost', 'total', 'unit price'],
    schema: (r) => (r.chance(0.6) ? { type: 'number', minimum: 0 } : { type: 'number' }),
    gen: money(1, 2000),
    text: moneyText,
    phrasings: [
      'It costs {v}.',
      'Priced at {v}.',
      'I paid {v}.',
      'The total came to {v}.',
      'That is {v} each.',
    ],
    weight: 3,
  },
  {
    id: 'quantity',
    themes: ['order', 'product'],
    keys: [['quantity'], ['qty'], ['count'], ['units'], ['number', 'of', 'items'], ['pieces']],
    labels: ['quantity', 'qty', 'count', 'units'],
    schema: int(1, 100),
    gen: (r) => r.int(1, 60),
    phrasings: ['I need {v} of them.', 'Order {v} units.', '{v} pieces, please.', 'We want {v}.'],
    weight: 3,
  },
  {
    id: 'age',
    themes: ['person', 'employee'],
    keys: [['age'], ['years'], ['age', 'years'], ['years', 'old']],
    labels: ['age', 'years'],
    schema: int(0, 120),
    gen: (r) => r.int(18, 90),
    phrasings: [
      '{S2} is {v} years old.',
      '{S2} is {v}.',
      'A {v}-year-old.',
      '{S2} turned {v} this spring.',
      'Aged {v}.',
      '{S2}, {v}, asked for help.',
    ],
    weight: 3,
  },
  {
    id: 'rating',
    themes: ['product', 'ticket'],
    keys: [['rating'], ['stars'], ['score'], ['review', 'score']],
    labels: ['rating', 'stars', 'score'],
    schema: int(1, 5),
    gen: (r) => r.int(1, 5),
    phrasings: ['I give it {v} stars.', 'Rated {v} out of 5.', '{v}/5.', 'Score: {v} stars.'],
    weight: 2,
  },
  {
    id: 'year',
    themes: ['company', 'product'],
    keys: [['year'], ['year', 'founded'], ['founded'], ['since'], ['model', 'year']],
    labels: ['year', 'year founded', 'founded'],
    schema: int(1900, 2100),
    gen: (r) => r.int(1950, 2025),
    phrasings: ['Founded in {v}.', 'It dates from {v}.', 'Established {v}.', 'Since {v}.'],
  },
  {
    id: 'weight',
    themes: ['product', 'person'],
    keys: [['weight'], ['weight', 'kg'], ['mass'], ['kg']],
    labels: ['weight', 'weight in kg', 'mass'],
    schema: (r) => (r.chance(0.6) ? { type: 'number', minimum: 0 } : { type: 'number' }),
    gen: (r) => (r.chance(0.5) ? r.int(1, 120) : Number(`${r.int(1, 120)}.${r.int(1, 9)}`)),
    text: (v, r) => (r.chance(0.6) ? `${v} kg` : String(v)),
    phrasings: ['It weighs {v}.', '{S2} weighs {v}.', 'Shipping weight {v}.'],
  },
  {
    id: 'discount',
    themes: ['order', 'product'],
    keys: [['discount'], ['discount', 'percent'], ['percent', 'off'], ['rebate']],
    labels: ['discount', 'discount percent', 'percent off'],
    schema: int(0, 100),
    gen: (r) => r.pick([5, 10, 15, 20, 25, 30, 40, 50]),
    text: (v, r) => (r.chance(0.6) ? `${v}%` : String(v)),
    phrasings: ['Apply a {v} discount.', 'Take {v} off.', 'A {v} reduction was agreed.'],
  },
  {
    id: 'employees',
    themes: ['company'],
    keys: [['employees'], ['headcount'], ['staff', 'count'], ['team', 'size'], ['employee', 'count']],
    labels: ['employees', 'headcount', 'staff', 'team size'],
    schema: int(1, 1000000),
    gen: (r) => r.int(2, 5000),
    phrasings: ['The company has {v} employees.', 'They employ {v} people.', 'Team of {v}.'],
  },
  {
    id: 'guests',
    themes: ['booking', 'event'],
    keys: [['guests'], ['party', 'size'], ['people'], ['seats'], ['attendees']],
    labels: ['guests', 'party size', 'people', 'seats'],
    schema: int(1, 50),
    gen: (r) => r.int(1, 12),
    phrasings: ['A table for {v}.', 'We are {v} people.', 'Booking for {v} guests.', 'Reserve {v} seats.'],
    weight: 2,
  },
  {
    id: 'pet_name',
    themes: ['person'],
    keys: [['pet', 'name'], ['pet'], ['dog', 'name'], ['cat', 'name']],
    labels: ['pet name', 'pet', "dog's name"],
    schema: str(20),
    gen: (r) => r.en.animal.petName(),
    phrasings: ['{S4} dog is called {v}.', 'Their cat, {v}, is shy.', 'The pet answers to {v}.'],
  },
  {
    id: 'ip',
    themes: ['account'],
    keys: [['ip'], ['ip', 'address'], ['host', 'ip'], ['client', 'ip']],
    labels: ['IP', 'IP address', 'host'],
    schema: () => ({ type: 'string', format: 'ipv4' }),
    gen: (r) => r.en.internet.ipv4(),
    phrasings: ['The request came from {v}.', 'Blocked {v}.', 'Server at {v}.'],
  },
  {
    id: 'note',
    themes: ['order', 'ticket', 'booking'],
    keys: [['note'], ['notes'], ['comment'], ['remarks'], ['message'], ['instructions']],
    labels: ['note', 'comment', 'remarks', 'instructions'],
    schema: str(30),
    gen: (r) => r.pick(NOTES),
    phrasings: ['Note: {v}.', 'Also, {v}.', 'One more thing: {v}.', 'P.S. {v}.'],
    weight: 2,
  },
  // booleans: a predicate pair per frame, so each frame is seen both ways
  {
    id: 'active',
    themes: ['account', 'employee'],
    keys: [['active'], ['is', 'active'], ['enabled'], ['is', 'enabled'], ['account', 'active']],
    labels: ['active', 'account active', 'enabled'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['is active', 'is not active'],
      ['has an active account', 'has an inactive account'],
      ['has an enabled account', 'has a disabled account'],
      ['is still active', 'is no longer active'],
      ['was reactivated', 'was deactivated'],
    ],
    weight: 2,
  },
  {
    id: 'has_pet',
    themes: ['person'],
    keys: [
      ['has', 'pet'],
      ['has', 'pets'],
      ['pet', 'owner'],
      ['owns', 'pet'],
    ],
    labels: ['has pet', 'pet owner', 'pets'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['has a pet', 'has no pet'],
      ['owns a dog', 'does not own any pets'],
      ['has two cats', "doesn't have any pets"],
      ['lives with a pet', 'lives without pets'],
      ['is a pet owner', 'is not a pet owner'],
    ],
    weight: 2,
  },
  {
    id: 'newsletter',
    themes: ['person', 'account'],
    keys: [
      ['newsletter'],
      ['subscribed'],
      ['newsletter', 'opt', 'in'],
      ['marketing', 'opt', 'in'],
      ['opt', 'in'],
    ],
    labels: ['newsletter', 'subscribed', 'marketing emails'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['wants the newsletter', 'does not want the newsletter'],
      ['subscribed to the newsletter', 'unsubscribed from the newsletter'],
      ['opted in to marketing emails', 'opted out of marketing emails'],
      ['would like to receive our newsletter', 'would rather not receive our newsletter'],
      ['agreed to receive updates', 'declined to receive updates'],
    ],
    weight: 2,
  },
  {
    id: 'premium',
    themes: ['account', 'person'],
    keys: [['premium'], ['is', 'premium'], ['vip'], ['is', 'vip'], ['paid', 'plan']],
    labels: ['premium', 'VIP', 'paid plan'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['is a premium member', 'is not a premium member'],
      ['is on the paid plan', 'is on the free plan'],
      ['has VIP status', 'has no VIP status'],
      ['upgraded to premium', 'never upgraded to premium'],
    ],
  },
  {
    id: 'verified',
    themes: ['account'],
    keys: [['verified'], ['is', 'verified'], ['email', 'verified'], ['confirmed']],
    labels: ['verified', 'email verified', 'confirmed'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['is verified', 'is unverified'],
      ['has confirmed the email', 'has not confirmed the email yet'],
      ['passed verification', 'failed verification'],
      ['was verified last week', 'was never verified'],
    ],
  },
  {
    id: 'paid',
    themes: ['order'],
    keys: [['paid'], ['is', 'paid'], ['payment', 'received'], ['settled']],
    labels: ['paid', 'payment received', 'settled'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['has paid', 'has not paid yet'],
      ['settled the invoice', 'did not settle the invoice'],
      ['paid in full', 'still owes the full amount'],
      ['has already paid for the order', 'has yet to pay for the order'],
    ],
    weight: 2,
  },
  {
    id: 'gift',
    themes: ['order'],
    keys: [['gift'], ['is', 'gift'], ['gift', 'wrap'], ['gift', 'wrapped']],
    labels: ['gift', 'gift wrap'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['wants gift wrapping', 'does not want gift wrapping'],
      ['is buying it as a gift', 'is not buying it as a gift'],
      ['asked for a gift box', 'asked for no gift box'],
    ],
  },
  {
    id: 'smoker',
    themes: ['person', 'booking'],
    keys: [['smoker'], ['is', 'smoker'], ['smoking'], ['smokes']],
    labels: ['smoker', 'smoking'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['smokes', 'does not smoke'],
      ['is a smoker', 'is a non-smoker'],
      ['wants a smoking room', 'wants a non-smoking room'],
      ['still smokes', 'quit smoking years ago'],
    ],
  },
  {
    id: 'remote',
    themes: ['employee'],
    keys: [['remote'], ['is', 'remote'], ['works', 'remotely'], ['remote', 'ok']],
    labels: ['remote', 'works remotely'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['works remotely', 'works on site'],
      ['is fully remote', 'is not remote'],
      ['can work from home', 'cannot work from home'],
    ],
  },
  {
    id: 'express',
    themes: ['order'],
    keys: [['express'], ['express', 'shipping'], ['priority', 'shipping'], ['expedited']],
    labels: ['express shipping', 'express', 'expedited'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['wants express shipping', 'is fine with standard shipping'],
      ['chose express delivery', 'did not choose express delivery'],
      ['needs it expedited', "doesn't need it expedited"],
    ],
  },
  {
    id: 'in_stock',
    themes: ['product'],
    keys: [['in', 'stock'], ['available'], ['is', 'available'], ['has', 'stock']],
    labels: ['in stock', 'available', 'availability'],
    schema: bool,
    gen: (r) => r.chance(0.5),
    predicates: [
      ['is in stock', 'is out of stock'],
      ['is available now', 'is not available'],
      ['can ship today', 'cannot ship before next month'],
      ['has units left', 'has no units left'],
    ],
    weight: 2,
  },
  {
    id: 'tags',
    themes: ['product', 'ticket', 'order'],
    keys: [['tags'], ['labels'], ['keywords'], ['categories'], ['topics']],
    labels: ['tags', 'labels', 'keywords', 'categories'],
    schema: (r) => ({
      type: 'array',
      items: { type: 'string', maxLength: 16 },
      maxItems: 3,
      ...(r.chance(0.3) ? { uniqueItems: true } : {}),
    }),
    gen: (r) =>
      r.sample(
        TAGS,
        r.weighted([
          [0, 1],
          [1, 3],
          [2, 3],
          [3, 2],
        ] as const),
      ),
    weight: 2,
  },
];

export const kindById = new Map(KINDS.map((k) => [k.id, k]));

/** nested objects (one level): a key and the kinds inside. */
export interface GroupKind {
  id: string;
  keys: readonly (readonly string[])[];
  /** said before the group's facts in text ("shipping address:"). */
  labels: readonly string[];
  members: readonly string[];
}

export const GROUPS: readonly GroupKind[] = [
  {
    id: 'address',
    keys: [['address'], ['shipping', 'address'], ['location'], ['billing', 'address'], ['home']],
    labels: ['address', 'shipping address', 'location'],
    members: ['street', 'city', 'zip', 'country', 'state'],
  },
  {
    id: 'contact',
    keys: [['contact'], ['customer'], ['buyer'], ['client'], ['user']],
    labels: ['contact', 'customer', 'buyer'],
    members: ['person_name', 'email', 'phone', 'company'],
  },
  {
    id: 'item',
    keys: [['item'], ['product'], ['line', 'item'], ['order', 'line']],
    labels: ['item', 'product'],
    members: ['product', 'price', 'quantity', 'sku', 'color', 'size'],
  },
  {
    id: 'schedule',
    keys: [['schedule'], ['when'], ['appointment'], ['timing']],
    labels: ['schedule', 'appointment'],
    members: ['due_date', 'time', 'start_date'],
  },
];

export const THEMES: Record<string, readonly string[]> = {
  person: ['customer', 'user', 'person', 'contact', 'member', 'client', 'patient', 'subscriber'],
  employee: ['employee', 'candidate', 'new hire', 'staff member', 'colleague'],
  company: ['company', 'supplier', 'vendor', 'business', 'startup'],
  order: ['order', 'purchase', 'shipment', 'sale', 'delivery'],
  product: ['product', 'item', 'listing', 'article', 'catalogue entry'],
  ticket: ['support ticket', 'ticket', 'bug report', 'request', 'complaint'],
  booking: ['booking', 'reservation', 'trip', 'stay', 'flight booking'],
  event: ['event', 'meeting', 'appointment', 'workshop'],
  account: ['account', 'user account', 'login', 'profile'],
  address: ['address', 'location', 'delivery address'],
  letter: ['contact', 'sender'],
};

// ---------------------------------------------------------------------------- key names

export type KeyStyle = 'camel' | 'snake' | 'lower' | 'pascal' | 'kebab';
export const KEY_STYLES: ReadonlyArray<readonly [KeyStyle, number]> = [
  ['camel', 5],
  ['snake', 4],
  ['lower', 1],
  ['pascal', 1],
  ['kebab', 0.5],
];

export function keyName(words: readonly string[], style: KeyStyle): string {
  const w = words.map((x) => x.toLowerCase());
  switch (style) {
    case 'camel':
      return w.map((x, i) => (i === 0 ? x : cap(x))).join('');
    case 'snake':
      return w.join('_');
    case 'lower':
      return w.join('');
    case 'pascal':
      return w.map(cap).join('');
    case 'kebab':
      return w.join('-');
  }
}

/** synonym ids `kind#index`: every fourth synonym of a kind with four or more is held out. */
export function keySynonyms(
  keys: readonly (readonly string[])[],
  split: 'train' | 'heldout',
): Array<{ id: number; words: readonly string[] }> {
  const all = keys.map((words, id) => ({ id, words }));
  const held = all.filter((k) => heldoutIndex(k.id, keys.length, 4, 4));
  return split === 'heldout' ? held : all.filter((k) => !held.includes(k));
}

/** the key names a split's synonyms of these keys take, in every case style. */
export function keyNames(keys: readonly (readonly string[])[], split: 'train' | 'heldout'): string[] {
  return keySynonyms(keys, split).flatMap(({ words }) => KEY_STYLES.map(([style]) => keyName(words, style)));
}

export { cap, MONTHS };
