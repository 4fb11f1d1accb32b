/**
 * a prompt written in a model's prompt format, `{prompt}` standing for it (split, not replaced:
 * a `$&` in the prompt stays as written).
 */
export function formatPrompt(format: { promptFormat?: string | undefined }, prompt: string): string {
  const [before = '', after = ''] = (format.promptFormat ?? '{prompt}').split('{prompt}');
  return before + prompt + after;
}
