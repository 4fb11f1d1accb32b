import type { Constraint, Segment, SlotSpec } from '@unmask/core';
import { SchemaError } from '../errors/schema-error';
import type { SchemaObject } from '../resolve';
import type { CompileReport, CompileWarning } from '../types';

export const DEFAULTS = {
  pretty: false,
  stringTokens: 24,
  numberTokens: 8,
  arrayItems: 3,
  mapEntries: 2,
  recursionDepth: 2,
  branches: undefined as Record<string, number> | undefined,
  items: undefined as Record<string, number> | undefined,
  entries: undefined as Record<string, number> | undefined,
  verbatimFrom: undefined as string | undefined,
  ground: undefined as { text: string; referenceDate?: string } | undefined,
  values: undefined as Record<string, unknown> | undefined,
};

export const DEFAULT_LIMITS = { maxSchemaBytes: 2_000_000, maxDepth: 64, maxSlots: 2000 };

/** the schema with $ref and allOf folded in, and the $ref targets it went through. */
export interface Normalised {
  schema: SchemaObject | boolean;
  refs: unknown[];
}

/** what depends on the schema document only, shared by the attempts of one compilation. */
export interface DocumentCache {
  root: unknown;
  anchors: Map<string, unknown>;
  /** `$ref` string -> its target. */
  refTargets: Map<string, unknown>;
  /** a subschema (by identity) -> its normalised form; results are never mutated. */
  normalised: WeakMap<object, Normalised>;
  /** a schema carrying anyOf/oneOf (by identity) -> its branches merged with the rest of it. */
  unions: WeakMap<SchemaObject, UnionParts>;
  /** a leaf schema (by identity) -> how it is laid out; the second for a value of any type. */
  leaves: [WeakMap<SchemaObject, LeafPlan>, WeakMap<SchemaObject, LeafPlan>];
  /** a schema that says nothing of its type (by identity) -> it with the scalar types. */
  untyped: WeakMap<SchemaObject, SchemaObject>;
  /** an anyOf list the compiler made (by identity) -> where each branch comes from in the schema. */
  branchPointers: WeakMap<object, string[]>;
  /** keywords the schema's draft does not know, by where they are. */
  warnings: CompileWarning[];
}

/** a leaf's slot language, worked out once per leaf schema (the same leaf is met again and again). */
export interface LeafPlan {
  constraint: Constraint;
  budget: number;
  /** grounding found no candidate in the prompt: the leaf kept its own language. */
  ungrounded?: boolean;
  /** the string's content and budget when the quotes are fixed text. */
  string?: { content: Constraint; budget: number };
  /** the keywords left to validation, as pointers relative to the leaf's. */
  notes: string[];
}

/** a union's branches, each merged with what the schema says besides the union (when first needed). */
export interface UnionParts {
  rest: SchemaObject;
  /** null: a branch with no value; undefined: not merged yet. */
  merged: Array<(Normalised & { schema: SchemaObject }) | null | undefined>;
  /** a branch with the properties only the other branches require left out (oneOf), by those names. */
  withAbsent: Map<SchemaObject, Map<string, SchemaObject>>;
}

export interface Context extends DocumentCache {
  options: typeof DEFAULTS;
  limits: typeof DEFAULT_LIMITS;
  segments: Segment[];
  slots: SlotSpec[];
  report: CompileReport;
  /** how many times each $ref target is being expanded, for recursion depth. */
  refDepth: Map<unknown, number>;
  /**
   * running out of slots ends the attempt at once, instead of falling back to a smaller union
   * branch: set when a smaller offering will be tried next (so an attempt that cannot fit stops
   * early instead of laying out and undoing large branches again and again).
   */
  stopWhenFull: boolean;
  /**
   * union branches that ran out of slots, by the branch and the $ref expansions under way, with
   * the most slots that were left then: with no more left, the same branch runs out again (its own
   * unions fall back the same way), so it is not laid out again only to be undone. A branch that
   * is a $ref (the union adds nothing to it) is known by its target, so the many unions that
   * offer the same large object and a small alternative learn it once.
   */
  fullBranches: Map<string, number>;
  /** small ids of schema objects, for those keys. */
  ids: WeakMap<object, number>;
}

/** control flow of the compiler (a part that cannot be laid out), thrown often: no stack trace. */
export class Unrepresentable extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** more slots than the limit: a typed error unless a smaller offering fits. */
export class SlotLimit extends SchemaError {
  constructor(limit: number) {
    super({ code: 'unsupported', pointer: '#', message: `the canvas would need more than ${limit} slots` });
  }
}

/** internal keyword: properties a oneOf branch leaves out. */
export const ABSENT = 'x-unmask-absent';
