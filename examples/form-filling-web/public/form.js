// @ts-check
/**
 * a form drawn from a JSON Schema: labels from title and description, inputs by type and format,
 * enums as selects, booleans as checkboxes, arrays as repeatable groups, nested objects as
 * fieldsets. Each field knows whether the person typed it (a known value), shows the model's text
 * while it denoises, and where its final value came from.
 */
import { kindOf, MASK, pointerJoin, resolveRef } from './canvas.js';

let ids = 0;
const nextId = () => `f${++ids}`;

/** an element with attributes and children (text children as text nodes: nothing is parsed as HTML). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === null) continue;
    if (name === 'class') element.className = String(value);
    else if (name === 'text') element.textContent = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat())
    if (child !== undefined && child !== null && child !== false)
      element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

const humanize = (key) =>
  String(key)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

const percent = (confidence) => `${Math.round(confidence * 100)}%`;

/** the text with its mask runs marked, for the live view of a field. */
function maskedNodes(text) {
  return text
    .split(/(░+)/)
    .map((part) => (part.startsWith(MASK) ? h('span', { class: 'mask' }, part) : part));
}

/** one leaf of the value: a control, its label, and what is known of its value. */
class Field {
  constructor(form, schema, pointer, key, required, kind) {
    this.form = form;
    this.schema = schema;
    this.pointer = pointer;
    /** 'leaf', or 'json' for what the form cannot draw field by field (a union): a JSON text. */
    this.kind = kind;
    /** typed by the person: sent as a known value. */
    this.known = false;
    this.renoised = 0;
    this.complete = false;
    const id = nextId();
    this.id = id;
    const title = schema.title ?? humanize(key ?? 'value');
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    this.type = types.find((type) => type !== 'null') ?? (schema.enum ? typeof schema.enum[0] : 'string');
    const hintId = schema.description ? `${id}-hint` : undefined;
    const provenanceId = `${id}-source`;
    const describedBy = [hintId, provenanceId].filter(Boolean).join(' ');
    this.control = this.makeControl(id, key, describedBy, required);
    this.live = h('span', { class: 'live', 'aria-hidden': 'true' });
    this.badge = h('span', { class: 'badge', hidden: true });
    this.provenance = h('p', { class: 'provenance', id: provenanceId });
    this.clear = h(
      'button',
      { type: 'button', class: 'clear', hidden: true, 'aria-label': `Forget the value of ${title}` },
      'clear',
    );
    this.clear.addEventListener('click', () => {
      this.reset();
      this.control.focus();
    });
    const label = h(
      'label',
      { for: id },
      title,
      required
        ? h('span', { class: 'required', title: 'required' }, h('span', { class: 'sr' }, ' (required)'), ' *')
        : '',
    );
    const control = h('div', { class: 'control' }, this.control, this.live);
    const head = this.type === 'boolean' && this.kind === 'leaf' ? [control, label] : [label];
    this.element = h(
      'div',
      {
        class: `field field-${this.kind === 'leaf' ? this.type : 'json'}`,
        'data-pointer': pointer,
        'data-state': 'empty',
      },
      h('div', { class: 'field-head' }, ...head, this.badge, this.clear),
      hintId ? h('p', { class: 'hint', id: hintId }, schema.description) : '',
      this.type === 'boolean' && this.kind === 'leaf' ? '' : control,
      this.provenance,
    );
    const touched = () => {
      this.known = !this.isBlank();
      this.setSource(undefined);
      this.setState(this.known ? 'known' : 'empty');
      this.showBadge(this.known ? 'yours' : '');
      this.provenance.textContent = this.known ? 'typed by you: sent as a known value, kept as it is' : '';
      this.clear.hidden = !this.known;
    };
    this.control.addEventListener('input', touched);
    this.control.addEventListener('change', touched);
    this.element.addEventListener('focusin', () => form.onPoint?.(this, 'focus'));
    this.element.addEventListener('focusout', () => form.onPoint?.(this, 'blur'));
    this.element.addEventListener('pointerenter', () => form.onPoint?.(this, 'enter'));
    this.element.addEventListener('pointerleave', () => form.onPoint?.(this, 'leave'));
  }

