// kind 'template': an instruction with a few facts, and short texts (subject, greeting, body,
// one sentence) written from them. Texts are kept within the default string budget (16 tokens). Handlebars templates have their own layout compiler
// (@unmask/template) and are not rendered here yet.

export interface ScenarioField {
  keys: readonly (readonly string[])[];
  /** omitted: the compiler's default string budget. */
  maxLength?: number;
  /** value templates: {kind} placeholders, {first} = the first name. */
  values: readonly string[];
}

export interface Scenario {
  id: string;
  facts: readonly string[];
  instructions: readonly string[];
  fields: readonly ScenarioField[];
}

const SUBJECT = [['subject'], ['title'], ['headline'], ['subject', 'line'], ['topic']];
const GREETING = [['greeting'], ['salutation'], ['opening'], ['hello'], ['intro']];
const BODY = [['body'], ['message'], ['text'], ['content'], ['body', 'text']];
const SENTENCE = [['sentence'], ['text'], ['summary'], ['line'], ['description']];

const greeting: ScenarioField = {
  keys: GREETING,
  maxLength: 30,
  values: ['Hi {first},', 'Dear {person_name},', 'Hello {first},', 'Hey {first}!', 'Good morning {first},'],
};

const sentence = (id: string, other: string, label: string, values: string[]): Scenario => ({
  id,
  facts: ['person_name', other],
  instructions: [
    `Write one sentence saying that the ${label} of {person_name} is {${other}}.`,
    `Summarize in a sentence: name {person_name}, ${label} {${other}}.`,
    `One line about {person_name} (${label}: {${other}}).`,
    `Describe {person_name} briefly; ${label} {${other}}.`,
    `Sentence please. {person_name}, {${other}}.`,
  ],
  fields: [{ keys: SENTENCE, values }],
});

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'shipped',
    facts: ['person_name', 'order_id', 'due_date'],
    instructions: [
      'Write a short shipping email to {person_name} for order {order_id}, arriving {due_date}.',
      'Email {person_name}: order {order_id} shipped, delivery on {due_date}.',
      'Notify {person_name} that {order_id} is on its way (ETA {due_date}).',
      'Shipping notice. Customer: {person_name}. Order: {order_id}. Arrives: {due_date}.',
      'Tell {first} that order {order_id} ships and arrives {due_date}.',
    ],
    fields: [
      {
        keys: SUBJECT,
        values: [
          'Your order {order_id} has shipped',
          'Order {order_id} is on its way',
          'Shipping update for {order_id}',
        ],
      },
      greeting,
      {
        keys: BODY,
        values: ['Arrives on {due_date}.', 'Delivery: {due_date}.', 'ETA {due_date}.'],
      },
    ],
  },
  {
    id: 'meeting',
    facts: ['person_name', 'start_date', 'time', 'city'],
    instructions: [
      'Invite {person_name} to a meeting in {city} on {start_date} at {time}.',
      'Meeting invite: {person_name}, {city}, {start_date}, {time}.',
      'Draft a short invitation for {first}: {start_date} {time} in {city}.',
      'Ask {person_name} to meet on {start_date} at {time} ({city}).',
      'Write an invite. Who: {person_name}. Where: {city}. When: {start_date} {time}.',
    ],
    fields: [
      {
        keys: SUBJECT,
        values: ['Meeting on {start_date}', 'Invite: {time}, {city}', 'Meet in {city}'],
      },
      {
        keys: BODY,
        values: ['In {city} at {time}.', 'See you at {time} in {city}.', 'Meet at {time}, {city}.'],
      },
    ],
  },
  {
    id: 'invoice',
    facts: ['person_name', 'invoice', 'price', 'due_date'],
    instructions: [
      'Remind {person_name} that invoice {invoice} of {price} is due {due_date}.',
      'Payment reminder for {person_name}: {invoice}, {price}, due {due_date}.',
      'Write a reminder email. Invoice {invoice}, amount {price}, deadline {due_date}, to {first}.',
      'Dunning note to {person_name} about {invoice} ({price}) due on {due_date}.',
      '{person_name} owes {price} on {invoice} by {due_date}; remind them.',
    ],
    fields: [
      {
        keys: SUBJECT,
        values: ['Reminder: invoice {invoice}', 'Invoice {invoice} is due', 'Payment due {due_date}'],
      },
      greeting,
      {
        keys: BODY,
        values: ['Please pay {price} soon.', 'Amount due: {price}.', 'Due on {due_date}.'],
      },
    ],
  },
  {
    id: 'welcome',
    facts: ['person_name', 'username', 'company'],
    instructions: [
      'Welcome {person_name} to {company}; their username is {username}.',
      'Write a welcome message for {first} (login {username}) at {company}.',
      'New account at {company} for {person_name}, username {username}. Greet them.',
      'Greet the new user {username} ({person_name}) from {company}.',
      'Onboarding email: {person_name}, {username}, {company}.',
    ],
    fields: [
      greeting,
      {
        keys: BODY,
        values: ['Your login is {username}.', 'Welcome to {company}.', 'Log in as {username}.'],
      },
    ],
  },
  {
    id: 'ticket',
    facts: ['person_name', 'ticket_id', 'priority'],
    instructions: [
      'Reply to {person_name} about ticket {ticket_id}, priority {priority}.',
      'Acknowledge {ticket_id} for {first}; it is {priority} priority.',
      'Support reply. Ticket {ticket_id}. Customer {person_name}. Priority {priority}.',
      'Tell {person_name} we received {ticket_id} and set it to {priority}.',
      'Short answer to {first}: {ticket_id} is now {priority}.',
    ],
    fields: [
      {
        keys: SUBJECT,
        values: ['Re: {ticket_id}', 'Update on {ticket_id}', 'Ticket {ticket_id} received'],
      },
      {
        keys: BODY,
        values: [
          'We marked it as {priority} priority.',
          'Your {priority} ticket is being handled.',
          'Priority set to {priority}.',
        ],
      },
    ],
  },
  {
    id: 'booking',
    facts: ['person_name', 'start_date', 'guests'],
    instructions: [
      'Confirm the booking of {person_name} for {guests} guests on {start_date}.',
      'Booking confirmation: {person_name}, {guests} people, {start_date}.',
      'Write to {first}: reservation for {guests} on {start_date} is confirmed.',
      'Reservation for {guests}, {start_date}, name {person_name}. Confirm it.',
      'Let {person_name} know their table for {guests} on {start_date} is booked.',
    ],
    fields: [
      {
        keys: SUBJECT,
        values: [
          'Booking confirmed for {start_date}',
          'Your reservation on {start_date}',
          'See you on {start_date}',
        ],
      },
      {
        keys: BODY,
        values: ['A table for {guests}.', 'Booked for {guests} guests.', '{guests} guests on {start_date}.'],
      },
    ],
  },
  sentence('sentence_city', 'city', 'city', [
    '{person_name} lives in {city}.',
    '{person_name} is based in {city}.',
  ]),
  sentence('sentence_job', 'job_title', 'job', [
    '{person_name} works as a {job_title}.',
    '{person_name} is a {job_title}.',
  ]),
  sentence('sentence_company', 'company', 'employer', [
    '{person_name} works at {company}.',
    '{person_name} is employed by {company}.',
  ]),
  sentence('sentence_age', 'age', 'age', ['{person_name} is {age} years old.', '{person_name} is {age}.']),
];
