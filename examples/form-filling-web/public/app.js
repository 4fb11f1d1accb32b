// @ts-check
/**
 * the page: picks a form, sends the message and the known values to POST /api/fill, reads the
 * Server-Sent Events it answers with, and draws every frame into the form.
 */
import { readCanvas } from './canvas.js';
import { h, SchemaForm } from './form.js';

/** @param {string} id */
const $ = (id) => /** @type {any} */ (document.getElementById(id));

const picker = $('form-picker');
const customBox = $('custom-schema');
const schemaText = $('schema-text');
const messageBox = $('message');
const fillButton = $('fill');
const stopButton = $('stop');
const resetButton = $('reset');
const formElement = $('form');
const messagePanel = $('message-panel');
const messageView = $('message-view');
const progress = $('progress');
const stepLine = $('step-line');
const status = $('status');
const result = $('result');
const resultJson = $('result-json');
const canvasText = $('canvas-text');
const stats = $('stats');
const errorBox = $('error');

/** @type {{ id: string, title: string, schema: any, message: string }[]} */
let samples = [];
let limits = { maxMessageChars: 4000 };
/** @type {any} */
let schema;
/** @type {SchemaForm | undefined} */
let form;
/** @type {AbortController | undefined} */
let running;
let sentMessage = '';
/** the field under the pointer and the one with the focus: the first is highlighted, else the second. */
let hovered;
let focused;

const ERROR_TITLES = {
  network: 'The server cannot be reached',
  'canvas-too-long': 'The message is too long for the model',
  'message-too-long': 'The message is too long',
  'empty-message': 'There is no message',
  'invalid-schema': 'The schema was refused',
  'invalid-regex': 'The schema was refused',
  unsupported: 'The schema was refused',
  'empty-language': 'The schema was refused',
  'state-limit': 'The schema is too complex',
  budget: 'The schema is too complex',
  'schema-json': 'The schema is not valid JSON',
  'known-value': 'A value you typed is not valid',
  busy: 'The server is busy',
  'renoise-exhausted': 'No valid value was found',
  'body-too-large': 'The request is too large',
  lost: 'The connection was lost',
};

const ERROR_ADVICE = {
  network:
    'Is the server still running? Start it again with `pnpm start` in examples/form-filling-web, then retry.',
  'canvas-too-long':
    'The model reads about 1,100 characters beside a small form. Shorten the message, or split it and fill the form once per part.',
  busy: 'Other forms are being filled right now; try again in a moment.',
  'renoise-exhausted': 'Check the values you typed: together they may not fit the schema.',
};

/** an error shown in the page (and read out: the box is an alert). */
function showError(code, message) {
  errorBox.querySelector('.error-title').textContent = ERROR_TITLES[code] ?? 'The form could not be filled';
  const advice = ERROR_ADVICE[code];
  errorBox.querySelector('.error-text').textContent = `${message}${advice ? ` ${advice}` : ''} (${code})`;
  errorBox.dataset.code = code;
  errorBox.hidden = false;
  document.body.dataset.state = 'error';
}

function clearError() {
  errorBox.hidden = true;
  delete errorBox.dataset.code;
  schemaText.removeAttribute('aria-invalid');
}

/** the message as it was sent, the span [start, end) marked. */
function showMessage(start, end) {
  if (start === undefined || end === undefined || end <= start) {
    messageView.replaceChildren(sentMessage);
    return;
  }
  const mark = h('mark', { id: 'source-mark' }, sentMessage.slice(start, end));
  messageView.replaceChildren(sentMessage.slice(0, start), mark, sentMessage.slice(end));
  messageView.scrollTop = Math.max(0, mark.offsetTop - messageView.clientHeight / 3);
}

function highlight() {
  const field = hovered ?? focused;
  for (const element of formElement.querySelectorAll('.field.pointed')) element.classList.remove('pointed');
  if (!field || messagePanel.hidden) return showMessage();
  field.element.classList.add('pointed');
  const { source, start, end } = field.element.dataset;
  showMessage(source === 'prompt' ? Number(start) : undefined, source === 'prompt' ? Number(end) : undefined);
}

function onPoint(field, how) {
  if (how === 'enter') hovered = field;
  else if (how === 'leave') hovered = hovered === field ? undefined : hovered;
  else if (how === 'focus') focused = field;
  else if (how === 'blur') focused = focused === field ? undefined : focused;
  highlight();
}

function useSchema(next, message) {
  schema = next;
  hovered = focused = undefined;
  form = new SchemaForm(formElement, schema, { onPoint });
  if (message !== undefined) messageBox.value = message;
  countMessage();
  result.hidden = true;
  messagePanel.hidden = true;
  progress.value = 0;
  stepLine.textContent = '';
  status.textContent = '';
  clearError();
  document.body.dataset.state = 'ready';
}

function pick() {
  const id = picker.value;
  const sample = samples.find((entry) => entry.id === id);
  customBox.hidden = sample !== undefined;
  if (sample) return useSchema(sample.schema, sample.message);
  if (!schemaText.value.trim() && schema) schemaText.value = JSON.stringify(schema, null, 2);
  schemaText.focus();
}

function useCustomSchema() {
  clearError();
  let parsed;
  try {
    parsed = JSON.parse(schemaText.value);
  } catch (error) {
    schemaText.setAttribute('aria-invalid', 'true');
    showError('schema-json', error instanceof Error ? error.message : String(error));
    schemaText.focus();
    return;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    schemaText.setAttribute('aria-invalid', 'true');
    showError(
      'invalid-schema',
      'A JSON Schema is an object, such as { "type": "object", "properties": { … } }.',
    );
    schemaText.focus();
    return;
  }
  useSchema(parsed);
  formElement.querySelector('input, select, textarea')?.focus();
}

