import {
  buildCanvas,
  type Canvas,
  type CompileLimits,
  checkPromptFits,
  type DenoisingModel,
  type FillStats,
  type Frame,
  fillCanvas,
  type Issue,
  type SampleOptions,
  type SlotSpec,
  type Tokenizer,
  UnmaskError,
} from '@unmask/core';
import {
  type CompiledTemplate,
  type CompileTemplateOptions,
  compileTemplate,
  type RenderedTemplate,
} from './compile-template';
import { keyMatches, type SlotValue } from './slot-schema';
import { checkFillOptions } from './template-options';

/** a check of one slot's value after filling; returns a message when the value fails. */
export type TemplateSlotValidator = (value: SlotValue, text: string) => string | undefined;

/** a failure of the whole result, naming the slot to fill again (none: every slot). */
export interface TemplateIssue {
  slot?: string;
  message: string;
  code?: string;
}

export interface FillTemplateOptions extends CompileTemplateOptions, SampleOptions {
  model: DenoisingModel;
  tokenizer: Tokenizer;
  /** text before the canvas (already formatted for the model). */
  prompt?: string;
  /** checks per slot name; a key may use `*` for one segment (`items.*.note`). */
  validators?: Readonly<Record<string, TemplateSlotValidator>>;
  /** checks over the whole result (e.g. one slot must mention another's value). */
  validate?: (
    result: RenderedTemplate,
  ) => readonly TemplateIssue[] | undefined | Promise<readonly TemplateIssue[] | undefined>;
  /** re-noise rounds allowed after the first fill (default 3); past it, a RenoiseExhaustedError. */
  maxRenoiseRounds?: number;
  /** bounds of the slot automata. */
  compileLimits?: CompileLimits;
  /**
   * grounded extraction (default on when there is a prompt): every slot is found in the prompt or,
   * for `choice`, chosen (see `CompileTemplateOptions.ground`); `false` lets the model write its own.
   */
  grounded?: boolean;
  /** the day relative dates in the prompt count from, `YYYY-MM-DD` (default today). */
  referenceDate?: string;
  onFrame?: (frame: Frame & { round: number }) => void;
}

/** the filled template: its text, the slot values by name, and the sampler's counters. */
export interface TemplateFillResult<T = Record<string, SlotValue>> extends RenderedTemplate<T> {
  stats: FillStats;
  canvas: Canvas;
  template: CompiledTemplate;
}

const samplingKeys = [
  'threshold',
  'tokensPerStep',
  'steps',
  'order',
  'confidence',
  'temperature',
  'seed',
  'signal',
  'maxSteps',
] as const satisfies ReadonlyArray<keyof SampleOptions>;

/** attach the user's per-slot validators to the layout's slots. */
function withValidators(
  compiled: CompiledTemplate,
  validators: Readonly<Record<string, TemplateSlotValidator>> | undefined,
): CompiledTemplate['layout'] {
  if (!validators) return compiled.layout;
  const keys = Object.keys(validators);
  for (const key of keys) {
    if (!key.includes('*') && !compiled.slotIndex.has(key))
      throw new UnmaskError({ code: 'invalid-argument', message: `validator for unknown slot "${key}"` });
  }
  let k = 0;
  const segments = compiled.layout.segments.map((segment) => {
    if (segment.kind === 'fixed') return segment;
    const index = k++;
    const name = compiled.slots[index]!.name;
    const own = keys.filter((key) => keyMatches(key, name)).map((key) => validators[key]!);
    if (own.length === 0) return segment;
    const added = own.map((validator) => (text: string) => validator(compiled.convert(index, text), text));
    return { ...segment, validators: [...(segment.validators ?? []), ...added] } satisfies SlotSpec;
  });
  return { segments };
}

/**
 * fill a template's slots with a model, all at once: compile it against the data, build the
 * canvas, sample, validate (per slot and over the result) and re-noise what fails.
 */
export async function fillTemplate<T = Record<string, SlotValue>>(
  options: FillTemplateOptions,
): Promise<TemplateFillResult<T>> {
  const { model, tokenizer, prompt, validators, validate, maxRenoiseRounds, compileLimits, onFrame } =
    options;
  checkFillOptions(options);
  // a prompt that cannot fit is refused before anything reads it
  if (typeof prompt === 'string') checkPromptFits(prompt, model, tokenizer);
  // slots copy from the prompt unless told another text
  const verbatimFrom = options.verbatimFrom ?? prompt;
  // grounded by default whenever there is a prompt (values found in it, or chosen)
  const ground =
    options.ground ??
    (verbatimFrom !== undefined && options.grounded !== false
      ? { text: verbatimFrom, ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) }
      : undefined);
  const compiled = compileTemplate({
    ...options,
    ...(verbatimFrom !== undefined ? { verbatimFrom } : {}),
    ...(ground ? { ground } : {}),
  });
  const layout = withValidators(compiled, validators);
  const canvas = buildCanvas({
    layout,
    tokenizer,
    model,
    ...(prompt !== undefined ? { prompt } : {}),
    ...(compileLimits ? { limits: compileLimits } : {}),
  });
  const check = validate
    ? async (filled: Canvas): Promise<Issue[]> => {
        const issues = (await validate(compiled.render(filled))) ?? [];
        return issues.map((issue) => {
          if (issue.slot === undefined)
            return { code: issue.code ?? 'validate', path: '', message: issue.message };
          const slot = compiled.slotIndex.get(issue.slot);
          if (slot === undefined)
            throw new UnmaskError({
              code: 'invalid-argument',
              message: `validate: an issue names unknown slot "${issue.slot}"`,
            });
          return { code: issue.code ?? 'validate', path: issue.slot, slot, message: issue.message };
        });
      }
    : undefined;
  // only the options given: core spreads them over its defaults, so an undefined would win
  const sampling: SampleOptions = {};
  for (const key of samplingKeys)
    if (options[key] !== undefined) Object.assign(sampling, { [key]: options[key] });
  const { canvas: filled, stats } = await fillCanvas({
    ...sampling,
    model,
    canvas,
    ...(check ? { validate: check } : {}),
    ...(maxRenoiseRounds !== undefined ? { maxRenoiseRounds } : {}),
    ...(onFrame ? { onFrame } : {}),
  });
  const rendered = compiled.render(filled);
  return { text: rendered.text, slots: rendered.slots as T, stats, canvas: filled, template: compiled };
}
