import { SchemaError } from '../errors/schema-error';
import type { SchemaObject } from '../resolve';
import type { Context } from './context';
import { pointerJoin } from './json';

/** keywords with no effect on valid instances. */
export const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  'id',
  '$anchor',
  '$dynamicAnchor',
  '$comment',
  '$defs',
  'definitions',
  '$vocabulary',
  'title',
  'description',
  'default',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentEncoding',
  'contentMediaType',
  'contentSchema',
  'discriminator',
  'nullable',
  'xml',
  'externalDocs',
]);
/** keywords honoured by validation only: a value that breaks them is re-noised. */
export const VALIDATION_ONLY = new Set([
  'multipleOf',
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'if',
  'then',
  'else',
  'not',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);
/** keywords the compiler turns into structure or constraints. */
export const STRUCTURAL = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'allOf',
  'anyOf',
  'oneOf',
  '$ref',
]);
export const UNSUPPORTED = new Set(['$dynamicRef', '$recursiveRef', '$recursiveAnchor']);

/** how the compiler treats a keyword; undefined for a keyword of no vocabulary it knows (an annotation by the spec). */
export function keywordTreatment(
  keyword: string,
): 'annotation' | 'validation' | 'structure' | 'unsupported' | undefined {
  if (UNSUPPORTED.has(keyword)) return 'unsupported';
  if (STRUCTURAL.has(keyword)) return 'structure';
  if (VALIDATION_ONLY.has(keyword)) return 'validation';
  if (ANNOTATIONS.has(keyword)) return 'annotation';
  return undefined;
}

/** keywords that speak of scalars only: an untyped schema with one of them is offered as a scalar. */
export const SCALAR_KEYWORDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'x-unmask-patterns',
];

/** check every keyword once: unsupported ones are errors, validation-only ones are reported. */
export function auditKeywords(ctx: Context, schema: SchemaObject, pointer: string) {
  for (const key of Object.keys(schema)) {
    if (UNSUPPORTED.has(key))
      throw new SchemaError({
        code: 'unsupported',
        pointer: pointerJoin(pointer, key),
        message: `keyword ${key} is not supported`,
      });
    if (VALIDATION_ONLY.has(key)) ctx.report.validationOnly.push(pointerJoin(pointer, key));
  }
}
