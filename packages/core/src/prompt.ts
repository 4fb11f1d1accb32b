/** the header before a field guide in a prompt (see `formatPrompt`). */
export const FIELDS_HEADER = '\n\nfields:\n';

/**
 * a prompt written in a model's prompt format, `{prompt}` standing for it (split, not replaced:
 * a `$&` in the prompt stays as written). A format that also holds `{fields}` gets the field guide
 * there (`FIELDS_HEADER` then one line per described field, e.g. "- city: the city the customer
 * lives in"), or nothing when no field is described; a format without `{fields}` never shows one
 * (a model not trained with guides reads the message alone).
 */
export function formatPrompt(
  format: { promptFormat?: string | undefined },
  prompt: string,
  fields = '',
): string {
  const [before = '', after = ''] = (format.promptFormat ?? '{prompt}').split('{prompt}');
  const guide = fields ? FIELDS_HEADER + fields : '';
  const place = (part: string) => part.split('{fields}').join(guide);
  return place(before) + prompt + place(after);
}
