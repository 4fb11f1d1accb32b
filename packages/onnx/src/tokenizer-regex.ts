/** what a group seen so far holds. */
interface Frame {
  /** a quantifier, `?` included. */
  quantifier: boolean;
  alternation: boolean;
  /** unbounded quantifiers in the current alternative. */
  unbounded: number;
}

/** a quantifier at `at`: its end and whether it repeats / is unbounded; undefined when there is none. */
function quantifierAt(
  pattern: string,
  at: number,
): { end: number; repeats: boolean; unbounded: boolean } | undefined {
  const c = pattern[at];
  let end: number;
  let max: number;
  if (c === '*' || c === '+') [end, max] = [at + 1, Number.POSITIVE_INFINITY];
  else if (c === '?') [end, max] = [at + 1, 1];
  else if (c === '{') {
    const bounds = /^\{(\d*)(,?)(\d*)\}/.exec(pattern.slice(at));
    if (!bounds || (bounds[1] === '' && bounds[3] === '')) return undefined;
    end = at + bounds[0].length;
    max = bounds[2] ? (bounds[3] ? Number(bounds[3]) : Number.POSITIVE_INFINITY) : Number(bounds[1]);
  } else return undefined;
  // lazy or possessive suffix
  if (pattern[end] === '?' || pattern[end] === '+') end++;
  return { end, repeats: max > 1, unbounded: max === Number.POSITIVE_INFINITY };
}

/** the index after a character class starting at `at` (`[`); the regex runs as a JS `u` regex, where classes do not nest. */
function classEnd(pattern: string, at: number): number {
  for (let i = at + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i + 1;
  }
  return pattern.length;
}

/** the index after an escape starting at `at` (`\`), or a description of a backreference. */
function escapeEnd(pattern: string, at: number): number | string {
  const c = pattern[at + 1];
  if (c !== undefined && /[1-9]/.test(c)) return `a backreference (\\${c})`;
  if (c === 'k' && pattern[at + 2] === '<') return 'a named backreference (\\k<...>)';
  if ((c === 'p' || c === 'P' || c === 'u' || c === 'x') && pattern[at + 2] === '{') {
    const close = pattern.indexOf('}', at + 3);
    return close < 0 ? pattern.length : close + 1;
  }
  return at + 2;
}

/** the index after a group's opening (`(`, `(?:`, `(?=`, `(?<!`, `(?<name>`, `(?i:`, `(?i)`). */
function groupBodyStart(pattern: string, at: number): number {
  if (pattern[at + 1] !== '?') return at + 1;
  const j = at + 2;
  const c = pattern[j];
  if (c === ':' || c === '=' || c === '!' || c === '>') return j + 1;
  if (c === '<') {
    if (pattern[j + 1] === '=' || pattern[j + 1] === '!') return j + 2;
    const close = pattern.indexOf('>', j);
    return close < 0 ? pattern.length : close + 1;
  }
  // inline flags: (?i:...) or (?i) (whose `)` closes the group at once)
  let k = j;
  while (k < pattern.length && /[a-zA-Z-]/.test(pattern[k]!)) k++;
  return pattern[k] === ':' ? k + 1 : k;
}

/**
 * why a tokenizer regex could backtrack catastrophically, or undefined. Conservative: a repeated
 * group that holds a quantifier or an alternation (`(a+)+`, `(a|ab)*`), a backreference,
 * or three unbounded quantifiers in one alternative (`\s*\s*\s*x`, polynomial). The pre-tokenizer
 * regexes of GPT-2, Llama 3, Qwen and o200k pass.
 */
export function backtrackingShape(pattern: string): string | undefined {
  const stack: Frame[] = [{ quantifier: false, alternation: false, unbounded: 0 }];
  const top = () => stack[stack.length - 1]!;
  const quantify = (at: number, group?: Frame): number | string => {
    const quantifier = quantifierAt(pattern, at);
    if (!quantifier) return at;
    if (group && quantifier.repeats && (group.quantifier || group.alternation))
      return `a repeated group holds ${group.quantifier ? 'a quantifier' : 'an alternation'}`;
    const frame = top();
    frame.quantifier = true;
    if (quantifier.unbounded && ++frame.unbounded >= 3)
      return 'three unbounded quantifiers in one alternative';
    return quantifier.end;
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    let next: number | string;
    if (c === '\\') {
      const end = escapeEnd(pattern, i);
      next = typeof end === 'string' ? end : quantify(end);
    } else if (c === '[') next = quantify(classEnd(pattern, i));
    else if (c === '(') {
      stack.push({ quantifier: false, alternation: false, unbounded: 0 });
      next = groupBodyStart(pattern, i);
    } else if (c === ')') {
      // an unbalanced `)` the regex engine refuses anyway: read as a character, and go on
      const group = stack.length > 1 ? stack.pop()! : undefined;
      if (group) {
        top().alternation ||= group.alternation;
        top().quantifier ||= group.quantifier;
      }
      next = quantify(i + 1, group);
    } else if (c === '|') {
      top().alternation = true;
      top().unbounded = 0;
      next = i + 1;
    } else next = quantify(i + 1);
    if (typeof next === 'string') return next;
    i = next;
  }
  return undefined;
}

/** the config sections of a tokenizer.json that may hold regexes run on the text. */
const SECTIONS = ['normalizer', 'pre_tokenizer', 'post_processor', 'decoder'] as const;
const MAX_DEPTH = 64;

/**
 * every `pattern: { Regex }` of a tokenizer.json's normalizer, pre-tokenizer, post-processor and
 * decoder, with where it is (`pre_tokenizer.pretokenizers[0].pattern.Regex`); `tooDeep` names
 * where a config nests past 64 levels (the walk stops there).
 */
export function tokenizerRegexes(json: Record<string, unknown>): {
  regexes: Array<{ where: string; regex: string }>;
  tooDeep?: string;
} {
  const regexes: Array<{ where: string; regex: string }> = [];
  let tooDeep: string | undefined;
  const walk = (value: unknown, where: string, depth: number): void => {
    if (typeof value !== 'object' || value === null || tooDeep !== undefined) return;
    if (depth > MAX_DEPTH) {
      tooDeep = where;
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, k) => {
        walk(item, `${where}[${k}]`, depth + 1);
      });
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (
        key === 'pattern' &&
        typeof item === 'object' &&
        item !== null &&
        typeof (item as { Regex?: unknown }).Regex === 'string'
      )
        regexes.push({ where: `${where}.pattern.Regex`, regex: (item as { Regex: string }).Regex });
      else walk(item, `${where}.${key}`, depth + 1);
    }
  };
  for (const section of SECTIONS) walk(json[section], section, 0);
  return tooDeep === undefined ? { regexes } : { regexes, tooDeep };
}