  makeControl(id, key, describedBy, required) {
    const schema = this.schema;
    const common = {
      id,
      name: this.pointer,
      'aria-describedby': describedBy,
      'aria-required': required ? 'true' : undefined,
    };
    if (this.kind === 'json')
      return h('textarea', {
        ...common,
        rows: 3,
        spellcheck: 'false',
        placeholder: 'a JSON value',
        class: 'json',
      });
    if (schema.const !== undefined)
      return h('input', { ...common, type: 'text', readonly: true, value: JSON.stringify(schema.const) });
    if (Array.isArray(schema.enum)) {
      const select = h('select', common, h('option', { value: '' }, '— not known —'));
      for (const [k, value] of schema.enum.entries())
        select.append(
          h('option', { value: String(k) }, typeof value === 'string' ? value : JSON.stringify(value)),
        );
      return select;
    }
    if (this.type === 'boolean') {
      const box = h('input', { ...common, type: 'checkbox' });
      box.indeterminate = true;
      return box;
    }
    if (this.type === 'integer' || this.type === 'number')
      return h('input', {
        ...common,
        type: 'number',
        inputmode: this.type === 'integer' ? 'numeric' : 'decimal',
        step: this.type === 'integer' ? 1 : 'any',
        min: schema.minimum,
        max: schema.maximum,
      });
    const format = schema.format;
    const type =
      format === 'date'
        ? 'date'
        : format === 'email'
          ? 'email'
          : format === 'uri' || format === 'url'
            ? 'url'
            : /phone|tel/i.test(String(key))
              ? 'tel'
              : 'text';
    const placeholder =
      format === 'time'
        ? '14:30:00Z'
        : format === 'date-time'
          ? '2025-06-12T14:30:00Z'
          : format === 'duration'
            ? 'P3D'
            : undefined;
    if (type === 'text' && !format && (schema.maxLength ?? 0) > 120)
      return h('textarea', { ...common, rows: 3, maxlength: schema.maxLength });
    return h('input', {
      ...common,
      type,
      maxlength: schema.maxLength,
      placeholder,
      autocomplete: 'off',
      spellcheck: type === 'text' ? undefined : 'false',
    });
  }

  isBlank() {
    if (this.control instanceof HTMLInputElement && this.control.type === 'checkbox')
      return this.control.indeterminate;
    return this.control.value === '';
  }

  /** the value the person typed, as the schema types it (throws on JSON that does not parse). */
  knownValue() {
    const control = this.control;
    if (this.kind === 'json') return JSON.parse(control.value);
    if (this.schema.const !== undefined) return this.schema.const;
    if (Array.isArray(this.schema.enum)) return this.schema.enum[Number(control.value)];
    if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked;
    if (this.type === 'integer' || this.type === 'number') return Number(control.value);
    return control.value;
  }

