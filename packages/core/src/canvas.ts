import { tokenAutomaton } from './constraint/cache';
import { type CompileLimits, defaultCompileLimits } from './constraint/compile';
import { type Constraint, exclude } from './constraint/constraint';
import { shortestTokenCount, type TokenAutomaton } from './constraint/lift';
import { BudgetError } from './errors/budget-error';
import { ConstraintError, type ConstraintErrorCode } from './errors/constraint-error';
import { UnmaskError } from './errors/unmask-error';
import type { Layout, SlotSpec } from './layout';
import type { Tokenizer } from './tokenizer';

export const FIXED = 0;
export const MASKED = 1;
export const COMMITTED = 2;

/** one slot placed on a canvas. */
export interface CanvasSlot {
  readonly spec: SlotSpec;
  /** first position of the slot in the canvas. */
  readonly start: number;
  readonly length: number;
  /** the constraint in force: the spec's, minus banned values. */
  readonly constraint: Constraint;
  readonly automaton: TokenAutomaton;
  /** slot texts that failed validation and may not be produced again. */
  readonly banned: readonly string[];
  /** an optional slot whose absence failed validation. */
  readonly banAbsent: boolean;
}

/** what the canvas needs to know of the model. */
export interface CanvasModelInfo {
  maskTokenId: number;
  padTokenId: number;
  maxLength: number;
}

/** the token-level state of one generation. Arrays are owned by the canvas; the sampler works on a copy. */
export interface Canvas {
  readonly ids: Int32Array;
  /** FIXED, MASKED or COMMITTED per position. */
  readonly status: Uint8Array;
  /** slot index of each position, -1 outside slots. */
  readonly slotOf: Int32Array;
  /** confidence at commit time (NaN for fixed and masked positions). */
  readonly confidence: Float32Array;
  readonly promptLength: number;
  readonly slots: readonly CanvasSlot[];
  readonly layout: Layout;
  readonly tokenizer: Tokenizer;
  readonly model: CanvasModelInfo;
  readonly limits: CompileLimits;
}

export interface BuildCanvasOptions {
  layout: Layout;
  tokenizer: Tokenizer;
  model: CanvasModelInfo;
  /** text before the canvas (already formatted for the model), or its token ids. */
  prompt?: string | readonly number[];
  limits?: CompileLimits;
}

function placeSlot(
  spec: SlotSpec,
  start: number,
  constraint: Constraint,
  banned: readonly string[],
  banAbsent: boolean,
  tokenizer: Tokenizer,
  model: CanvasModelInfo,
  limits: CompileLimits,
): CanvasSlot {
  if (!Number.isInteger(spec.maxTokens) || spec.maxTokens < 1) {
    throw new UnmaskError({
      code: 'invalid-layout',
      message: `slot "${spec.path}": maxTokens must be a positive integer, got ${spec.maxTokens}`,
    });
  }
  const minTokens = spec.minTokens ?? 0;
  if (!Number.isInteger(minTokens) || minTokens < 0 || minTokens > spec.maxTokens) {
    throw new UnmaskError({
      code: 'invalid-layout',
      message: `slot "${spec.path}": minTokens ${spec.minTokens} must be an integer between 0 and maxTokens (${spec.maxTokens})`,
    });
  }
  if (spec.minBytes !== undefined && !(spec.minBytes >= 0)) {
    throw new UnmaskError({
      code: 'invalid-layout',
      message: `slot "${spec.path}": minBytes must be a number of bytes, 0 or more, got ${spec.minBytes}`,
    });
  }
  let automaton: TokenAutomaton;
  try {
    automaton = tokenAutomaton(constraint, tokenizer, model.padTokenId, limits);
  } catch (error) {
    // name the slot: the schema compiler checks languages without building their automata
    if (!ConstraintError.isInstance(error) || error.path !== undefined) throw error;
    throw new ConstraintError({
      code: error.code as ConstraintErrorCode,
      construct: error.construct,
      path: spec.path,
      message: `slot "${spec.path}": ${error.message}`,
      cause: error,
    });
  }
  // a length left to validation (minBytes) takes this many tokens at the least, each the longest
  const shortest = Math.max(
    shortestTokenCount(automaton),
    spec.minBytes ? Math.ceil(spec.minBytes / longestTokenBytes(tokenizer)) : 0,
  );
  if (shortest > spec.maxTokens)
    throw new BudgetError({ path: spec.path, maxTokens: spec.maxTokens, shortestTokens: shortest });
  return { spec, start, length: spec.maxTokens, constraint, automaton, banned, banAbsent };
}

