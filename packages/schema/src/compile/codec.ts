import { type Canvas, slotIsAbsent, slotText } from '@unmask/core';
import { Unrepresentable } from './context';
import { isObject, jsonEqual, setOwn } from './json';
import type { EntryNode, MemberNode, ValueNode } from './nodes';

const slotTextOf = (canvas: Canvas, k: number) => (slotIsAbsent(canvas, k) ? undefined : slotText(canvas, k));

/** a composite present on the canvas with a required part missing: read as absent where it may be. */
export const INCOMPLETE = Symbol('incomplete');

/**
 * the value of a node on a filled canvas; undefined for an absent member, INCOMPLETE for an
 * object or array whose required parts are not all there (its member is then left out, the
 * slots of an optional member being filled independently of each other).
 */
export function decodeNode(node: ValueNode, canvas: Canvas): unknown {
  switch (node.kind) {
    case 'const':
      return node.value;
    case 'leaf': {
      const text = slotTextOf(canvas, node.slot);
      if (text === undefined) return undefined;
      return JSON.parse(node.before + text + node.after);
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const member of node.props) {
        const inner = decodeMember(member, canvas);
        if (inner === undefined || inner === INCOMPLETE) {
          if (member.absentable === false) return INCOMPLETE;
          continue;
        }
        setOwn(value, member.key!, inner);
      }
      for (const entry of node.entries) {
        const keyText = slotTextOf(canvas, entry.keySlot);
        if (keyText === undefined) continue;
        const key = JSON.parse(keyText.slice(entry.keyPrefix.length).replace(/:\s*$/, ''));
        const inner = entry.member ? decodeMember(entry.member, canvas) : decodeNode(entry.node, canvas);
        if (inner !== undefined && inner !== INCOMPLETE && !Object.hasOwn(value, key))
          setOwn(value, key, inner);
      }
      return value;
    }
    case 'array': {
      const value: unknown[] = [];
      for (const member of node.items) {
        const inner = decodeMember(member, canvas);
        if (inner === undefined || inner === INCOMPLETE) {
          if (member.absentable === false) return INCOMPLETE;
          continue;
        }
        value.push(inner);
      }
      return value;
    }
  }
}

/** a member's value: undefined when its presence slot is pad, INCOMPLETE when its closing slot is. */
function decodeMember(member: MemberNode, canvas: Canvas): unknown {
  if (member.presence !== undefined && slotTextOf(canvas, member.presence) === undefined) return undefined;
  if (member.close !== undefined && slotTextOf(canvas, member.close) === undefined) return INCOMPLETE;
  return decodeNode(member.node, canvas);
}

/** the slots a node owns (for consistency checks and re-noise). */
export function nodeSlots(node: ValueNode, out: number[] = []): number[] {
  switch (node.kind) {
    case 'leaf':
      out.push(node.slot);
      break;
    case 'object':
      for (const member of node.props) {
        if (member.presence !== undefined) out.push(member.presence);
        nodeSlots(member.node, out);
        if (member.close !== undefined) out.push(member.close);
      }
      for (const entry of node.entries) {
        out.push(entry.keySlot);
        nodeSlots(entry.node, out);
      }
      break;
    case 'array':
      for (const member of node.items) {
        if (member.presence !== undefined) out.push(member.presence);
        nodeSlots(member.node, out);
        if (member.close !== undefined) out.push(member.close);
      }
      break;
  }
  return out;
}

/** write a value's slot texts; throws Unrepresentable when it does not fit the layout. */
export function encodeNode(
  node: ValueNode,
  value: unknown,
  texts: Array<string | undefined>,
  absent: boolean,
) {
  switch (node.kind) {
    case 'const':
      if (!absent && !jsonEqual(node.value, value)) throw new Unrepresentable('const differs');
      return;
    case 'leaf':
      texts[node.slot] = absent ? undefined : encodeLeaf(node, value);
      return;
    case 'object': {
      if (!absent && !isObject(value)) throw new Unrepresentable('not an object');
      const object = (value ?? {}) as Record<string, unknown>;
      const used = new Set<string>();
      for (const member of node.props) {
        const present = !absent && member.key !== undefined && Object.hasOwn(object, member.key);
        if (!present && !member.optional) throw new Unrepresentable(`missing ${member.key}`);
        if (present) used.add(member.key!);
        encodeMember(member, present ? object[member.key!] : undefined, texts, !present);
      }
      const extra = absent ? [] : Object.keys(object).filter((key) => !used.has(key));
      // each extra key goes to the first free entry whose key language and value schema take it
      const taken = new Set<EntryNode>();
      for (const key of extra) {
        const fits = node.entries.find((entry) => {
          if (taken.has(entry) || !entry.accepts(key)) return false;
          try {
            encodeEntry(entry, object[key], texts, false);
            return true;
          } catch (error) {
            if (error instanceof Unrepresentable) return false;
            throw error;
          }
        });
        if (!fits) throw new Unrepresentable(`no entry can hold property ${key}`);
        taken.add(fits);
        texts[fits.keySlot] = `${fits.keyPrefix}${JSON.stringify(key)}${fits.keySuffix}`;
      }
      for (const entry of node.entries) {
        if (taken.has(entry)) continue;
        texts[entry.keySlot] = undefined;
        encodeEntry(entry, undefined, texts, true);
      }
      return;
    }
    case 'array': {
      if (!absent && !Array.isArray(value)) throw new Unrepresentable('not an array');
      const array = (value ?? []) as unknown[];
      if (array.length > node.items.length) throw new Unrepresentable('too many items');
      node.items.forEach((member, k) => {
        const present = !absent && k < array.length;
        if (!present && !member.optional) throw new Unrepresentable('too few items');
        encodeMember(member, array[k], texts, !present);
      });
      return;
    }
  }
}

function encodeEntry(entry: EntryNode, value: unknown, texts: Array<string | undefined>, absent: boolean) {
  if (entry.member) encodeMember(entry.member, value, texts, absent);
  else encodeNode(entry.node, value, texts, absent);
}

function encodeMember(member: MemberNode, value: unknown, texts: Array<string | undefined>, absent: boolean) {
  if (member.presence !== undefined) texts[member.presence] = absent ? undefined : member.presenceText;
  encodeNode(member.node, value, texts, absent);
  if (member.close !== undefined) texts[member.close] = absent ? undefined : member.closeText;
}

function encodeLeaf(node: Extract<ValueNode, { kind: 'leaf' }>, value: unknown): string {
  if (value === undefined) throw new Unrepresentable('missing value');
  const json = JSON.stringify(value);
  if (
    !json.startsWith(node.before) ||
    !json.endsWith(node.after) ||
    json.length < node.before.length + node.after.length
  ) {
    throw new Unrepresentable('wrong type');
  }
  return json.slice(node.before.length, json.length - node.after.length);
}
