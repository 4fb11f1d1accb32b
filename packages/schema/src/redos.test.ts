import { describe, expect, it } from 'vitest';
import { SchemaError } from './errors/schema-error';
import { backtrackingRisk, schemaValidator } from './validate';

describe('schema patterns are matched in linear time', () => {
  // with V8's backtracking engine each of these takes hours (30 a's took 30 s; every a doubles it):
  // the test would time out long before
  const long = `${'a'.repeat(48)}!`;

  it('patternProperties and not/pattern that backtrack exponentially in V8 answer at once, rightly', () => {
    const keyed = schemaValidator({ type: 'object', patternProperties: { '^(a+)+$': { type: 'string' } } });
    expect(keyed({ [long]: 1 })).toEqual([]);
    expect(keyed({ aaaa: 1 })).toHaveLength(1);
    const forced = schemaValidator({ type: 'string', pattern: `^a{48}!$`, not: { pattern: '^(a+)+$' } });
    expect(forced(long)).toEqual([]);
    expect(forced('a'.repeat(48))).not.toEqual([]);
  });

  it('two patterns of one draft keep their own matchers', () => {
    const first = schemaValidator({ type: 'string', pattern: '^[A-Z]{2}-\\d+$' });
    const second = schemaValidator({ type: 'string', pattern: '^x+$' });
    expect(first('AB-12')).toEqual([]);
    expect(second('xxx')).toEqual([]);
    expect(second('AB-12')).toHaveLength(1);
  });

  it('a pattern no automaton holds is refused when it could backtrack, kept when it cannot', () => {
    let error: unknown;
    try {
      schemaValidator({ type: 'string', pattern: '^(a+)+\\1$' });
    } catch (caught) {
      error = caught;
    }
    expect(SchemaError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'unsupported' });
    expect((error as Error).message).toMatch(/linear time/);
  });

  it('the backtracking shapes', () => {
    for (const risky of ['(a+)+', '(a|aa)*', '^(\\w+\\s?)*$', '(x)\\1', '(?:a*){2,}'])
      expect(backtrackingRisk(risky), risky).toBe(true);
    for (const safe of ['^[a-z]+$', '(ab)+', '(a)?b*', '[(+)]+', '^\\d{3}(-\\d{4}){2}$'])
      expect(backtrackingRisk(safe), safe).toBe(false);
  });
});
