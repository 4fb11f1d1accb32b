// @ts-check
/**
 * reading a canvas while it denoises: the text of a frame (masks shown as ░) is JSON whose
 * structure is written and whose slots are partly filled, and not always well formed (an empty
 * optional slot leaves `"key":` with nothing after it, an array's brackets may sit inside its
 * slots). The schema says which keys to look for, in order; each leaf's text is what lies between
 * its key and the next one. Plain JavaScript, served as it is to the page (no build step).
 */

export const MASK = '░';

/** a local `$ref` followed (a few hops at most); anything else as it is. */
export function resolveRef(root, schema) {
  let at = schema;
  for (let hops = 0; at && typeof at === 'object' && typeof at.$ref === 'string' && hops < 16; hops++) {
    if (!at.$ref.startsWith('#')) return at;
    let target = root;
    for (const raw of at.$ref.slice(1).split('/').filter(Boolean)) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (!target || typeof target !== 'object') return {};
      target = target[key];
    }
    at = target;
  }
  return at && typeof at === 'object' ? at : {};
}

const typesOf = (schema) =>
  Array.isArray(schema.type) ? schema.type : typeof schema.type === 'string' ? [schema.type] : [];

/** how a schema is shown: a group of members, a repeatable group, or one field. */
export function kindOf(schema) {
  if (!schema || typeof schema !== 'object') return 'json';
  if (schema.enum !== undefined || schema.const !== undefined) return 'leaf';
  const types = typesOf(schema).filter((type) => type !== 'null');
  if (schema.anyOf || schema.oneOf || schema.allOf || types.length > 1) return 'json';
  if (types[0] === 'object' || (!types.length && schema.properties))
    return schema.properties ? 'object' : 'json';
  if (types[0] === 'array' || (!types.length && schema.items)) {
    const items = schema.items;
    return items && typeof items === 'object' && !Array.isArray(items) && !schema.prefixItems
      ? 'array'
      : 'json';
  }
  return 'leaf';
}

export const pointerJoin = (pointer, key) =>
  `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** escapes read (a text cut short keeps them as written). */
function unescaped(text) {
  if (!text.includes('\\')) return text;
  try {
    return JSON.parse(`"${text}"`);
  } catch {
    return text;
  }
}

/**
 * the text of a leaf: a string's content up to its closing quote (or, while that quote is still
 * masked, to the separator after it), anything else up to the next comma or bracket.
 */
function leafText(raw) {
  const text = raw.trim();
  if (text.startsWith('"')) {
    for (let i = 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return unescaped(text.slice(1, i));
    }
    return unescaped(text.slice(1).replace(/[\s,}\]]+$/, ''));
  }
  const cut = text.search(/[,}\]]/);
  return (cut < 0 ? text : text.slice(0, cut)).trim().replace(/"$/, '');
}

/** the members of an object in `text[start, end)`, found by their keys in schema order. */
function readObject(root, schema, text, start, end, pointer, out) {
  const keys = Object.keys(schema.properties ?? {});
  const found = [];
  let at = start;
  for (const key of keys) {
    const token = `${JSON.stringify(key)}:`;
    const index = text.indexOf(token, at);
    if (index < 0 || index >= end) continue;
    found.push({ key, from: index + token.length, index });
    at = index + token.length;
  }
  found.forEach((member, k) => {
    let to = k + 1 < found.length ? found[k + 1].index : end;
    if (k + 1 === found.length) {
      // the object's own closing brace is structure, not the last member's value
      const close = text.lastIndexOf('}', to - 1);
      if (close >= member.from && /^[\s,\]]*$/.test(text.slice(close + 1, to))) to = close;
    }
    readValue(
      root,
      schema.properties[member.key],
      text,
      member.from,
      to,
      pointerJoin(pointer, member.key),
      out,
    );
  });
}

/** top-level pieces of `text` split at commas outside quotes. */
function splitItems(text) {
  const parts = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function readArray(root, schema, text, start, end, pointer, out) {
  const items = resolveRef(root, schema.items);
  let region = text.slice(start, end).trim();
  if (region.startsWith('[')) region = region.slice(1);
  if (region.endsWith(']')) region = region.slice(0, -1);
  let count = 0;
  if (kindOf(items) === 'object') {
    // each item starts at its first member's key
    const first = Object.keys(items.properties ?? {})[0];
    if (first !== undefined) {
      const token = `${JSON.stringify(first)}:`;
      const starts = [];
      for (let i = text.indexOf(token, start); i >= 0 && i < end; i = text.indexOf(token, i + token.length))
        starts.push(i);
      for (let k = 0; k < starts.length; k++) {
        const item = { leaves: new Map(), arrays: new Map() };
        readObject(root, items, text, starts[k], k + 1 < starts.length ? starts[k + 1] : end, '', item);
        // an item whose every slot came out empty is not there
        if (![...item.leaves.values()].some((value) => value !== '')) continue;
        const at = pointerJoin(pointer, count++);
        for (const [sub, value] of item.leaves) out.leaves.set(at + sub, value);
        for (const [sub, value] of item.arrays) out.arrays.set(at + sub, value);
      }
    }
  } else {
    for (const part of splitItems(region)) {
      let piece = part.trim();
      if (piece.startsWith('[')) piece = piece.slice(1);
      if (piece.endsWith(']')) piece = piece.slice(0, -1);
      const value = leafText(piece);
      if (value === '') continue;
      out.leaves.set(pointerJoin(pointer, count++), value);
    }
  }
  out.arrays.set(pointer, count);
}

function readValue(root, schema, text, start, end, pointer, out) {
  const resolved = resolveRef(root, schema);
  const kind = kindOf(resolved);
  if (kind === 'object') readObject(root, resolved, text, start, end, pointer, out);
  else if (kind === 'array') readArray(root, resolved, text, start, end, pointer, out);
  else
    out.leaves.set(
      pointer,
      kind === 'json' ? text.slice(start, end).trim() : leafText(text.slice(start, end)),
    );
}

/**
 * the leaves of a frame's canvas by JSON pointer (their text so far, masks as ░, '' for an empty
 * slot) and the number of items each array shows.
 * @param {unknown} schema
 * @param {string} text
 * @returns {{ leaves: Map<string, string>, arrays: Map<string, number> }}
 */
export function readCanvas(schema, text) {
  const out = { leaves: new Map(), arrays: new Map() };
  const root = resolveRef(schema, schema);
  let start = 0;
  let end = text.length;
  if (kindOf(root) === 'object') {
    start = text.indexOf('{');
    end = text.lastIndexOf('}');
    if (start < 0) start = 0;
    if (end <= start) end = text.length;
    else end++;
  }
  readValue(schema, root, text, start, end, '', out);
  return out;
}
