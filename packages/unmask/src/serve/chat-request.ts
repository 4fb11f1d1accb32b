import type { JsonSchema } from '@unmask/schema';
import { invalidRequest } from './api-error';
import type { ServeLimits } from './limits';

/**
 * what the value becomes: the message's content, the arguments of one named function, or one of
 * several functions (and, with a response format beside `tool_choice: 'auto'`, the content
 * instead) chosen by the model through a union.
 */
export type ChatAnswer =
  | { kind: 'content' }
  | { kind: 'tool'; name: string }
  | { kind: 'choice'; tools: readonly string[]; content: boolean };

/** the run options a request sets; requests with the same ones may share a batch. */
export interface ChatRunOptions {
  seed?: number;
  temperature?: number;
  threshold?: number;
  steps?: number;
  maxRenoiseRounds?: number;
}

/** a chat completions request, read and checked: what unmask fills and how it answers. */
export interface ChatJob {
  /** the text of the messages, joined (see `promptOf`). */
  prompt: string;
  /** the schema filled: the response format's, the named function's parameters, or the union. */
  schema: JsonSchema;
  /** each schema the request carries, with where it was, to check one by one before filling. */
  parts: ReadonlyArray<{ schema: JsonSchema; param: string }>;
  answer: ChatAnswer;
  run: ChatRunOptions;
  /** unmask's own request options (the `unmask` extension object). */
  options: { verbatim?: boolean; grounded?: boolean; referenceDate?: string };
  stream: boolean;
  includeUsage: boolean;
  /** send the denoising frames (`event: unmask.frame`) in a stream. Default true. */
  frames: boolean;
  /** parameters accepted and not applied (said in the `unmask-ignored-parameters` header). */
  ignored: string[];
}

/** accepted and not applied: a canvas's length is set by its schema, and its text by its constraints. */
const IGNORED = new Set([
  'max_tokens',
  'max_completion_tokens',
  'top_p',
  'frequency_penalty',
  'presence_penalty',
  'stop',
  'logit_bias',
  'parallel_tool_calls',
  'user',
  'metadata',
  'store',
  'service_tier',
  'prompt_cache_key',
  'safety_identifier',
  'reasoning_effort',
  'verbosity',
]);
const KNOWN = new Set([
  'model',
  'messages',
  'response_format',
  'tools',
  'tool_choice',
  'stream',
  'stream_options',
  'seed',
  'temperature',
  'n',
  'logprobs',
  'top_logprobs',
  'modalities',
  'unmask',
  ...IGNORED,
]);
const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const unsupported = (message: string, param: string) =>
  invalidRequest(message, param, 'unsupported_parameter');

/**
 * the prompt: the text of every message, in order, messages joined by a blank line and the text
 * parts of one message by a line break. Role names are not written (the models unmask runs are not
 * chat models: the prompt is the text values are drawn from), so a system message's words are
 * prompt text like any other. A part that is not text (an image, audio, a file) cannot be read.
 */
export function promptOf(messages: unknown, limits: Pick<ServeLimits, 'maxPromptChars'>): string {
  if (!Array.isArray(messages) || messages.length === 0)
    throw invalidRequest('messages must be a non-empty array', 'messages');
  const texts: string[] = [];
  messages.forEach((message, i) => {
    const at = `messages[${i}]`;
    if (!isObject(message)) throw invalidRequest(`${at} must be an object`, at);
    if (typeof message.role !== 'string' || !ROLES.has(message.role))
      throw invalidRequest(`${at}.role must be one of ${[...ROLES].join(', ')}`, `${at}.role`);
    const { content } = message;
    if (content === undefined || content === null) return;
    if (typeof content === 'string') {
      if (content.trim()) texts.push(content);
      return;
    }
    if (!Array.isArray(content))
      throw invalidRequest(`${at}.content must be a string or an array of parts`, `${at}.content`);
    const parts: string[] = [];
    content.forEach((part, j) => {
      const partAt = `${at}.content[${j}]`;
      if (!isObject(part)) throw invalidRequest(`${partAt} must be an object`, partAt);
      if (part.type === 'text') {
        if (typeof part.text !== 'string') throw invalidRequest(`${partAt}.text must be a string`, partAt);
        if (part.text.trim()) parts.push(part.text);
      } else if (part.type !== 'refusal')
        throw invalidRequest(
          `${partAt} is a ${JSON.stringify(part.type)} part: unmask reads text only`,
          partAt,
          'unsupported_content',
        );
    });
    if (parts.length) texts.push(parts.join('\n'));
  });
  const prompt = texts.join('\n\n');
  if (!prompt) throw invalidRequest('the messages hold no text to draw values from', 'messages');
  if (prompt.length > limits.maxPromptChars)
    throw invalidRequest(
      `the messages join into ${prompt.length} characters, over this server's limit of ${limits.maxPromptChars}`,
      'messages',
      'context_length_exceeded',
    );
  return prompt;
}