/** turn a layout into a canvas: prompt, fixed text tokenized segment by segment, slots masked. */
export function buildCanvas({
  layout,
  tokenizer,
  model,
  prompt,
  limits = defaultCompileLimits,
}: BuildCanvasOptions): Canvas {
  if (
    prompt !== undefined &&
    typeof prompt !== 'string' &&
    !(
      Array.isArray(prompt) &&
      prompt.every((id) => Number.isInteger(id) && id >= 0 && id < tokenizer.vocabSize)
    )
  )
    throw new UnmaskError({
      code: 'invalid-argument',
      message: 'prompt must be a string or an array of token ids within the vocabulary',
    });
  // a prompt whose bytes cannot fit even in the longest tokens is refused before it is tokenized
  if (typeof prompt === 'string') checkPromptFits(prompt, model, tokenizer);
  const promptIds =
    prompt === undefined ? [] : typeof prompt === 'string' ? tokenizer.encode(prompt) : [...prompt];
  const pieces: Array<{ ids: number[] } | { spec: SlotSpec }> = [];
  let canvasTokens = 0;
  for (const segment of layout.segments) {
    if (segment.kind === 'fixed') {
      if (segment.text.length === 0) continue;
      const ids = tokenizer.encode(segment.text);
      pieces.push({ ids });
      canvasTokens += ids.length;
    } else {
      pieces.push({ spec: segment });
      canvasTokens += segment.maxTokens;
    }
    // a layout far past the limit stops here (its fixed text is not all encoded)
    if (canvasTokens > 4 * model.maxLength) break;
  }
  const total = promptIds.length + canvasTokens;
  if (total > model.maxLength)
    throw new UnmaskError({
      code: 'canvas-too-long',
      message: `the canvas needs ${canvasTokens > 4 * model.maxLength ? 'more than ' : ''}${total} tokens, ${total - model.maxLength} over the model's maximum of ${model.maxLength} (prompt ${promptIds.length}, structure and slots ${canvasTokens}); shorten the prompt, lower the budgets (stringTokens, maxLength, fewer array items) or use a model with a longer context`,
    });
  const ids = new Int32Array(total);
  const status = new Uint8Array(total);
  const slotOf = new Int32Array(total).fill(-1);
  const confidence = new Float32Array(total).fill(Number.NaN);
  ids.set(promptIds);
  let at = promptIds.length;
  const slots: CanvasSlot[] = [];
  for (const piece of pieces) {
    if ('ids' in piece) {
      ids.set(piece.ids, at);
      at += piece.ids.length;
      continue;
    }
    const placed = placeSlot(piece.spec, at, piece.spec.constraint, [], false, tokenizer, model, limits);
    ids.fill(model.maskTokenId, at, at + placed.length);
    status.fill(MASKED, at, at + placed.length);
    slotOf.fill(slots.length, at, at + placed.length);
    slots.push(placed);
    at += placed.length;
  }
  return {
    ids,
    status,
    slotOf,
    confidence,
    promptLength: promptIds.length,
    slots,
    layout,
    tokenizer,
    model,
    limits,
  };
}

/** a deep copy whose arrays can be written. */
export function cloneCanvas(canvas: Canvas): Canvas {
  return {
    ...canvas,
    ids: canvas.ids.slice(),
    status: canvas.status.slice(),
    slotOf: canvas.slotOf.slice(),
    confidence: canvas.confidence.slice(),
    slots: [...canvas.slots],
  };
}

const decoder = new TextDecoder('utf-8', { fatal: false });

const longestToken = new WeakMap<Tokenizer, number>();

/** the most bytes one token of the tokenizer stands for (worked out once per tokenizer). */
function longestTokenBytes(tokenizer: Tokenizer): number {
  let longest = longestToken.get(tokenizer);
  if (longest === undefined) {
    longest = 1;
    for (let id = 0; id < tokenizer.vocabSize; id++)
      longest = Math.max(longest, tokenizer.tokenBytes(id)?.length ?? 0);
    longestToken.set(tokenizer, longest);
  }
  return longest;
}

