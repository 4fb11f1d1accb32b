import type { SchemaObject } from '../resolve';
import type { CompileWarning } from '../types';
import { isObject, pointerJoin } from './json';
import { ANNOTATIONS } from './keywords';

const DRAFT_04 = [
  '$schema',
  'id',
  '$ref',
  'definitions',
  'title',
  'description',
  'default',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'additionalItems',
  'items',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'required',
  'additionalProperties',
  'properties',
  'patternProperties',
  'dependencies',
  'enum',
  'type',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'format',
];
const DRAFT_06 = [
  ...DRAFT_04.filter((k) => k !== 'id'),
  '$id',
  'const',
  'contains',
  'propertyNames',
  'examples',
];
const DRAFT_07 = [
  ...DRAFT_06,
  '$comment',
  'if',
  'then',
  'else',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
];
/** `definitions` and `dependencies` stay: 2019-09 keeps them for compatibility, and ajv knows them. */
const DRAFT_2019 = [
  ...DRAFT_07,
  '$anchor',
  '$defs',
  '$recursiveRef',
  '$recursiveAnchor',
  '$vocabulary',
  'dependentRequired',
  'dependentSchemas',
  'maxContains',
  'minContains',
  'unevaluatedItems',
  'unevaluatedProperties',
  'deprecated',
  'contentSchema',
];
const DRAFT_2020 = [
  ...DRAFT_2019.filter((k) => k !== '$recursiveRef' && k !== '$recursiveAnchor' && k !== 'additionalItems'),
  'prefixItems',
  '$dynamicRef',
  '$dynamicAnchor',
];
/** annotations any schema may carry, whatever its draft, besides the compiler's own (ANNOTATIONS). */
const COMMON = [
  'title',
  'description',
  'examples',
  'default',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
  'format',
];
const known = (draft: string[]) => new Set([...draft, ...COMMON, ...ANNOTATIONS]);
const VOCABULARIES = {
  '04': known(DRAFT_04),
  '06': known(DRAFT_06),
  '07': known(DRAFT_07),
  '2019-09': known(DRAFT_2019),
  '2020-12': known(DRAFT_2020),
  /** no draft declared: a keyword of any of them is no typo. */
  any: known([...DRAFT_04, ...DRAFT_07, ...DRAFT_2019, ...DRAFT_2020]),
};

/** the keywords of the draft a root schema declares in `$schema` (any draft's when it declares none we know). */
function vocabularyOf(schema: unknown): Set<string> {
  const declared = isObject(schema) && typeof schema.$schema === 'string' ? schema.$schema : '';
  if (/2020-12/.test(declared)) return VOCABULARIES['2020-12'];
  if (/2019-09/.test(declared)) return VOCABULARIES['2019-09'];
  if (/draft-07/.test(declared)) return VOCABULARIES['07'];
  if (/draft-06/.test(declared)) return VOCABULARIES['06'];
  if (/draft-04/.test(declared)) return VOCABULARIES['04'];
  return VOCABULARIES.any;
}

/** keywords whose value is a subschema, a list of them, or subschemas by name. */
const ONE_SCHEMA = [
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
  'items',
];
const SCHEMA_LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const SCHEMAS_BY_NAME = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
];

/**
 * the keywords of a schema that its draft does not know (a typo such as `propertes` or
 * `requried`): JSON Schema ignores them, so the value they meant to shape comes back unshaped.
 * Walks every subschema of the document (unused definitions included) but not the values of
 * unknown keywords; `x-` vendor keys are never reported. Run after checkSchemaBounds.
 */
export function unknownKeywords(schema: unknown): CompileWarning[] {
  const vocabulary = vocabularyOf(schema);
  const warnings: CompileWarning[] = [];
  const stack: Array<{ node: unknown; pointer: string }> = [{ node: schema, pointer: '#' }];
  while (stack.length) {
    const { node, pointer } = stack.pop()!;
    if (!isObject(node)) continue;
    const subschemas: Array<{ node: unknown; pointer: string }> = [];
    for (const [keyword, value] of Object.entries(node as SchemaObject)) {
      if (!vocabulary.has(keyword)) {
        if (!keyword.startsWith('x-'))
          warnings.push({
            code: 'unknown-keyword',
            pointer,
            keyword,
            message: `unknown keyword '${keyword}' at ${pointer}`,
          });
        continue;
      }
      const at = pointerJoin(pointer, keyword);
      if (Array.isArray(value)) {
        if (SCHEMA_LIST.includes(keyword))
          for (const [k, sub] of value.entries()) subschemas.push({ node: sub, pointer: pointerJoin(at, k) });
      } else if (isObject(value)) {
        if (SCHEMAS_BY_NAME.includes(keyword))
          for (const [name, sub] of Object.entries(value))
            subschemas.push({ node: sub, pointer: pointerJoin(at, name) });
        else if (ONE_SCHEMA.includes(keyword)) subschemas.push({ node: value, pointer: at });
      }
    }
    // a schema's subschemas in the order they are written: the stack takes the last first
    stack.push(...subschemas.reverse());
  }
  return warnings;
}