/** a function tool, checked. */
interface Tool {
  name: string;
  parameters: JsonSchema;
  param: string;
}

function toolsOf(value: unknown, limits: Pick<ServeLimits, 'maxTools'>): Tool[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidRequest('tools must be an array', 'tools');
  if (value.length > limits.maxTools)
    throw invalidRequest(`${value.length} tools, over this server's limit of ${limits.maxTools}`, 'tools');
  const names = new Set<string>();
  return value.map((tool, i) => {
    const at = `tools[${i}]`;
    if (!isObject(tool)) throw invalidRequest(`${at} must be an object`, at);
    if (tool.type !== 'function')
      throw unsupported(
        `${at} is a ${JSON.stringify(tool.type)} tool: unmask fills function tools`,
        `${at}.type`,
      );
    const fn = tool.function;
    if (!isObject(fn)) throw invalidRequest(`${at}.function must be an object`, `${at}.function`);
    if (typeof fn.name !== 'string' || !TOOL_NAME.test(fn.name))
      throw invalidRequest(`${at}.function.name must match ${TOOL_NAME.source}`, `${at}.function.name`);
    if (names.has(fn.name))
      throw invalidRequest(`two tools are named ${JSON.stringify(fn.name)}`, `${at}.function.name`);
    names.add(fn.name);
    const parameters = fn.parameters ?? { type: 'object', properties: {} };
    if (!isObject(parameters) && typeof parameters !== 'boolean')
      throw invalidRequest(`${at}.function.parameters must be a JSON Schema`, `${at}.function.parameters`);
    return { name: fn.name, parameters: parameters as JsonSchema, param: `${at}.function.parameters` };
  });
}

/** the response format's schema, if it has one; a format with none is refused. */
function responseSchemaOf(format: unknown): JsonSchema | undefined {
  if (format === undefined || format === null) return undefined;
  if (!isObject(format)) throw invalidRequest('response_format must be an object', 'response_format');
  if (format.type === 'text') return undefined;
  if (format.type === 'json_object')
    throw invalidRequest(
      "response_format json_object gives no schema, and unmask fills a JSON Schema: send { type: 'json_schema', json_schema: { name, schema } }",
      'response_format.type',
      'unsupported_response_format',
    );
  if (format.type !== 'json_schema')
    throw invalidRequest(
      `response_format type ${JSON.stringify(format.type)} is not one of text, json_schema`,
      'response_format.type',
    );
  const spec = format.json_schema;
  if (!isObject(spec))
    throw invalidRequest('response_format.json_schema must be an object', 'response_format');
  if (spec.name !== undefined && typeof spec.name !== 'string')
    throw invalidRequest(
      'response_format.json_schema.name must be a string',
      'response_format.json_schema.name',
    );
  if (!isObject(spec.schema) && typeof spec.schema !== 'boolean')
    throw invalidRequest(
      'response_format.json_schema.schema must be a JSON Schema (unmask fills a schema; it cannot write free text)',
      'response_format.json_schema.schema',
    );
  return spec.schema as JsonSchema;
}

