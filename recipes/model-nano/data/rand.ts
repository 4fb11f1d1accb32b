// seeded randomness for the data generator: one faker per locale, reseeded per example.
import type { Faker } from '@faker-js/faker';
import { faker as fakerDe } from '@faker-js/faker/locale/de';
import { faker as fakerEn } from '@faker-js/faker/locale/en_US';
import { faker as fakerEs } from '@faker-js/faker/locale/es';
import { faker as fakerFr } from '@faker-js/faker/locale/fr';
import { faker as fakerIt } from '@faker-js/faker/locale/it';

const REF_DATE = '2025-06-01T00:00:00.000Z';
const locales: Array<[Faker, number]> = [
  [fakerEn, 0.8],
  [fakerFr, 0.06],
  [fakerDe, 0.06],
  [fakerEs, 0.04],
  [fakerIt, 0.04],
];
for (const [f] of locales) f.setDefaultRefDate(REF_DATE);

/** choices of one example: `en` drives structure, `f` (a locale) the values. */
export class Rand {
  readonly en: Faker;
  readonly f: Faker;

  constructor(seed: number, index: number, attempt = 0) {
    this.en = fakerEn;
    this.en.seed([seed, index, 1, attempt]);
    const u = this.en.number.float({ min: 0, max: 1 });
    let acc = 0;
    let chosen = fakerEn;
    for (const [f, w] of locales) {
      acc += w;
      if (u < acc) {
        chosen = f;
        break;
      }
    }
    this.f = chosen;
    // a locale faker shares no state with `en`; reseed it too (a second seed keeps the streams apart)
    if (chosen !== fakerEn) chosen.seed([seed, index, 2, attempt]);
  }

  private persona: { first: string; last: string } | undefined;

  /** the person the example is about: name, email and username agree with each other. */
  person(): { first: string; last: string } {
    this.persona ??= { first: this.f.person.firstName(), last: this.f.person.lastName() };
    return this.persona;
  }
  /** facts drawn after this are about somebody else (distractors). */
  otherPerson(): void {
    this.persona = undefined;
  }

  /** a uniform float in [0, 1). */
  u(): number {
    return this.en.number.float({ min: 0, max: 1 });
  }
  chance(p: number): boolean {
    return this.u() < p;
  }
  int(min: number, max: number): number {
    return this.en.number.int({ min, max });
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    return this.en.helpers.shuffle([...items]);
  }
  /** k distinct items. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, k);
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let u = this.u() * total;
    for (const [item, w] of items) {
      u -= w;
      if (u < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}
