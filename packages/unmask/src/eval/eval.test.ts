import { UnmaskError } from '@unmask/core';
import { describe, expect, it } from 'vitest';
import { parseCases } from './cases';
import { checkCases } from './check-cases';
import { summarize } from './run-eval';
import { scoreSchemaValue, scoreSlots } from './score';

const schema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    amount: { type: 'number' },
    when: { type: 'string', format: 'date' },
    email: { type: 'string', format: 'email' },
    priority: { type: 'string', enum: ['low', 'high'] },
    paid: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    address: { type: 'object', properties: { city: { type: 'string' } } },
    phone: { type: 'string' },
  },
  required: ['name'],
};

describe('scoring a value field by field', () => {
  const expected = {
    name: 'Ana Ruiz',
    amount: 38.4,
    when: '2025-06-12',
    email: 'ana@ex.io',
    priority: 'high',
    paid: false,
    tags: ['a', 'b'],
    address: { city: 'Lyon' },
  };

  it('types each field, walks nested objects, scores absent optional fields', () => {
    const fields = scoreSchemaValue(schema, expected, expected);
    expect(Object.fromEntries(fields.map((f) => [f.pointer, f.type]))).toEqual({
      '/name': 'string',
      '/amount': 'number',
      '/when': 'date',
      '/email': 'format',
      '/priority': 'enum',
      '/paid': 'boolean',
      '/tags': 'array',
      '/address/city': 'string',
      '/phone': 'absent',
    });
    expect(fields.every((f) => f.right)).toBe(true);
  });

  it('a wrong value, a value given where none was, and array items', () => {
    const got = { ...expected, amount: 3, phone: '555', tags: ['b', 'c', 'd'], email: 'ANA@ex.io' };
    const byPointer = Object.fromEntries(scoreSchemaValue(schema, expected, got).map((f) => [f.pointer, f]));
    expect(byPointer['/amount']!.right).toBe(false);
    expect(byPointer['/phone']!.right).toBe(false);
    expect(byPointer['/email']!.right).toBe(true);
    expect(byPointer['/tags']!.right).toBe(false);
    expect(byPointer['/tags']!.items).toEqual({ hit: 1, extra: 2, missed: 1 });
  });

  it('accept lists other right values; known (form) fields are not scored', () => {
    const got = { ...expected, name: 'A. Ruiz' };
    const fields = scoreSchemaValue(schema, expected, got, { '/name': ['A. Ruiz'] }, { priority: 'high' });
    expect(fields.find((f) => f.pointer === '/name')!.right).toBe(true);
    expect(fields.some((f) => f.pointer === '/priority')).toBe(false);
  });

  it('template slots by helper type', () => {
    const slots = [
      { name: 'd', helper: 'gen', format: 'date', optional: false, fromData: false },
      { name: 'p', helper: 'choice', optional: false, fromData: false },
      { name: 'n', helper: 'integer', optional: true, fromData: false },
    ] as const;
    const fields = scoreSlots(slots, { d: '2025-01-02', p: 'low' }, { d: '2025-01-02', p: 'high', n: 4 });
    expect(fields.map((f) => [f.type, f.right])).toEqual([
      ['date', true],
      ['enum', false],
      ['absent', false],
    ]);
  });

  it('summarize pools rates by type and counts errors as invalid', () => {
    const fields = scoreSchemaValue(schema, expected, { ...expected, amount: 1 });
    const report = summarize(
      [
        {
          id: 'a',
          use: 'generate',
          value: {},
          valid: true,
          fields,
          right: fields.filter((f) => f.right).length,
          nfe: 3,
          ms: 10,
        },
        {
          id: 'b',
          use: 'fill',
          valid: false,
          error: { code: 'canvas-too-long', message: 'x' },
          fields: [],
          right: 0,
          nfe: 0,
          ms: 1,
        },
      ],
      'grounded',
    );
    expect(report.overall).toEqual({ fields: 9, right: 8, rate: 8 / 9 });
    expect(report.byType.number.rate).toBe(0);
    expect(report.validity).toBe(0.5);
    expect(report.errors).toEqual({ 'canvas-too-long': 1 });
    expect(report.nfe.median).toBe(3);
  });
});

describe('case files', () => {
  const line = (c: object) => JSON.stringify(c);
  const good = { id: 'x', use: 'generate', prompt: 'Ana', schema, expected: { name: 'Ana' } };

  it('parse, with a typed error naming the line for a bad one', () => {
    expect(parseCases(`${line(good)}\n\n`)).toHaveLength(1);
    for (const bad of [
      '{"id":"x"',
      line({ ...good, use: 'other' }),
      line({ ...good, prmpt: 'a' }),
      line({ ...good, use: 'form' }),
      line({ ...good, referenceDate: 'June' }),
    ]) {
      const error = (() => {
        try {
          parseCases(`${line({ ...good, id: 'y' })}\n${bad}`, 'f.jsonl');
        } catch (caught) {
          return caught;
        }
      })();
      expect(UnmaskError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(/^f\.jsonl:2: /);
    }
    expect(() => parseCases(`${line(good)}\n${line(good)}`)).toThrow(/used on line 1/);
  });

  it('check: an expected value the schema rejects, a slot the template lacks', () => {
    const problems = checkCases([
      { ...good, expected: { name: 3 } } as never,
      { id: 't', use: 'fill', prompt: 'p', template: 'Hi {{gen "who"}}', expected: { whom: 'x' } } as never,
    ]);
    expect(problems.join('\n')).toMatch(/x: expected value: \/name/);
    expect(problems.join('\n')).toMatch(/t: expected slot "whom" is not a slot/);
    expect(problems.join('\n')).toMatch(/t: required slot "who" has no expected value/);
  });
});