type Choice = { mode: 'none' | 'auto' | 'required'; only?: string[] } | { mode: 'named'; name: string };

function toolChoiceOf(value: unknown): Choice {
  if (value === undefined || value === 'auto') return { mode: 'auto' };
  if (value === 'none' || value === 'required') return { mode: value };
  if (isObject(value) && value.type === 'function' && isObject(value.function)) {
    if (typeof value.function.name !== 'string')
      throw invalidRequest('tool_choice.function.name must be a string', 'tool_choice.function.name');
    return { mode: 'named', name: value.function.name };
  }
  if (isObject(value) && value.type === 'allowed_tools' && isObject(value.allowed_tools)) {
    const { mode, tools } = value.allowed_tools;
    if ((mode !== 'auto' && mode !== 'required') || !Array.isArray(tools))
      throw invalidRequest('tool_choice.allowed_tools needs mode auto or required and tools', 'tool_choice');
    const only = tools.map((tool, i) => {
      if (!isObject(tool) || !isObject(tool.function) || typeof tool.function.name !== 'string')
        throw invalidRequest('each allowed tool names a function', `tool_choice.allowed_tools.tools[${i}]`);
      return tool.function.name;
    });
    return { mode, only };
  }
  throw invalidRequest(
    "tool_choice must be 'none', 'auto', 'required', a named function or allowed_tools",
    'tool_choice',
  );
}

/** objects and arrays nested in a schema at most (the compiler allows 64 subschema levels, each two to four of these). */
export const MAX_SCHEMA_NESTING = 256;

/** how deep objects and arrays nest in a value, counted without recursion (a request's JSON may nest deeply). */
function nestingOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_SCHEMA_NESTING) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** a schema placed at `base` inside another: its own references now point there. */
export function embedSchema(schema: JsonSchema, base: string): JsonSchema {
  const walk = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, false));
    if (!isObject(node)) return node;
    const entries: Array<[string, unknown]> = [];
    for (const [key, value] of Object.entries(node)) {
      if (root && (key === '$schema' || key === '$id')) continue;
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#'))
        entries.push([key, value === '#' ? base : `${base}${value.slice(1)}`]);
      // values, not schemas: copied as they are
      else if (key === 'const' || key === 'enum' || key === 'default' || key === 'examples')
        entries.push([key, value]);
      else entries.push([key, walk(value, false)]);
    }
    // own properties whatever their names (a property named __proto__ stays a property)
    return Object.fromEntries(entries);
  };
  return walk(schema, true) as JsonSchema;
}

/**
 * the union the model chooses from: one object per tool, `{ name: <const>, arguments: <its
 * parameters> }`, and with `content` one more, `{ answer: <the response format's schema> }`.
 * unmask lays out each branch and offers the one the model is most sure of filling (one extra
 * batched forward pass), so the choice is the model's, made before the value is filled.
 */
export function unionOf(tools: readonly Tool[], content: JsonSchema | undefined): JsonSchema {
  const declared = [content, ...tools.map((tool) => tool.parameters)].find(
    (schema): schema is Record<string, unknown> & JsonSchema =>
      isObject(schema) && typeof schema.$schema === 'string',
  );
  const branches: JsonSchema[] = tools.map((tool, i) => ({
    type: 'object',
    properties: {
      name: { const: tool.name },
      arguments: embedSchema(tool.parameters, `#/anyOf/${i}/properties/arguments`),
    },
    required: ['name', 'arguments'],
    additionalProperties: false,
  }));
  if (content !== undefined)
    branches.push({
      type: 'object',
      properties: { answer: embedSchema(content, `#/anyOf/${tools.length}/properties/answer`) },
      required: ['answer'],
      additionalProperties: false,
    });
  return { ...(declared ? { $schema: declared.$schema } : {}), anyOf: branches } as JsonSchema;
}

function numberParam(
  body: Record<string, unknown>,
  key: string,
  check: (n: number) => boolean,
  what: string,
) {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !check(value)) throw invalidRequest(`${key} must be ${what}`, key);
  return value;
}

