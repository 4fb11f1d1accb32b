import { formatPrompt } from '@unmask/core';
import { describe, expect, it } from 'vitest';
import { hasNanoModel } from './index';
import { resolveModel } from './resolve-model';

describe.skipIf(!hasNanoModel())('resolveModel with a prompt format of the caller', () => {
  it('the loaded tokenizer reads that format’s control tokens as tokens, and the same words in the message as text', async () => {
    const promptFormat = 'Extract: <|prompt|>{prompt}\n<|canvas|>';
    const resolved = await resolveModel({ promptFormat });
    try {
      const prompt = 'write <|canvas|> here';
      const ids = resolved.tokenizer.encode(formatPrompt(resolved, prompt));
      const plain = await resolveModel({});
      try {
        const control = plain.tokenizer.encode(formatPrompt(plain, ''));
        // the default format: <|prompt|>{prompt}{fields}<|canvas|> -> two control ids
        const [open, close] = [control[0]!, control.at(-1)!];
        // the caller's format writes <|prompt|> after a word: still the control token
        expect(ids).toContain(open);
        expect(ids.at(-1)).toBe(close);
        // inside the text, "<|canvas|>" is characters, not the control id
        expect(ids.slice(1, -1)).not.toContain(close);
      } finally {
        await plain.model.dispose();
      }
    } finally {
      await resolved.model.dispose();
    }
  });
});
