// shared by the tests of this package; not exported from the index
import { buildCanvas, type Constraint, compileConstraint, dfaAccepts } from '@unmask/core';
import { ByteTokenizer, favouring, ScriptedModel } from '@unmask/core/test';
import { type CompileTemplateOptions, compileTemplate } from './compile-template';

export const tokenizer = new ByteTokenizer();
export const maskTokenId = tokenizer.special('<mask>');
export const padTokenId = tokenizer.special('<pad>');
export const vocabSize = tokenizer.vocabSize;
export const modelInfo = { maskTokenId, padTokenId, maxLength: 4096 };

/** whether a constraint accepts a text. */
export const accepts = (constraint: Constraint, text: string): boolean =>
  dfaAccepts(compileConstraint(constraint), text);

/**
 * a scripted model that writes, in each slot, the text `answer(name)` gives at the time of
 * the call (so a test can change its answers between re-noise rounds).
 */
export function answeringModel(
  options: CompileTemplateOptions & { prompt?: string },
  answer: (name: string) => string,
): ScriptedModel {
  const compiled = compileTemplate(options);
  const canvas = buildCanvas({
    layout: compiled.layout,
    tokenizer,
    model: modelInfo,
    ...(options.prompt !== undefined ? { prompt: options.prompt } : {}),
  });
  const owner = new Int32Array(canvas.ids.length).fill(-1);
  canvas.slots.forEach((slot, k) => {
    owner.fill(k, slot.start, slot.start + slot.length);
  });
  return new ScriptedModel({
    vocabSize,
    maskTokenId,
    padTokenId,
    logits: favouring(vocabSize, (_, position) => {
      const k = owner[position] ?? -1;
      if (k < 0) return -1;
      const slot = canvas.slots[k]!;
      const ids = tokenizer.encode(answer(compiled.slots[k]!.name));
      return ids[position - slot.start] ?? padTokenId;
    }),
  });
}
