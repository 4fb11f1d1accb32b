import type { ErrorObject, FuncKeywordDefinition } from 'ajv';
import { canonicalJson } from './compile/json';

// ajv's enum, const and uniqueItems compare with fast-deep-equal, which reads a value's members as
// methods: a member `toString` or `valueOf` that is not Object.prototype's is called (a TypeError
// out of the validator when it holds data), and `constructor` members are compared first
// ({"constructor": {}} twice is unequal). Its uniqueItems for scalar items indexes a plain object
// by the item, so two "__proto__" strings are never seen as duplicates. These keep ajv's keyword
// names, error messages and params, and compare canonical JSON texts: own keys only, all data.

/** a keyword's compiled check: `failure` finds what is wrong with a value, the error ajv reports. */
function check(failure: (data: unknown) => Partial<ErrorObject> | undefined) {
  const run = (data: unknown): boolean => {
    const error = failure(data);
    if (error) run.errors = [error];
    return error === undefined;
  };
  run.errors = undefined as Partial<ErrorObject>[] | undefined;
  return run;
}

const enumKeyword: FuncKeywordDefinition = {
  keyword: 'enum',
  schemaType: 'array',
  compile(allowed: unknown[]) {
    if (allowed.length === 0) throw new Error('enum must have non-empty array');
    const texts = new Set(allowed.map(canonicalJson));
    const error = {
      keyword: 'enum',
      message: 'must be equal to one of the allowed values',
      params: { allowedValues: allowed },
    };
    return check((data) => (texts.has(canonicalJson(data)) ? undefined : error));
  },
};

const constKeyword: FuncKeywordDefinition = {
  keyword: 'const',
  compile(allowed: unknown) {
    const text = canonicalJson(allowed);
    const error = {
      keyword: 'const',
      message: 'must be equal to constant',
      params: { allowedValue: allowed },
    };
    return check((data) => (canonicalJson(data) === text ? undefined : error));
  },
};

const uniqueItemsKeyword: FuncKeywordDefinition = {
  keyword: 'uniqueItems',
  type: 'array',
  schemaType: 'boolean',
  compile(unique: boolean) {
    return check((data) => {
      if (!unique) return undefined;
      const items = data as unknown[];
      const seen = new Map<string, number>();
      for (let i = 0; i < items.length; i++) {
        const text = canonicalJson(items[i]);
        const j = seen.get(text);
        if (j !== undefined)
          return {
            keyword: 'uniqueItems',
            message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
            params: { i, j },
          };
        seen.set(text, i);
      }
      return undefined;
    });
  },
};

/** an ajv instance's keyword table, as far as replacing keywords goes. */
export interface KeywordTable {
  getKeyword(keyword: string): unknown;
  removeKeyword(keyword: string): unknown;
  addKeyword(definition: FuncKeywordDefinition): unknown;
}

/** replaces an ajv instance's enum, const and uniqueItems (those it has) with the own-key-safe ones above. */
export function useJsonEquality(ajv: KeywordTable): void {
  for (const definition of [enumKeyword, constKeyword, uniqueItemsKeyword]) {
    const keyword = definition.keyword as string;
    if (!ajv.getKeyword(keyword)) continue;
    ajv.removeKeyword(keyword);
    ajv.addKeyword(definition);
  }
}