function extensionOf(value: unknown): Pick<ChatJob, 'options' | 'frames'> & { run: ChatRunOptions } {
  if (value === undefined) return { options: {}, frames: true, run: {} };
  if (!isObject(value)) throw invalidRequest('unmask must be an object', 'unmask');
  const known = [
    'verbatim',
    'grounded',
    'reference_date',
    'threshold',
    'steps',
    'max_renoise_rounds',
    'frames',
  ];
  for (const key of Object.keys(value))
    if (!known.includes(key))
      throw invalidRequest(`unknown unmask option "${key}" (known: ${known.join(', ')})`, `unmask.${key}`);
  const flag = (key: string) => {
    if (value[key] !== undefined && typeof value[key] !== 'boolean')
      throw invalidRequest(`unmask.${key} must be a boolean`, `unmask.${key}`);
    return value[key] as boolean | undefined;
  };
  const options: ChatJob['options'] = {};
  const verbatim = flag('verbatim');
  const grounded = flag('grounded');
  if (verbatim !== undefined) options.verbatim = verbatim;
  if (grounded !== undefined) options.grounded = grounded;
  if (value.reference_date !== undefined) {
    if (typeof value.reference_date !== 'string')
      throw invalidRequest('unmask.reference_date must be a YYYY-MM-DD string', 'unmask.reference_date');
    options.referenceDate = value.reference_date;
  }
  const run: ChatRunOptions = {};
  const threshold = numberParam(value, 'threshold', (n) => n >= 0 && n <= 1, 'a number in [0, 1]');
  const steps = numberParam(value, 'steps', (n) => Number.isInteger(n) && n >= 1, 'a positive integer');
  const rounds = numberParam(
    value,
    'max_renoise_rounds',
    (n) => Number.isInteger(n) && n >= 0,
    'an integer ≥ 0',
  );
  if (threshold !== undefined) run.threshold = threshold;
  if (steps !== undefined) run.steps = steps;
  if (rounds !== undefined) run.maxRenoiseRounds = rounds;
  return { options, frames: flag('frames') ?? true, run };
}

/**
 * read a `POST /v1/chat/completions` body: what schema unmask fills and how the answer is written.
 * Anything unmask cannot honour is an `ApiError` 400 naming the parameter, never a default used in
 * its place.
 */
