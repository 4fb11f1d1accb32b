/** the compiled tree the value is read back from. */
export type ValueNode =
  | { kind: 'const'; value: unknown }
  /** a value in one slot; its JSON text is before + text + after. */
  | { kind: 'leaf'; slot: number; before: string; after: string; path: string }
  | { kind: 'object'; path: string; props: MemberNode[]; entries: EntryNode[] }
  | { kind: 'array'; path: string; items: MemberNode[] };

/** a property or an array item. Optional composite members have presence and closing slots. */
export interface MemberNode {
  key?: string;
  node: ValueNode;
  optional: boolean;
  /** the schema lets this member be absent (not required, or an item beyond minItems). */
  absentable?: boolean;
  /** slot holding the separator, key and opening bracket of an optional composite member. */
  presence?: number;
  presenceText?: string;
  close?: number;
  closeText?: string;
}

/** one offered entry of a free-form object: a key slot, then the value. */
export interface EntryNode {
  keySlot: number;
  keyPrefix: string;
  /** what follows the quoted key in the key slot (`:`, or `: ` when pretty). */
  keySuffix: string;
  /** whether a key may be written in this entry's key slot. */
  accepts: (key: string) => boolean;
  node: ValueNode;
  /** the value's presence and closing slots, when it is a composite. */
  member?: MemberNode;
}

export interface Emitted {
  node: ValueNode;
}

/** the member node of an emitted value (built field by field: an object spread is slow on this hot path). */
export function memberNode(
  emitted: Emitted & Partial<MemberNode>,
  optional: boolean,
  absentable: boolean,
  key?: string,
): MemberNode {
  const member: MemberNode = { node: emitted.node, optional, absentable };
  if (key !== undefined) member.key = key;
  if (emitted.presence !== undefined) {
    member.presence = emitted.presence;
    member.presenceText = emitted.presenceText!;
    member.close = emitted.close!;
    member.closeText = emitted.closeText!;
  }
  return member;
}
