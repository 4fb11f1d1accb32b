import {
  BudgetError,
  buildCanvas,
  type Canvas,
  type DenoisingModel,
  type Layout,
  type Tokenizer,
} from '@unmask/core';

/** build the canvas, growing any slot whose budget cannot hold its shortest value for this tokenizer. */
export function buildSchemaCanvas(
  layout: Layout,
  tokenizer: Tokenizer,
  model: DenoisingModel,
  prompt: string | undefined,
): Canvas {
  let current = layout;
  for (let attempt = 0; ; attempt++) {
    try {
      return buildCanvas({ layout: current, tokenizer, model, ...(prompt !== undefined ? { prompt } : {}) });
    } catch (error) {
      if (!BudgetError.isInstance(error) || attempt > current.segments.length) throw error;
      const grown = error.shortestTokens + 2;
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
