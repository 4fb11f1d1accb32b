import { describe, expect, it } from 'vitest';
import { dateCandidates, numberCandidates } from './candidates';
import { findDates } from './dates';
import { mentionsOf } from './index';
import { findNumbers } from './numbers';

const values = (text: string) => findNumbers(text).map((mention) => mention.value);
const reference = new Date('2025-06-09T12:00:00Z'); // a Monday

describe('numbers a text mentions', () => {
  it('digits with separators of either convention, decimals, currency, scale, percentages', () => {
    expect(values('96 m2, asking 545000')).toEqual([96, 545000]);
    expect(values('38.40 GBP')).toEqual([38.4]);
    expect(values('€1,304.00 total')).toEqual([1304]);
    expect(values('1.250,00 €')).toEqual([1250]);
    expect(values('142 000 km')).toEqual([142000]);
    expect(values('72,000-88,000 EUR')).toEqual([72000, 88000]);
    expect(values('£420k')).toEqual([420, 420000]);
    expect(values('a 12% discount')).toEqual([12, 0.12]);
    // "1.250" alone: thousands or a decimal; both are offered
    expect(values('1.250')).toEqual([1250, 1.25]);
  });

  it('number words, with the span they were read from', () => {
    expect(values('a dozen eggs and three hundred and five nails')).toEqual(
      expect.arrayContaining([12, 305]),
    );
    expect(values('twenty-eight fifty')).toEqual([28, 50]);
    expect(values('no kids, charged twice')).toEqual([0, 2]);
    const text = 'table for four please';
    const [four] = findNumbers(text);
    expect(text.slice(four!.start, four!.end)).toBe('four');
  });

  it('candidates keep a schema bounds and integer-ness, as JSON texts', () => {
    const mentions = mentionsOf('3 rooms, 78.5 m2, 1,200 a month, floor -1');
    expect(numberCandidates(mentions, { integer: true, minimum: 0 })).toEqual(['3', '1200']);
    expect(numberCandidates(mentions, { maximum: 100 })).toEqual(['3', '78.5', '-1']);
    expect(numberCandidates(mentions, { multipleOf: 100 })).toEqual(['1200']);
  });
});

describe('dates a text mentions', () => {
  const dates = (text: string) =>
    [
      ...new Set(
        findDates(text, reference)
          .map((m) => m.date)
          .filter(Boolean),
      ),
    ].sort();
  const times = (text: string) =>
    [
      ...new Set(
        findDates(text, reference)
          .map((m) => m.time)
          .filter(Boolean),
      ),
    ].sort();

  it('absolute dates in words, ISO and both day orders', () => {
    expect(dates('Thursday June 12th 2025')).toEqual(['2025-06-12']);
    expect(dates('due 2025-03-14')).toEqual(['2025-03-14']);
    expect(dates('12/06/2025')).toEqual(['2025-06-12', '2025-12-06']);
  });

  it('relative dates from the reference date, both readings of "next"', () => {
    expect(dates('can we do tomorrow?')).toEqual(['2025-06-10']);
    expect(dates('next Thursday')).toEqual(['2025-06-12', '2025-06-19']);
    expect(dates('paid this morning')).toContain('2025-06-09');
    expect(dates('her birthday is the 21st')).toEqual(['2025-06-21', '2025-07-21']);
  });

  it('times: 24-hour kept, an hour without am/pm offered in the evening too', () => {
    expect(times('kick off 09:15 sharp')).toEqual(['09:15']);
    expect(times('back at 6')).toEqual(['06:00', '18:00']);
    expect(times('wrap by 17:30')).toEqual(['17:30']);
  });

  it('candidates in the spellings of a format', () => {
    const mentions = mentionsOf('Thursday June 12th 2025 at 09:15', '2025-06-09');
    expect(dateCandidates(mentions, 'date')).toEqual(['2025-06-12']);
    expect(dateCandidates(mentions, 'time', true)).toEqual(['09:15', '09:15:00', '09:15:00Z']);
    expect(dateCandidates(mentions, 'date-time')).toEqual(['2025-06-12T09:15:00Z']);
  });
});