export function parseChatRequest(body: unknown, limits: ServeLimits): ChatJob {
  if (!isObject(body)) throw invalidRequest('the request body must be a JSON object', null);
  for (const key of Object.keys(body))
    if (!KNOWN.has(key))
      throw invalidRequest(`unrecognized request argument: ${key}`, key, 'unknown_parameter');
  if (body.model !== undefined && typeof body.model !== 'string')
    throw invalidRequest('model must be a string', 'model');
  if (body.n !== undefined && body.n !== null && body.n !== 1)
    throw unsupported('n must be 1: unmask writes one choice per request', 'n');
  if (body.logprobs === true || (body.top_logprobs !== undefined && body.top_logprobs !== null))
    throw unsupported(
      'logprobs are not available from unmask',
      body.logprobs === true ? 'logprobs' : 'top_logprobs',
    );
  if (
    body.modalities !== undefined &&
    !(Array.isArray(body.modalities) && body.modalities.every((modality) => modality === 'text'))
  )
    throw unsupported('unmask writes text only', 'modalities');
  if (body.stream !== undefined && body.stream !== null && typeof body.stream !== 'boolean')
    throw invalidRequest('stream must be a boolean', 'stream');
  const stream = body.stream === true;
  let includeUsage = false;
  if (body.stream_options !== undefined && body.stream_options !== null) {
    if (!isObject(body.stream_options))
      throw invalidRequest('stream_options must be an object', 'stream_options');
    includeUsage = body.stream_options.include_usage === true;
  }

  const prompt = promptOf(body.messages, limits);
  const content = responseSchemaOf(body.response_format);
  const tools = toolsOf(body.tools, limits);
  const choice = toolChoiceOf(body.tool_choice);
  if (choice.mode === 'named' && !tools.some((tool) => tool.name === choice.name))
    throw invalidRequest(
      `tool_choice names ${JSON.stringify(choice.name)}, which is not in tools`,
      'tool_choice',
    );
  const offered =
    choice.mode === 'none'
      ? []
      : choice.mode === 'named'
        ? tools.filter((tool) => tool.name === choice.name)
        : tools.filter((tool) => !choice.only || choice.only.includes(tool.name));
  if (
    choice.mode !== 'none' &&
    choice.mode !== 'named' &&
    choice.only &&
    offered.length !== choice.only.length
  )
    throw invalidRequest('tool_choice.allowed_tools names a tool that is not in tools', 'tool_choice');
  if (choice.mode === 'required' && offered.length === 0)
    throw invalidRequest("tool_choice 'required' needs tools", 'tool_choice');

  const parts: Array<{ schema: JsonSchema; param: string }> = [];
  if (content !== undefined) parts.push({ schema: content, param: 'response_format.json_schema.schema' });
  for (const tool of offered) parts.push({ schema: tool.parameters, param: tool.param });
  for (const part of parts)
    if (nestingOf(part.schema) > MAX_SCHEMA_NESTING)
      throw invalidRequest(
        `the schema nests deeper than ${MAX_SCHEMA_NESTING} objects and arrays`,
        part.param,
        'schema_too_complex',
      );
  const schemaBytes = parts.reduce((sum, part) => sum + JSON.stringify(part.schema).length, 0);
  if (schemaBytes > limits.maxSchemaBytes)
    throw invalidRequest(
      `the request's schemas are ${schemaBytes} bytes of JSON, over this server's limit of ${limits.maxSchemaBytes}`,
      parts.length === 1 ? parts[0]!.param : null,
      'schema_too_large',
    );

  let answer: ChatAnswer;
  let schema: JsonSchema;
  if (offered.length === 0) {
    if (content === undefined)
      throw invalidRequest(
        "no schema to fill: unmask fills a JSON Schema, so send response_format { type: 'json_schema', json_schema: { name, schema } } or tools",
        'response_format',
        'schema_required',
      );
    answer = { kind: 'content' };
    schema = content;
  } else if (offered.length === 1 && (choice.mode !== 'auto' || content === undefined)) {
    // 'auto' with no response format: unmask cannot write free text, so it calls the tool
    answer = { kind: 'tool', name: offered[0]!.name };
    schema = offered[0]!.parameters;
  } else {
    const withContent = choice.mode === 'auto' && content !== undefined;
    answer = { kind: 'choice', tools: offered.map((tool) => tool.name), content: withContent };
    schema = unionOf(offered, withContent ? content : undefined);
  }

  const extension = extensionOf(body.unmask);
  const run: ChatRunOptions = { ...extension.run };
  const seed = numberParam(body, 'seed', Number.isSafeInteger, 'an integer');
  const temperature = numberParam(body, 'temperature', (n) => n >= 0 && n <= 2, 'a number from 0 to 2');
  if (seed !== undefined) run.seed = seed;
  if (temperature !== undefined) run.temperature = temperature;
  return {
    prompt,
    schema,
    parts,
    answer,
    run,
    options: extension.options,
    stream,
    includeUsage,
    frames: extension.frames,
    ignored: Object.keys(body).filter((key) => IGNORED.has(key) && body[key] !== null),
  };
}

/** the answer a valid value makes: message content, or a function call with its arguments as JSON text. */
export function answerOf(
  answer: ChatAnswer,
  value: unknown,
  text: string,
): { content: string } | { call: { name: string; arguments: string } } {
  if (answer.kind === 'content') return { content: text };
  if (answer.kind === 'tool') return { call: { name: answer.name, arguments: text } };
  const chosen = value as { name?: string; arguments?: unknown; answer?: unknown };
  if ('answer' in chosen) return { content: JSON.stringify(chosen.answer) };
  return { call: { name: chosen.name!, arguments: JSON.stringify(chosen.arguments) } };
}
