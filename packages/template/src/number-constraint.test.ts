import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatConstraint } from './formats';
import { numberConstraint } from './number-constraint';
import { accepts } from './test-support';

const canonical = (decimals: number) =>
  new RegExp(`^-?(?:0|[1-9]\\d*)${decimals > 0 ? `(?:\\.\\d{1,${decimals}})?` : ''}$`);

describe('numberConstraint', () => {
  it('accepts a well-formed number exactly when it lies in integer bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: -4000, max: 4000 }),
        fc.integer({ min: 0, max: 2 }),
        (minimum, span, decimals, scaled, shown) => {
          const maximum = minimum + span;
          const { constraint, exact } = numberConstraint({ minimum, maximum, decimals });
          expect(exact).toBe(true);
          const places = Math.min(shown, decimals);
          const value = scaled / 100;
          const text = value.toFixed(places);
          if (!canonical(decimals).test(text) || text === '-0' || /^-0\.0*$/.test(text)) return;
          const inRange = Number(text) >= minimum && Number(text) <= maximum;
          expect(accepts(constraint, text)).toBe(inRange);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });

  it('rejects malformed numbers and widens fractional bounds', () => {
    const { constraint } = numberConstraint({ minimum: -5, maximum: 5, decimals: 2 });
    for (const text of ['05', '-0', '1.', '.5', '1.234', '+1', '1e2', '-5.01', '5.1'])
      expect(accepts(constraint, text)).toBe(false);
    for (const text of ['-5', '-5.00', '-0.5', '0', '4.99', '5', '5.0'])
      expect(accepts(constraint, text)).toBe(true);
    const widened = numberConstraint({ minimum: 0.5, maximum: 1.5, decimals: 1 });
    expect(widened.exact).toBe(false);
    expect(accepts(widened.constraint, '0.2')).toBe(true);
    expect(accepts(widened.constraint, '2.1')).toBe(false);
    const open = numberConstraint({ decimals: 0 }).constraint;
    expect(['-123', '0', '98765'].every((text) => accepts(open, text))).toBe(true);
  });
});

describe('formats', () => {
  const cases: Record<string, { good: string[]; bad: string[] }> = {
    date: {
      good: ['2024-02-29', '2000-02-29', '1999-12-31', '2023-04-30'],
      bad: ['1900-02-29', '2023-04-31', '2023-13-01', '2023-1-01', '23-01-01'],
    },
    time: { good: ['00:00', '23:59', '12:30:59'], bad: ['24:00', '12:60', '7:30', '12:30:60'] },
    'date-time': {
      good: ['2025-02-28T14:30:05Z', '2025-02-28T14:30:05.123+02:00'],
      bad: ['2025-02-28 14:30:05Z', '2025-02-28T14:30Z'],
    },
    email: {
      good: ['ada@example.com', 'first.last+tag@mail.co.uk'],
      bad: ['ada@', '@example.com', 'ada@example', 'a b@example.com'],
    },
    uri: {
      good: ['https://example.com', 'http://a.b:8080/x?y=1#z'],
      bad: ['example.com', 'https://exa mple.com', 'javascript:alert(1)'],
    },
    uuid: {
      good: ['123e4567-e89b-42d3-a456-426614174000'],
      bad: ['123e4567e89b42d3a456426614174000', '123E4567-E89B-42D3-A456-426614174000'],
    },
  };
  it.each(Object.entries(cases))('%s', (format, { good, bad }) => {
    const { constraint } = formatConstraint(format as never);
    for (const text of good) expect(accepts(constraint, text), text).toBe(true);
    for (const text of bad) expect(accepts(constraint, text), text).toBe(false);
  });
});