function countMessage() {
  const length = [...messageBox.value].length;
  const count = $('message-count');
  count.textContent = `${length} of at most ${limits.maxMessageChars} characters`;
  count.classList.toggle('over', length > limits.maxMessageChars);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** the events of a text/event-stream body, one at a time. */
async function* events(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value ?? new Uint8Array(), { stream: !done });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) yield { name, data: JSON.parse(data.join('\n')) };
      end = buffer.indexOf('\n\n');
    }
    if (done) return;
  }
}

function showFrame(frame) {
  if (!form) return;
  form.showCanvas(readCanvas(schema, frame.text));
  canvasText.textContent = frame.text;
  progress.max = Math.max(1, frame.slotsTotal);
  progress.value = frame.slotsDone;
  stepLine.textContent = `step ${frame.step}${frame.round ? `, re-noise round ${frame.round}` : ''} · ${frame.slotsDone}/${frame.slotsTotal} slots · ${frame.masked} masked`;
}

function showResult(data, wallMs) {
  if (!form) return;
  form.showResult(data.value, data.fields ?? {});
  resultJson.textContent = JSON.stringify(data.value, null, 2);
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const rows = [
    ['Forward passes', String(data.stats.nfe)],
    ['Steps', String(data.stats.steps)],
    ['Re-noise rounds', String(data.stats.renoiseRounds ?? 0)],
    ['Model time', seconds(data.stats.forwardMs)],
    ['Server time', seconds(data.ms)],
    ['In the page', seconds(wallMs)],
  ];
  stats.replaceChildren(...rows.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))));
  const low = Object.values(data.fields ?? {}).filter((source) => source.confidence < 0.5).length;
  progress.value = progress.max;
  stepLine.textContent = `done: ${data.stats.steps} steps${
    data.stats.renoiseRounds
      ? `, ${data.stats.renoiseRounds} re-noise round${data.stats.renoiseRounds === 1 ? '' : 's'}`
      : ''
  }`;
  status.textContent = `Filled in ${seconds(wallMs)} with ${data.stats.nfe} forward passes.${
    low ? ` ${low} field${low === 1 ? '' : 's'} marked “check this”: the model was unsure.` : ''
  }`;
  highlight();
}

function setRunning(on) {
  fillButton.disabled = on;
  picker.disabled = on;
  resetButton.disabled = on;
  stopButton.hidden = !on;
  form?.lock(on);
  formElement.setAttribute('aria-busy', on ? 'true' : 'false');
}

async function fill() {
  if (!form || running) return;
  clearError();
  const message = messageBox.value;
  if (!message.trim()) {
    showError('empty-message', 'Paste a message to fill the form from.');
    messageBox.focus();
    return;
  }
  let values;
  try {
    values = form.knownValues();
  } catch (error) {
    showError(
      'known-value',
      `A JSON field does not parse: ${error instanceof Error ? error.message : error}.`,
    );
    return;
  }
  sentMessage = message;
  form.message = message;
  const controller = new AbortController();
  running = controller;
  setRunning(true);
  document.body.dataset.state = 'running';
  messagePanel.hidden = false;
  showMessage();
  result.hidden = false;
  resultJson.textContent = 'filling…';
  stats.replaceChildren();
  canvasText.textContent = '';
  progress.value = 0;
  stepLine.textContent = '';
  status.textContent = 'Filling the form…';
  form.maskUnknown();
  const slow = $('slow').checked;
  const started = performance.now();
  let finished = false;
  try {
    const response = await fetch('/api/fill', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ schema, message, values, slow }),
      signal: controller.signal,
    });
    if (!response.ok || !response.body) {
      const body = await response.json().catch(() => undefined);
      showError(body?.error?.code ?? `http-${response.status}`, body?.error?.message ?? response.statusText);
      form.reset();
      return;
    }
    for await (const { name, data } of events(response.body)) {
      if (name === 'frame') {
        showFrame(data);
        // the model needs few steps: each is shown a moment, so that it can be seen
        await sleep(slow ? 120 : 300);
      } else if (name === 'result') {
        showResult(data, performance.now() - started);
        finished = true;
        document.body.dataset.state = 'done';
      } else if (name === 'error') {
        showError(data.code, data.message);
        finished = true;
      }
    }
    if (!finished) showError('lost', 'The stream ended before the form was filled.');
  } catch {
    if (controller.signal.aborted) status.textContent = 'Stopped.';
    else showError('network', 'The request failed before the server answered.');
    if (!finished) form.reset();
    if (controller.signal.aborted) document.body.dataset.state = 'ready';
  } finally {
    running = undefined;
    setRunning(false);
    if (document.body.dataset.state === 'running') document.body.dataset.state = 'ready';
  }
}

async function start() {
  picker.addEventListener('change', pick);
  $('use-schema').addEventListener('click', useCustomSchema);
  messageBox.addEventListener('input', countMessage);
  fillButton.addEventListener('click', fill);
  stopButton.addEventListener('click', () => running?.abort());
  resetButton.addEventListener('click', () => {
    form?.reset();
    result.hidden = true;
    messagePanel.hidden = true;
    progress.value = 0;
    stepLine.textContent = '';
    status.textContent = 'The form is empty.';
    clearError();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && running) running.abort();
  });
  try {
    const response = await fetch('/api/samples');
    if (!response.ok) throw new Error(response.statusText);
    const body = await response.json();
    samples = body.forms;
    limits = body.limits;
  } catch {
    showError('network', 'The sample forms could not be loaded.');
    picker.value = 'custom';
    customBox.hidden = false;
    return;
  }
  for (const sample of [...samples].reverse())
    picker.prepend(h('option', { value: sample.id }, sample.title));
  picker.value = samples[0]?.id ?? 'custom';
  pick();
}

start();