  /** the control set to a value (of the schema's type, or as text while denoising). */
  setValue(value) {
    const control = this.control;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      control.indeterminate = typeof value !== 'boolean';
      control.checked = value === true;
      return;
    }
    if (this.kind === 'json') {
      control.value = value === undefined ? '' : JSON.stringify(value);
      return;
    }
    if (control instanceof HTMLSelectElement) {
      const index = (this.schema.enum ?? []).findIndex(
        (item) => JSON.stringify(item) === JSON.stringify(value),
      );
      control.value = index < 0 ? '' : String(index);
      return;
    }
    control.value = value === undefined || value === null ? '' : String(value);
  }

  /** the canvas text of the field as the model writes it (masks as ░), live. */
  showText(text) {
    if (this.known) return;
    const masked = text.includes(MASK);
    if (masked && this.complete) this.renoised++;
    this.complete = !masked && text !== '';
    this.live.replaceChildren(...(masked ? maskedNodes(text) : []));
    if (masked) {
      this.setValue(undefined);
      this.setState(this.renoised ? 'renoised' : [...text].every((c) => c === MASK) ? 'masked' : 'filling');
      this.showBadge(this.renoised ? 're-noised' : '');
      this.provenance.textContent = this.renoised
        ? 're-noised: the value failed validation, masked and being filled again'
        : '';
      return;
    }
    if (text === '') {
      this.setValue(undefined);
      this.setState('empty');
      return;
    }
    this.setValue(this.parseText(text));
    this.setState('filled');
  }

  parseText(text) {
    if (this.kind === 'json') {
      try {
        return JSON.parse(text);
      } catch {
        return undefined;
      }
    }
    if (Array.isArray(this.schema.enum))
      return this.schema.enum.find(
        (item) => (typeof item === 'string' ? item : JSON.stringify(item)) === text,
      );
    if (this.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
    return text;
  }

  /** the final value and where it came from (`undefined`: left out; `fixed`: in a list the person typed). */
  showResult(value, source, fixed = false) {
    this.live.replaceChildren();
    this.complete = value !== undefined;
    if (this.known) {
      this.setSource(source);
      return;
    }
    this.setValue(value);
    if (value === undefined) {
      this.setState('absent');
      this.setSource(undefined);
      this.showBadge('');
      this.provenance.textContent = fixed
        ? 'not filled: a list you typed in is sent whole, as it is'
        : 'left out: the message holds nothing for it';
      return;
    }
    this.setState('filled');
    this.setSource(source);
  }

  setSource(source) {
    const element = this.element;
    element.classList.toggle('low', source !== undefined && source.confidence < 0.5);
    if (!source) {
      for (const name of ['source', 'start', 'end', 'confidence']) delete element.dataset[name];
      return;
    }
    element.dataset.source = source.source;
    element.dataset.confidence = String(source.confidence);
    if (source.start !== undefined && source.end !== undefined) {
      element.dataset.start = String(source.start);
      element.dataset.end = String(source.end);
    } else {
      delete element.dataset.start;
      delete element.dataset.end;
    }
    const low =
      source.confidence < 0.5 ? `: low confidence (${percent(source.confidence)}), please check` : '';
    const sure = low || ` · confidence ${percent(source.confidence)}`;
    const renoised = this.renoised
      ? ` · re-noised ${this.renoised === 1 ? 'once' : `${this.renoised} times`}`
      : '';
    const message = this.form.message ?? '';
    switch (source.source) {
      case 'prompt':
        this.showBadge('from the message');
        this.provenance.textContent = `from the message: “${message.slice(source.start, source.end)}”${sure}${renoised}`;
        break;
      case 'chosen':
        this.showBadge('chosen');
        this.provenance.textContent = `chosen by the model from the allowed values${sure}${renoised}`;
        break;
      case 'generated':
        this.showBadge('generated');
        this.provenance.textContent = `written by the model, not found in the message${sure}${renoised}`;
        break;
      default:
        this.showBadge('yours');
        this.provenance.textContent = 'typed by you: sent as a known value, kept as it is';
    }
    if (low) this.showBadge('check this', true);
  }

  showBadge(text, warn = false) {
    this.badge.textContent = text;
    this.badge.hidden = text === '';
    this.badge.classList.toggle('warn', warn);
  }

  setState(state) {
    this.element.dataset.state = state;
  }

  /** back to not known, empty. */
  reset() {
    this.known = false;
    this.renoised = 0;
    this.complete = false;
    this.setValue(undefined);
    this.live.replaceChildren();
    this.setSource(undefined);
    this.setState('empty');
    this.showBadge('');
    this.provenance.textContent = '';
    this.clear.hidden = true;
  }

  /** locked while the model fills the form (known values stay as they are). */
  lock(locked) {
    const control = this.control;
    if (
      control instanceof HTMLSelectElement ||
      (control instanceof HTMLInputElement && control.type === 'checkbox')
    )
      control.disabled = locked;
    else control.readOnly = locked || this.schema.const !== undefined;
    this.clear.disabled = locked;
  }
}

/** an array: one group per item, added and removed by the person or by the model's canvas. */
class ArrayGroup {
  constructor(form, schema, pointer, key, depth) {
    this.form = form;
    this.schema = schema;
    this.pointer = pointer;
    this.depth = depth;
    this.itemSchema = resolveRef(form.schema, schema.items);
    this.items = [];
    const title = schema.title ?? humanize(key ?? 'items');
    this.title = title;
    this.list = h('ol', { class: 'items' });
    this.add = h('button', { type: 'button', class: 'add' }, `Add ${this.itemSchema.title ?? 'an item'}`);
    this.add.addEventListener('click', () => {
      this.setCount(this.items.length + 1);
      this.items.at(-1)?.element.querySelector('input, select, textarea')?.focus();
    });
    this.element = h(
      'fieldset',
      { class: 'array', 'data-pointer': pointer },
      h('legend', {}, title),
      schema.description ? h('p', { class: 'hint' }, schema.description) : '',
      this.list,
      h('p', { class: 'empty-note' }, 'No items.'),
      this.add,
    );
    this.sync();
  }

