import {
  BudgetError,
  buildCanvas,
  type Canvas,
  type Constraint,
  type DenoisingModel,
  type Layout,
  type Tokenizer,
} from '@unmask/core';
import { prefixBudget } from './compile';

/** most texts a finite slot language is enumerated to (beyond, only its prefix is checked). */
const ENUMERATE_LIMIT = 256;

/** the texts of a finite language built of literals, sequences and unions, or undefined. */
function enumerate(constraint: Constraint): string[] | undefined {
  switch (constraint.kind) {
    case 'literals':
      return constraint.values.length <= ENUMERATE_LIMIT ? [...constraint.values] : undefined;
    case 'union': {
      const out: string[] = [];
      for (const part of constraint.parts) {
        const texts = enumerate(part);
        if (!texts || out.length + texts.length > ENUMERATE_LIMIT) return undefined;
        out.push(...texts);
      }
      return out;
    }
    case 'sequence': {
      let out = [''];
      for (const part of constraint.parts) {
        const texts = enumerate(part);
        if (!texts || out.length * texts.length > ENUMERATE_LIMIT) return undefined;
        out = out.flatMap((head) => texts.map((tail) => head + tail));
      }
      return out;
    }
    default:
      return undefined;
  }
}

/**
 * the budget a slot needs for this tokenizer: a finite language (enum, const, an optional
 * property's key with an enum value) holds its longest text; a literal prefix (an optional
 * property's key) holds its tokens. The compiler budgets by bytes, about 2 bytes a token for a
 * prefix, which a tokenizer with few merges exceeds: without this its longer values could never
 * be written.
 */
function neededTokens(constraint: Constraint, maxTokens: number, tokenizer: Tokenizer): number {
  const texts = enumerate(constraint);
  if (texts) return Math.max(maxTokens, ...texts.map((text) => tokenizer.encode(text).length));
  if (constraint.kind === 'sequence') {
    const head = enumerate(constraint.parts[0]!);
    if (head?.length === 1 && head[0]) {
      const extra = tokenizer.encode(head[0]).length - prefixBudget(head[0]);
      if (extra > 0) return maxTokens + extra;
    }
  }
  return maxTokens;
}

const needed = new WeakMap<Layout, WeakMap<Tokenizer, Layout>>();

/** the layout with each slot's budget grown to what this tokenizer needs (the same object when none grows). */
function fitLayout(layout: Layout, tokenizer: Tokenizer): Layout {
  let byTokenizer = needed.get(layout);
  const known = byTokenizer?.get(tokenizer);
  if (known) return known;
  let grown = false;
  const segments = layout.segments.map((segment) => {
    if (segment.kind !== 'slot') return segment;
    const need = neededTokens(segment.constraint, segment.maxTokens, tokenizer);
    if (need <= segment.maxTokens) return segment;
    grown = true;
    return { ...segment, maxTokens: need };
  });
  const fitted = grown ? { ...layout, segments } : layout;
  if (!byTokenizer) needed.set(layout, (byTokenizer = new WeakMap()));
  byTokenizer.set(tokenizer, fitted);
  return fitted;
}

/**
 * build the canvas: every slot's budget fitted to this tokenizer (see neededTokens), and any slot
 * whose budget still cannot hold its shortest value grown to it, unless the model cannot hold that.
 */
export function buildSchemaCanvas(
  layout: Layout,
  tokenizer: Tokenizer,
  model: DenoisingModel,
  prompt: string | undefined,
): Canvas {
  let current = fitLayout(layout, tokenizer);
  for (let attempt = 0; ; attempt++) {
    try {
      return buildCanvas({ layout: current, tokenizer, model, ...(prompt !== undefined ? { prompt } : {}) });
    } catch (error) {
      if (!BudgetError.isInstance(error) || attempt > current.segments.length) throw error;
      const grown = error.shortestTokens + 2;
      // a slot past the model's whole length is not grown: its budget error says why
      if (grown > model.maxLength) throw error;
      current = {
        segments: current.segments.map((segment) =>
          segment.kind === 'slot' && segment.path === error.path && segment.maxTokens < grown
            ? { ...segment, maxTokens: grown }
            : segment,
        ),
      };
    }
  }
}
