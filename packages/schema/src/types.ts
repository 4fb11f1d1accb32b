import type { Canvas, Issue, Layout } from '@unmask/core';

/** a JSON Schema as a plain object (or a boolean schema). */
export type JsonSchema = boolean | { [keyword: string]: unknown };

export interface SchemaCompileOptions {
  /** pretty rendering (two-space indent) instead of compact JSON. Default false. */
  pretty?: boolean;
  /** token budget of a string without maxLength/enum/format. Default 24. */
  stringTokens?: number;
  /** token budget of a number without a range. Default 8. */
  numberTokens?: number;
  /** item slots offered for an array without maxItems (a maxItems up to twice this is offered whole). Default 3. */
  arrayItems?: number;
  /** entries offered for a free-form object (additionalProperties / patternProperties). Default 2. */
  mapEntries?: number;
  /** how deep recursive $refs are unrolled. Default 2. */
  recursionDepth?: number;
  /**
   * the branch offered at each anyOf/oneOf of composite branches, by the JSON pointer of the
   * schema carrying it (an index into its list). Unlisted unions offer their first branch that
   * compiles; generateObject chooses them with the model unless told otherwise.
   */
  branches?: Record<string, number>;
  /**
   * item slots offered for the arrays at these JSON pointers (tuple items included; clamped to
   * minItems and maxItems), instead of arrayItems. generateObject grows a full array this way.
   */
  items?: Record<string, number>;
  /**
   * entries offered for each map (additionalProperties / patternProperties schema) of the free-form
   * objects at these JSON pointers, instead of mapEntries. generateObject grows a full map this way.
   */
  entries?: Record<string, number>;
  /** bounds checked before anything is built. */
  limits?: { maxSchemaBytes?: number; maxDepth?: number; maxSlots?: number };
  /**
   * a source text (the prompt of an extraction): free-text string values are copied from it,
   * character for character and cutting no word of it in two, besides their own format, pattern
   * and lengths. Dates, times and
   * durations are not held to it (a text may write them another way); enums and consts are their
   * own lists. A string that no part of the text satisfies, or any string when the text is longer
   * than 4,000 characters, keeps its own language and is listed in `report.verbatim.kept`; with a
   * long text, a maxLength may be left to validation (`validationOnly`). generateObject sets it
   * from the prompt with `verbatim: true`.
   */
  verbatimFrom?: string;
  /**
   * grounded extraction: every value is found in `text` or chosen. Free strings and strings with a
   * format or pattern are copies of it (as `verbatimFrom`); numbers and integers are the numbers
   * it mentions (normalised: separators, currency, decimals, percentages, number words) within
   * the schema's bounds; dates, times and date-times the ones it mentions (relative ones counted
   * from `referenceDate`, `YYYY-MM-DD`, default today). Enums, booleans and consts are chosen. An
   * optional value with no candidate is absent; a required one keeps its own language and is
   * listed in `report.ground.generated`.
   */
  ground?: { text: string; referenceDate?: string };
  /**
   * known values (form fields a person already filled), by the value's shape: each is written
   * into the canvas as fixed text and the model fills the rest; an object value of an object
   * schema fixes the members it holds. The whole value is still validated against the schema.
   */
  values?: Record<string, unknown>;
  /**
   * keywords the schema's draft does not know (a typo such as `propertes`, `requried`) are a
   * `SchemaError` (code `invalid-schema`, at the schema carrying the first of them) instead of
   * warnings in `report.warnings`. Default false.
   */
  strict?: boolean;
}

/** a keyword the schema's draft does not know: JSON Schema ignores it, so what it meant to say is lost. */
export interface CompileWarning {
  code: 'unknown-keyword';
  /** JSON pointer of the schema object that carries the keyword (`#`, `#/properties/a`). */
  pointer: string;
  keyword: string;
  /** `unknown keyword 'propertes' at #`. */
  message: string;
}

/** what the compiler offered: used by the coverage harness. */
export interface CompileReport {
  slots: number;
  /** optional parts (optional properties, array items beyond minItems, map entries) offered to the model. */
  optionalOffered: number;
  /** keywords honoured only by validation (re-noise on failure), with their JSON pointers. */
  validationOnly: string[];
  /** set when the schema was too large and fewer optional parts were offered. */
  reduced?: boolean;
  /**
   * keywords the schema's draft does not know (typos), from the root schema down; absent when
   * there are none. Keywords prefixed `x-` are never reported; `strict: true` makes them an error.
   */
  warnings?: CompileWarning[];
  /**
   * with `verbatimFrom`: the strings that kept their own language, by JSON pointer: no substring of
   * the text fits (`no-substring`), or the text is too long for the automaton limits (`state-limit`).
   */
  verbatim?: { kept: Array<{ pointer: string; reason: 'no-substring' | 'state-limit' }> };
  /** with `ground`: the required values the prompt holds no candidate for (they keep their own language), by JSON pointer. */
  ground?: { generated: string[] };
  /** each anyOf/oneOf of composite branches met, in the order met: one branch of it is offered. */
  unions?: UnionReport[];
  /** each array offered, in the order met (an array met again, in items or unrolled levels, once per place). */
  arrays?: ArrayReport[];
  /** each free-form object offered entries, in the order met. */
  maps?: MapReport[];
}

/** a free-form object of the layout: how many entries it offers and whether the schema allows more. */
export interface MapReport {
  /** JSON pointer of the object's schema. */
  pointer: string;
  /** JSON pointer of the object in the value. */
  path: string;
  /** entries offered per map schema (patternProperties, additionalProperties). */
  perMap: number;
  /** entries offered in all. */
  entries: number;
  /** the declared properties (not entries). */
  declared: string[];
  /** every map offered its entries and the schema allows more. */
  more: boolean;
}

/** an array of the layout: how many item slots it has and whether the schema allows more. */
export interface ArrayReport {
  /** JSON pointer of the array's schema. */
  pointer: string;
  /** JSON pointer of the array in the value. */
  path: string;
  /** item slots offered. */
  items: number;
  /** the schema allows more items than offered. */
  more: boolean;
}

/** a union of composite branches (objects, arrays): which branches compile and which one is offered. */
export interface UnionReport {
  /** JSON pointer of the schema that carries the anyOf/oneOf. */
  pointer: string;
  keyword: 'anyOf' | 'oneOf';
  /** indices (into the keyword's list) of the branches that compile. */
  candidates: readonly number[];
  /** the branch offered. */
  chosen: number;
}

/** a compiled schema: the layout, and the way back from a filled canvas to a value. */
export interface CompiledSchema<T = unknown> {
  readonly layout: Layout;
  readonly report: CompileReport;
  /** the value of a filled canvas (absent optional parts left out). */
  decode(canvas: Canvas): T;
  /** validation of a value against the original schema (ajv, and zod for zod schemas): issues, never thrown. */
  validate(value: unknown): Issue[];
  /**
   * the slot texts that render `value` on this layout (undefined for absent optional slots),
   * or undefined when the value cannot be represented (used for training data and the
   * over-constraint check).
   */
  encode(value: unknown): Array<string | undefined> | undefined;
}