  setCount(count) {
    const target = Math.max(count, 0);
    while (this.items.length > target) this.removeItem(this.items.length - 1);
    while (this.items.length < target) {
      const index = this.items.length;
      const itemPointer = pointerJoin(this.pointer, index);
      const remove = h(
        'button',
        {
          type: 'button',
          class: 'remove',
          'aria-label': `Remove ${this.itemSchema.title ?? 'item'} ${index + 1} of ${this.title}`,
        },
        'Remove',
      );
      const body = this.form.build(
        this.itemSchema,
        itemPointer,
        `${this.itemSchema.title ?? 'Item'} ${index + 1}`,
        this.depth + 1,
        true,
      );
      const element = h('li', { class: 'item' }, body, remove);
      const item = { element, pointer: itemPointer };
      remove.addEventListener('click', () => {
        const at = this.items.indexOf(item);
        // the items after it move up: their values go with them
        const values = this.items.map((entry) => this.form.snapshot(entry.pointer));
        values.splice(at, 1);
        this.setCount(this.items.length - 1);
        for (const [k, snapshot] of values.entries()) this.form.restore(this.items[k].pointer, snapshot);
        (
          this.items[Math.min(at, this.items.length - 1)]?.element.querySelector('input, select, textarea') ??
          this.add
        ).focus();
      });
      this.items.push(item);
      this.list.append(element);
    }
    this.sync();
  }

  removeItem(index) {
    const item = this.items[index];
    this.form.forget(item.pointer);
    item.element.remove();
    this.items.splice(index, 1);
  }

  sync() {
    const max = typeof this.schema.maxItems === 'number' ? this.schema.maxItems : Infinity;
    this.add.disabled = this.locked === true || this.items.length >= max;
    this.element.classList.toggle('is-empty', this.items.length === 0);
    for (const button of this.element.querySelectorAll(':scope > ol > li > .remove'))
      button.disabled = this.locked === true;
  }

  lock(locked) {
    this.locked = locked;
    this.sync();
  }
}

/** the whole form. */
export class SchemaForm {
  /**
   * @param {HTMLElement} container
   * @param {any} schema
   * @param {{ onPoint?: (field: Field, how: string) => void }} [options]
   */
  constructor(container, schema, options = {}) {
    this.schema = schema;
    this.container = container;
    /** @type {Map<string, Field>} */
    this.fields = new Map();
    /** @type {Map<string, ArrayGroup>} */
    this.arrays = new Map();
    this.onPoint = options.onPoint;
    this.message = '';
    const root = resolveRef(schema, schema);
    container.replaceChildren(this.build(root, '', root.title, 0, true, true));
  }

  /** the elements of a subschema at `pointer`. */
  build(schema, pointer, key, depth, required, isRoot = false) {
    const resolved = resolveRef(this.schema, schema);
    const kind = depth > 8 ? 'json' : kindOf(resolved);
    if (kind === 'object') {
      const requiredKeys = new Set(Array.isArray(resolved.required) ? resolved.required : []);
      const members = Object.entries(resolved.properties ?? {}).map(([name, sub]) =>
        this.build(sub, pointerJoin(pointer, name), name, depth + 1, requiredKeys.has(name)),
      );
      if (isRoot)
        return h(
          'div',
          { class: 'members' },
          resolved.description ? h('p', { class: 'hint' }, resolved.description) : '',
          ...members,
        );
      return h(
        'fieldset',
        { class: 'object', 'data-pointer': pointer },
        h('legend', {}, resolved.title ?? humanize(key)),
        resolved.description ? h('p', { class: 'hint' }, resolved.description) : '',
        ...members,
      );
    }
    if (kind === 'array') {
      const group = new ArrayGroup(this, resolved, pointer, key, depth);
      this.arrays.set(pointer, group);
      return group.element;
    }
    const field = new Field(this, resolved, pointer, key, required, kind === 'json' ? 'json' : 'leaf');
    this.fields.set(pointer, field);
    return field.element;
  }

  /** the fields and arrays under `pointer` dropped (their elements are removed by the caller). */
  forget(pointer) {
    for (const key of [...this.fields.keys()])
      if (key.startsWith(`${pointer}/`) || key === pointer) this.fields.delete(key);
    for (const key of [...this.arrays.keys()])
      if (key.startsWith(`${pointer}/`) || key === pointer) this.arrays.delete(key);
  }