/**
 * refuse at once a prompt that cannot fit the model however it is tokenized (its UTF-8 bytes over
 * the maximum length times the longest token): a 10 MB prompt is not tokenized to learn that.
 */
export function checkPromptFits(prompt: string, model: { maxLength: number }, tokenizer: Tokenizer): void {
  const bound = model.maxLength * longestTokenBytes(tokenizer);
  // characters are at least one byte each: the length alone often settles it
  if (prompt.length <= bound / 4) return;
  const bytes = Buffer.byteLength(prompt, 'utf8');
  if (bytes > bound)
    throw new UnmaskError({
      code: 'canvas-too-long',
      message: `the prompt is ${bytes} bytes: at least ${Math.ceil(bytes / longestTokenBytes(tokenizer))} tokens, over the model's maximum of ${model.maxLength} on its own; shorten it`,
    });
}

/** the text of slot k from its committed tokens (pads and masks left out). */
export function slotText(canvas: Canvas, k: number): string {
  const slot = canvas.slots[k]!;
  const bytes: number[] = [];
  for (let p = slot.start; p < slot.start + slot.length; p++) {
    if (canvas.status[p] !== COMMITTED || canvas.ids[p] === canvas.model.padTokenId) continue;
    const tokenBytes = canvas.tokenizer.tokenBytes(canvas.ids[p]!);
    if (tokenBytes) for (const byte of tokenBytes) bytes.push(byte);
  }
  return decoder.decode(Uint8Array.from(bytes));
}

/** whether slot k is optional and filled entirely with pad. */
export function slotIsAbsent(canvas: Canvas, k: number): boolean {
  const slot = canvas.slots[k]!;
  if (!slot.spec.optional) return false;
  for (let p = slot.start; p < slot.start + slot.length; p++) {
    if (canvas.status[p] !== COMMITTED || canvas.ids[p] !== canvas.model.padTokenId) return false;
  }
  return true;
}

/** the number of masked positions left. */
export function maskedCount(canvas: Canvas): number {
  let count = 0;
  for (let p = 0; p < canvas.status.length; p++) if (canvas.status[p] === MASKED) count++;
  return count;
}

export interface CanvasTextOptions {
  /** shown for each masked position. */
  mask?: string;
  /** include the prompt region. */
  prompt?: boolean;
}

/** the canvas as text, masks shown, pads left out. */
export function canvasText(canvas: Canvas, { mask = '░', prompt = false }: CanvasTextOptions = {}): string {
  let text = '';
  let run: number[] = [];
  const flush = () => {
    if (run.length) text += canvas.tokenizer.decode(run);
    run = [];
  };
  const from = prompt ? 0 : canvas.promptLength;
  for (let p = from; p < canvas.ids.length; p++) {
    const k = canvas.slotOf[p]!;
    if (k < 0) {
      run.push(canvas.ids[p]!);
      continue;
    }
    const slot = canvas.slots[k]!;
    if (p !== slot.start) continue;
    flush();
    let masks = 0;
    for (let q = slot.start; q < slot.start + slot.length; q++) if (canvas.status[q] === MASKED) masks++;
    text += masks === 0 ? slotText(canvas, k) : partialSlot(canvas, k, mask);
  }
  flush();
  return text;
}

function partialSlot(canvas: Canvas, k: number, mask: string): string {
  const slot = canvas.slots[k]!;
  let text = '';
  for (let p = slot.start; p < slot.start + slot.length; p++) {
    if (canvas.status[p] === MASKED) text += mask;
    else if (canvas.ids[p] !== canvas.model.padTokenId)
      text += decoder.decode(canvas.tokenizer.tokenBytes(canvas.ids[p]!) ?? new Uint8Array());
  }
  return text;
}

export interface RenoiseTarget {
  /** slot index. */
  slot: number;
  /** remember the slot's current text (or its absence) as failed, so it is not produced again (default true). */
  ban?: boolean;
}

/**
 * mask chosen slots (or positions) of a canvas again, banning what failed there, so that
 * sampling can resume. Returns a new canvas; the input is not changed.
 */
