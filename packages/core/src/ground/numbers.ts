/** a number the text mentions, with where. */
export interface NumberMention {
  value: number;
  start: number;
  end: number;
}

const SMALL: Record<string, number> = {
  zero: 0,
  no: 0,
  none: 0,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  pair: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  once: 1,
  twice: 2,
};
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
// words that are a number alone and never part of a compound ("no" kids, "twice", "a dozen")
const SPECIAL = new Set(['no', 'none', 'single', 'couple', 'pair', 'dozen', 'once', 'twice']);

const SCALE: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9 };

/** the values a written number may mean: "1.250" is 1250 (thousands) or 1.25 (decimal). */
function readDigits(text: string): number[] {
  const out = new Set<number>();
  const plain = text.replace(/[\s'’_]/g, '');
  // 1,234,567.89 / 1.234.567,89 / 1234.5 / 1234,5
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain)) out.add(Number(plain.replace(/,/g, '')));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(plain)) out.add(Number(plain.replace(/\./g, '').replace(',', '.')));
  if (/^\d+(\.\d+)?$/.test(plain)) out.add(Number(plain));
  if (/^\d+,\d{1,2}$/.test(plain)) out.add(Number(plain.replace(',', '.')));
  if (/^\d+,\d{3}$/.test(plain)) out.add(Number(plain.replace(',', '')));
  return [...out].filter((n) => Number.isFinite(n));
}

/**
 * the numbers a text mentions, normalised: digits with thousands separators of either convention
 * (both readings when "1.250" is ambiguous), decimals, currency symbols and codes around them,
 * "1.5k", percentages (as written and as a fraction), ranges ("72,000-88,000": both ends), number
 * words up to the thousands ("twenty-eight", "a dozen", "three hundred"), and the parts of times
 * and dates as plain numbers too (the schema decides which is meant).
 */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const add = (value: number, start: number, end: number) => {
    if (Number.isFinite(value)) out.push({ value, start, end });
  };
  const digits = /(?<![\p{L}\d])[-−]?\d[\d,.'’ ]*\d(?![\d])|(?<![\p{L}\d])[-−]?\d(?![\d])/gu;
  for (const match of text.matchAll(digits)) {
    let raw = match[0];
    let start = match.index;
    // a run of digit groups split by single spaces ("142 000") is one number only when each
    // group after the first has three digits; else each group is its own number
    const pieces = raw.trim().split(/ +/);
    if (pieces.length > 1 && !pieces.slice(1).every((piece) => /^\d{3}([.,]\d+)?$/.test(piece))) {
      let at = start;
      for (const piece of pieces) {
        const found = text.indexOf(piece, at);
        for (const value of readDigits(piece.replace(/^[-−]/, ''))) add(value, found, found + piece.length);
        at = found + piece.length;
      }
      continue;
    }
    raw = raw.replace(/[.,' ]+$/, '');
    const negative = /^[-−]/.test(raw) && (start === 0 || /[\s(:=]/.test(text[start - 1] ?? ''));
    if (/^[-−]/.test(raw)) {
      raw = raw.slice(1);
      if (!negative) start++;
    }
    const end = match.index + match[0].replace(/[.,' ]+$/, '').length;
    const after = text.slice(end, end + 3);
    const scale = /^(k|K|m|M|mn|bn)\b/.exec(after);
    for (let value of readDigits(raw)) {
      if (negative) value = -value;
      add(value, start, end);
      if (scale) add(value * SCALE[scale[1]!]!, start, end + scale[1]!.length);
      if (/^\s?%/.test(after)) add(Number((value / 100).toPrecision(12)), start, end);
    }
  }
  // number words: "twenty-eight", "three hundred and five", "a dozen", "no" (0), "twice" (2)
  const tokens = [...text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)?/g)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let i = 0; i < tokens.length; i++) {
    const { word, start } = tokens[i]!;
    if (word === 'a' || word === 'an') {
      const next = tokens[i + 1];
      if (
        next &&
        /^(dozen|couple|pair|hundred|thousand)$/.test(next.word) &&
        next.start - tokens[i]!.end === 1
      )
        add(SMALL[next.word]!, start, next.end);
      continue;
    }
    if (SPECIAL.has(word)) {
      add(SMALL[word]!, start, tokens[i]!.end);
      continue;
    }
    if (readWord(word) === undefined) continue;
    let total = 0;
    let current = 0;
    let end = tokens[i]!.end;
    let last = i;
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (j > i && token.start - tokens[j - 1]!.end > 1) break;
      // "and" only after hundred or thousand ("three hundred and five")
      if (j > i && token.word === 'and' && /^(hundred|thousand)$/.test(tokens[j - 1]!.word)) continue;
      const value = SPECIAL.has(token.word) ? undefined : readWord(token.word);
      if (value === undefined) break;
      // "twenty-eight fifty" is two numbers (28 and 50), "twenty eight" one
      if (value < 100 && current % 100 !== 0 && !(value < 10 && current % 10 === 0)) break;
      if (value === 100) current = (current || 1) * 100;
      else if (value === 1000) {
        total += (current || 1) * 1000;
        current = 0;
      } else current += value;
      end = token.end;
      last = j;
    }
    add(total + current, start, end);
    // the next compound starts after this one
    i = last;
  }
  return dedupe(out);
}

function readWord(word: string): number | undefined {
  if (word in SMALL) return SMALL[word];
  const [tens, unit] = word.split('-');
  if (tens && unit && TENS.has(tens) && UNITS.includes(unit)) return SMALL[tens]! + SMALL[unit]!;
  return undefined;
}

function dedupe(mentions: NumberMention[]): NumberMention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => {
    const key = `${mention.value}@${mention.start}-${mention.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
