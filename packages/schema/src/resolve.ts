import { SchemaError } from './errors/schema-error';

export type SchemaObject = { [keyword: string]: unknown };

/** decode one JSON pointer token. */
const unescapeToken = (token: string) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');

/** resolve a local `$ref` (`#`, `#/a/b`, or a `$anchor`/`$id` fragment defined in the document). */
export function resolveRef(
  root: unknown,
  ref: string,
  pointer: string,
  anchors: Map<string, unknown>,
): unknown {
  if (!ref.startsWith('#')) {
    const anchored = anchors.get(ref) ?? anchors.get(ref.replace(/#$/, ''));
    if (anchored !== undefined) return anchored;
    throw new SchemaError({
      code: 'unsupported',
      pointer,
      message: `$ref "${ref}" points outside the document; only local references are resolved`,
    });
  }
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) {
    const anchored = anchors.get(ref);
    if (anchored !== undefined) return anchored;
    throw new SchemaError({
      code: 'invalid-schema',
      pointer,
      message: `$ref "${ref}": no such anchor in the document`,
    });
  }
  let node: unknown = root;
  for (const token of ref.slice(2).split('/').map(unescapeToken)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node as object, token)) {
      throw new SchemaError({ code: 'invalid-schema', pointer, message: `$ref "${ref}" does not resolve` });
    }
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** `$anchor`s and `$id`s of every subschema, so that `#name` and `id`-style refs resolve. */
export function collectAnchors(root: unknown): Map<string, unknown> {
  const anchors = new Map<string, unknown>();
  const seen = new Set<unknown>();
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (!Array.isArray(node)) {
      const schema = node as SchemaObject;
      if (typeof schema.$anchor === 'string') anchors.set(`#${schema.$anchor}`, node);
      for (const idKey of ['$id', 'id']) {
        const id = schema[idKey];
        if (typeof id === 'string' && id !== '' && node !== root) {
          anchors.set(id, node);
          if (id.startsWith('#')) anchors.set(id, node);
        }
      }
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(root);
  return anchors;
}