  /** what the person typed under `pointer`, to move it with its item. */
  snapshot(pointer) {
    const saved = new Map();
    for (const [key, field] of this.fields)
      if (key.startsWith(`${pointer}/`) || key === pointer)
        saved.set(key.slice(pointer.length), {
          known: field.known,
          value: field.known ? field.knownValue() : undefined,
        });
    return saved;
  }

  restore(pointer, saved) {
    for (const [rest, entry] of saved) {
      const field = this.fields.get(pointer + rest);
      if (!field) continue;
      field.reset();
      if (entry.known) {
        field.setValue(entry.value);
        field.known = true;
        field.setState('known');
        field.showBadge('yours');
        field.provenance.textContent = 'typed by you: sent as a known value, kept as it is';
        field.clear.hidden = false;
      }
    }
  }

  /** the known values (what the person typed), shaped like the value; arrays whole. */
  knownValues() {
    const values = {};
    const knownArrays = new Set();
    for (const [pointer, field] of this.fields) {
      if (!field.known) continue;
      const array = [...this.arrays.keys()]
        .filter((at) => pointer.startsWith(`${at}/`))
        .sort((a, b) => a.length - b.length)[0];
      if (array !== undefined) knownArrays.add(array);
      else setAt(values, pointer, field.knownValue());
    }
    for (const array of knownArrays) setAt(values, array, this.arrayValue(array));
    return values;
  }

  /** an array from its items' typed fields (an item with nothing typed is left out). */
  arrayValue(pointer) {
    const group = this.arrays.get(pointer);
    const items = [];
    for (const item of group?.items ?? []) {
      const holder = {};
      let any = false;
      for (const [at, field] of this.fields)
        if (field.known && (at === item.pointer || at.startsWith(`${item.pointer}/`))) {
          any = true;
          setAt(holder, `/v${at.slice(item.pointer.length)}`, field.knownValue());
        }
      if (any) items.push(holder.v);
    }
    return items;
  }

  /** a frame's leaves shown (arrays grown or shrunk to the items the canvas holds). */
  showCanvas({ leaves, arrays }) {
    for (const [pointer, count] of arrays) {
      const group = this.arrays.get(pointer);
      if (group && !this.isKnownArray(pointer)) group.setCount(count);
    }
    for (const [pointer, text] of leaves) this.fields.get(pointer)?.showText(text);
  }

  isKnownArray(pointer) {
    for (const [at, field] of this.fields) if (field.known && at.startsWith(`${pointer}/`)) return true;
    return false;
  }

  /** every field not typed by the person masked: the state before the first step. */
  maskUnknown() {
    for (const field of this.fields.values())
      if (!field.known) {
        field.reset();
        field.showText(MASK.repeat(6));
      }
  }

  /** the final value and the fields' sources shown. */
  showResult(value, sources) {
    // arrays first (outer before inner), so that every leaf has its field
    const arrays = [...this.arrays.keys()].sort((a, b) => a.length - b.length);
    for (const pointer of arrays) {
      const group = this.arrays.get(pointer);
      const items = getAt(value, pointer);
      if (group && !this.isKnownArray(pointer)) group.setCount(Array.isArray(items) ? items.length : 0);
    }
    const fixed = arrays.filter((pointer) => this.isKnownArray(pointer));
    for (const [pointer, field] of this.fields)
      field.showResult(
        getAt(value, pointer),
        sources[pointer],
        fixed.some((at) => pointer.startsWith(`${at}/`)),
      );
  }

  lock(locked) {
    for (const field of this.fields.values()) field.lock(locked);
    for (const group of this.arrays.values()) group.lock(locked);
  }

  reset() {
    for (const group of this.arrays.values()) group.setCount(0);
    for (const field of this.fields.values()) field.reset();
  }
}

const tokensOf = (pointer) =>
  pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));

/** the value at a JSON pointer (undefined when absent). */
export function getAt(value, pointer) {
  let at = value;
  for (const token of tokensOf(pointer)) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, token)) return undefined;
    at = at[token];
  }
  return at;
}

/** a value set at a JSON pointer, objects made on the way. */
function setAt(target, pointer, value) {
  const tokens = tokensOf(pointer);
  let at = target;
  tokens.forEach((token, k) => {
    if (k === tokens.length - 1) {
      Object.defineProperty(at, token, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    if (!Object.hasOwn(at, token) || at[token] === null || typeof at[token] !== 'object') {
      Object.defineProperty(at, token, { value: {}, enumerable: true, writable: true, configurable: true });
    }
    at = at[token];
  });
}
