import Handlebars from 'handlebars';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileTemplate } from './compile-template';
import { TemplateError } from './template-error';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeKeys();
const spies: Array<ReturnType<typeof vi.spyOn>> = [];

beforeAll(() => {
  for (const name of ['compile', 'precompile', 'template'] as const) spies.push(vi.spyOn(Handlebars, name));
});

afterAll(() => {
  for (const spy of spies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
  expect(prototypeKeys()).toEqual(before);
});

const rejection = (template: string, data: unknown = {}): TemplateError => {
  try {
    compileTemplate({ template, data });
  } catch (error) {
    expect(TemplateError.isInstance(error)).toBe(true);
    return error as TemplateError;
  }
  throw new Error(`accepted: ${template}`);
};

describe('advisory patterns are rejected without compiling', () => {
  // each: the template, what the message says, and where (line, column)
  const cases: Array<[string, RegExp, number, number]> = [
    // CVE-2019-19919 and kin: reaching Function through constructor
    ['{{constructor.constructor "alert(1)"}}', /unsafe path segment "constructor"/, 1, 3],
    [
      'x\n{{#with "s" as |s|}}{{#with s.constructor}}{{#with split}}{{pop (push "alert(1)")}}{{/with}}{{/with}}{{/with}}',
      /unsafe path segment "constructor"/,
      2,
      29,
    ],
    ['{{#with __proto__}}{{/with}}', /unsafe path segment "__proto__"/, 1, 9],
    ['{{__proto__.polluted}}', /unsafe path segment "__proto__"/, 1, 3],
    ['{{#each this.constructor.prototype}}x{{/each}}', /unsafe path segment "constructor"/, 1, 9],
    ['{{__defineGetter__}}', /unsafe path segment/, 1, 3],
    ['{{a.prototype}}', /unsafe path segment "prototype"/, 1, 3],
    // CVE-2021-23369 / CVE-2021-23383: partials and compile-time options
    ['hello {{> partial}}', /partials are not supported/, 1, 7],
    ['{{#> layout}}x{{/layout}}', /partials are not supported/, 1, 1],
    ['{{> (lookup . "constructor")}}', /partials are not supported/, 1, 1],
    ['{{#*inline "x"}}y{{/inline}}', /decorators are not supported/, 1, 1],
    ['{{* decorator}}', /decorators are not supported/, 1, 1],
    ['{{lookup this "constructor"}}', /unsafe path segment|unknown helper "lookup"/, 1, 1],
    ['{{lookup this "__proto__"}}', /unknown helper "lookup"/, 1, 1],
    ['{{log "x"}}', /unknown helper "log"/, 1, 1],
    ['{{log}}', /helper "log" is not supported/, 1, 1],
    ['{{helperMissing}}', /not supported/, 1, 1],
    ['{{blockHelperMissing}}', /not supported/, 1, 1],
    ['{{#blockHelperMissing x}}{{/blockHelperMissing}}', /unknown block helper/, 1, 1],
    ['{{#custom x}}{{/custom}}', /unknown block helper "custom"/, 1, 1],
    ['{{{{raw}}}} {{x}} {{{{/raw}}}}', /unknown block helper "raw"/, 1, 1],
    ['{{upper name}}', /unknown helper "upper"/, 1, 1],
    ['{{name foo=1}}', /unknown helper "name"/, 1, 1],
    ['{{#if (eq a b)}}x{{/if}}', /sub-expressions/, 1, 7],
    ['{{gen (concat "a" "b")}}', /sub-expressions/, 1, 7],
    ['{{#each xs as |constructor|}}{{/each}}', /unsafe/, 1, 1],
    ['{{@evil}}', /unknown data variable "@evil"/, 1, 3],
    ['{{#if a}}\n  {{#with b}}\n    {{> nested}}\n  {{/with}}\n{{/if}}', /partials/, 3, 5],
    ['{{#if false}}{{> neverRendered}}{{/if}}', /partials/, 1, 14],
    ['{{"literal"}}', /literal/, 1, 1],
    ['{{#with "s"}}{{#with split}}{{pop (push "alert(1)")}}{{/with}}{{/with}}', /sub-expressions/, 1, 35],
    ['{{gen "__proto__"}}', /unsafe slot name/, 1, 7],
    ['{{gen "a.constructor"}}', /unsafe slot name/, 1, 7],
  ];
  it.each(cases)('%j', (template, message, line, column) => {
    const error = rejection(template, { a: 1, b: {}, xs: [1], name: 'n' });
    expect(error.message).toMatch(message);
    expect(error.code).toBe('invalid-template');
    expect([error.line, error.column]).toEqual([line, column]);
  });

  it('never pollutes Object.prototype, even with a __proto__ key in the data', () => {
    const data = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": {"__proto__": {"x": 1}}}');
    expect(() => compileTemplate({ template: '{{polluted}}', data })).toThrow(/missing data/);
    expect(() => compileTemplate({ template: '{{a.x}}', data })).toThrow(/missing data/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('malformed templates', () => {
  const cases: Array<[string, number, number]> = [
    ['line one\n  {{#if}', 2, 8],
    ['ab\ncd {{foo bar=}} x', 2, 14],
    ['{{#if a}}x{{/each}}', 1, 4],
    ['{{#if a}}\n{{x}}\n', 3, 1],
    ['x {{!-- unterminated', 1, 3],
  ];
  it.each(cases)('%j gives line and column', (template, line, column) => {
    const error = rejection(template);
    expect(error.message).toMatch(/^malformed template/);
    expect([error.line, error.column]).toEqual([line, column]);
  });
});

describe('size and nesting limits', () => {
  it('rejects 5,000-deep nesting before parsing, at the 65th level', () => {
    const parse = vi.spyOn(Handlebars, 'parse');
    const deep = '{{#if a}}'.repeat(5000) + '{{/if}}'.repeat(5000);
    const error = rejection(deep);
    expect(error.message).toMatch(/nests deeper than 64 levels/);
    // Handlebars.parse takes seconds on this; the scan never hands it over
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    // located at the 65th opener (9 characters each), where the scan stops
    expect([error.line, error.column]).toEqual([1, 64 * 9 + 1]);
    // how fast: bench/input-limits.bench.ts
  });

  it('counts every kind of opener and sub-expression depth', () => {
    expect(rejection(`${'{{#each xs}}'.repeat(65)}`).message).toMatch(/nests deeper/);
    expect(rejection(`${'{{^if a}}'.repeat(65)}`).message).toMatch(/nests deeper/);
    expect(rejection(`{{x ${'('.repeat(100)}}}`).message).toMatch(/nests deeper/);
    expect(rejection(`${'{{#> p}}'.repeat(70)}`).message).toMatch(/nests deeper/);
    // not counted: comments, escaped mustaches, strings and {{^}} (else)
    const fine = `{{!-- ${'{{#if a}}'.repeat(100)} --}}\\{{#if}} {{#if a}}x{{^}}y{{/if}} {{choice "c" "((((" "(("}}`;
    expect(() => compileTemplate({ template: fine, data: { a: true } })).not.toThrow();
    expect(() =>
      compileTemplate({ template: `${'{{#if a}}'.repeat(64)}x${'{{/if}}'.repeat(64)}`, data: { a: 1 } }),
    ).not.toThrow();
  });

  it('rejects templates over the size limit before parsing', () => {
    const parse = vi.spyOn(Handlebars, 'parse');
    expect(rejection('{{a}}'.repeat(30_000)).message).toMatch(/over the limit/);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});