export function renoise(
  canvas: Canvas,
  { slots = [], positions = [] }: { slots?: readonly RenoiseTarget[]; positions?: readonly number[] },
): Canvas {
  const next = cloneCanvas(canvas);
  const mutableSlots = next.slots as CanvasSlot[];
  for (const target of slots) {
    const slot = canvas.slots[target.slot];
    if (!slot)
      throw new UnmaskError({
        code: 'invalid-argument',
        message: `renoise: no slot ${target.slot} on this canvas`,
      });
    let { banned, banAbsent } = slot;
    if (target.ban !== false) {
      if (slotIsAbsent(canvas, target.slot)) banAbsent = true;
      else {
        const text = slotText(canvas, target.slot);
        if (!banned.includes(text)) banned = [...banned, text];
      }
    }
    const constraint = banned.length ? exclude(slot.spec.constraint, banned) : slot.spec.constraint;
    try {
      mutableSlots[target.slot] = placeSlot(
        slot.spec,
        slot.start,
        constraint,
        banned,
        banAbsent,
        canvas.tokenizer,
        canvas.model,
        canvas.limits,
      );
    } catch (error) {
      // every text of an optional slot is banned: absence is what remains
      if (
        !(
          slot.spec.optional &&
          !banAbsent &&
          ConstraintError.isInstance(error) &&
          error.code === 'empty-language'
        )
      )
        throw error;
      mutableSlots[target.slot] = { ...slot, banned, banAbsent };
      for (let p = slot.start; p < slot.start + slot.length; p++) {
        (next.ids as Int32Array)[p] = canvas.model.padTokenId;
        (next.status as Uint8Array)[p] = COMMITTED;
        (next.confidence as Float32Array)[p] = 1;
      }
      continue;
    }
    for (let p = slot.start; p < slot.start + slot.length; p++) maskPosition(next, p);
  }
  for (const p of positions) {
    if (canvas.slotOf[p] === undefined || canvas.slotOf[p]! < 0) {
      throw new UnmaskError({
        code: 'invalid-argument',
        message: `renoise: position ${p} is not inside a slot`,
      });
    }
    maskPosition(next, p);
  }
  return next;
}

function maskPosition(canvas: Canvas, p: number) {
  (canvas.ids as Int32Array)[p] = canvas.model.maskTokenId;
  (canvas.status as Uint8Array)[p] = MASKED;
  (canvas.confidence as Float32Array)[p] = Number.NaN;
}

/**
 * a copy of the canvas with the given texts committed in its slots (undefined = absent, for
 * optional slots), padded to each budget. Returns undefined when a text is not accepted by
 * its slot or needs more tokens than the budget. Used to build training canvases and to
 * check that a value is representable.
 */
export function writeSlotTexts(canvas: Canvas, texts: ReadonlyArray<string | undefined>): Canvas | undefined {
  if (texts.length !== canvas.slots.length) {
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `writeSlotTexts: ${texts.length} texts for ${canvas.slots.length} slots`,
    });
  }
  const next = cloneCanvas(canvas);
  const ids = next.ids as Int32Array;
  const status = next.status as Uint8Array;
  const confidence = next.confidence as Float32Array;
  for (let k = 0; k < texts.length; k++) {
    const slot = canvas.slots[k]!;
    const text = texts[k];
    let tokens: number[];
    if (text === undefined) {
      if (!slot.spec.optional) return undefined;
      tokens = [];
    } else {
      tokens = canvas.tokenizer.encode(text);
      if (tokens.length === 0 && slot.spec.optional) return undefined; // empty would read as absent
    }
    if (tokens.length > slot.length || (text !== undefined && tokens.length < (slot.spec.minTokens ?? 0)))
      return undefined;
    let state = slot.automaton.start;
    for (const token of tokens) {
      state = stepToken(slot, state, token);
      if (state < 0) return undefined;
    }
    if (text !== undefined && slot.automaton.dfa.accepting[state] !== 1) return undefined;
    for (let i = 0; i < slot.length; i++) {
      ids[slot.start + i] = tokens[i] ?? canvas.model.padTokenId;
      status[slot.start + i] = COMMITTED;
      confidence[slot.start + i] = 1;
    }
  }
  return next;
}

function stepToken(slot: CanvasSlot, state: number, token: number): number {
  const a = slot.automaton;
  for (let g = a.groupStart[state]!; g < a.groupStart[state + 1]!; g++) {
    for (let k = a.tokenStart[g]!; k < a.tokenStart[g + 1]!; k++)
      if (a.tokens[k] === token) return a.groupTarget[g]!;
  }
  return -1;
}
