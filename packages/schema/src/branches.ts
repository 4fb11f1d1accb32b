import { AbortedError, type Canvas, type DenoisingModel, type Issue, type Tokenizer } from '@unmask/core';
import { compileJsonSchema } from './compile';
import { buildSchemaCanvas } from './schema-canvas';
import type { CompiledSchema, JsonSchema, SchemaCompileOptions, UnionReport } from './types';

/** how a union of composite branches (anyOf/oneOf of objects or arrays) was decided. */
export interface BranchChoice {
  /** JSON pointer of the schema that carries the anyOf/oneOf. */
  pointer: string;
  keyword: 'anyOf' | 'oneOf';
  /** indices (into the keyword's list) of the branches that compile. */
  candidates: number[];
  /** the branch offered. */
  chosen: number;
  /** the model's confidence in each candidate's canvas (same order as candidates); absent when not scored. */
  scores?: Array<number | undefined>;
}

export interface ChooseBranchesOptions {
  jsonSchema: JsonSchema;
  compiled: CompiledSchema;
  compile?: SchemaCompileOptions;
  validate: (value: unknown) => Issue[];
  tokenizer: Tokenizer;
  model: DenoisingModel;
  prompt: string | undefined;
  /** canvases scored in the one forward pass (the first compile's included). Default 16. */
  maxVariants?: number;
  /** 'first': no scoring, every union keeps its first branch that compiles. Default 'model'. */
  selection?: 'model' | 'first';
  /** scoring passes: a choice may reveal unions nested in the chosen branch, decided by the next pass. Default 3. */
  maxPasses?: number;
  signal?: AbortSignal;
}

export interface ChosenBranches {
  compiled: CompiledSchema;
  canvas: Canvas;
  choices: BranchChoice[];
  /** forward passes spent choosing (one per level of nested unions decided, at most maxPasses). */
  nfe: number;
}

/** a union as reported, as a choice (not scored). */
const plain = (u: UnionReport): BranchChoice => ({ ...u, candidates: [...u.candidates] });

/**
 * choose the branch of each union of composite branches by the model: every union's alternative is
 * compiled (the others left at their first branch), all these canvases are scored in one batched
 * forward pass with every slot masked, and each union takes the branch whose canvas the model is
 * most confident about filling — the mean over its slots of the mean over the slot's positions of
 * the best token's log-probability. A union nested in a branch that a pass chose (so that the
 * first compile did not offer it) is decided by the next pass, up to maxPasses. Unions of scalars
 * never come here: they are one slot whose language is the union.
 */
export async function chooseBranches(options: ChooseBranchesOptions): Promise<ChosenBranches> {
  const { tokenizer, model, prompt } = options;
  let compiled = options.compiled;
  let canvas = buildSchemaCanvas(compiled.layout, tokenizer, model, prompt);
  // a union the caller fixed in compile.branches is not scored
  const fixed = options.compile?.branches ?? {};
  const scored = new Map<string, BranchChoice>();
  const branches: Record<string, number> = { ...options.compile?.branches };
  const maxPasses = Math.max(1, options.maxPasses ?? 3);
  let nfe = 0;
  const report = () =>
    (compiled.report.unions ?? []).map((u) => {
      const choice = scored.get(u.pointer);
      return choice ? { ...choice, chosen: u.chosen } : plain(u);
    });
  if (options.selection === 'first') return { compiled, canvas, choices: report(), nfe };
  // one pass per level: a choice may reveal unions nested in the branch chosen (decided next pass)
  for (let pass = 0; pass < maxPasses; pass++) {
    const unions = (compiled.report.unions ?? []).filter(
      (u) => u.candidates.length > 1 && !Object.hasOwn(fixed, u.pointer) && !scored.has(u.pointer),
    );
    if (unions.length === 0) break;
    const choice = await choosePass(options, canvas, unions, branches);
    nfe++;
    for (const c of choice.choices) scored.set(c.pointer, c);
    if (!choice.changed) break;
    for (const c of choice.choices) branches[c.pointer] = c.chosen;
    compiled = compileJsonSchema(options.jsonSchema, { ...options.compile, branches }, options.validate);
    canvas = buildSchemaCanvas(compiled.layout, tokenizer, model, prompt);
  }
  // a choice the combined compile could not keep (nested unions) is reported as offered
  return { compiled, canvas, choices: report(), nfe };
}

/** one scoring pass over the alternatives of the given unions (the others as `branches` has them). */
async function choosePass(
  options: ChooseBranchesOptions,
  baseCanvas: Canvas,
  unions: UnionReport[],
  branches: Record<string, number>,
): Promise<{ choices: BranchChoice[]; changed: boolean }> {
  const { tokenizer, model, prompt } = options;
  const maxVariants = Math.max(1, options.maxVariants ?? 16);
  interface Variant {
    union: number;
    branch: number;
    canvas: Canvas;
  }
  const variants: Variant[] = [];
  for (const [k, u] of unions.entries()) {
    for (const branch of u.candidates) {
      if (branch === u.chosen || variants.length + 1 >= maxVariants) continue;
      try {
        const alt = compileJsonSchema(
          options.jsonSchema,
          { ...options.compile, branches: { ...branches, [u.pointer]: branch } },
          options.validate,
        );
        // the branch asked for is the one offered (a nested choice may have moved it)
        if (alt.report.unions?.find((v) => v.pointer === u.pointer)?.chosen !== branch) continue;
        const canvas = buildSchemaCanvas(alt.layout, tokenizer, model, prompt);
        variants.push({ union: k, branch, canvas });
      } catch {
        // a branch whose canvas cannot be built for this tokenizer/model is not a candidate
      }
    }
  }
  const canvases = [baseCanvas, ...variants.map((v) => v.canvas)];
  const scores = await scoreCanvases(canvases, model, options.signal);
  const choices: BranchChoice[] = [];
  let changed = false;
  for (const [k, u] of unions.entries()) {
    const byBranch = new Map<number, number>([[u.chosen, scores[0]!]]);
    for (const [j, v] of variants.entries()) if (v.union === k) byBranch.set(v.branch, scores[j + 1]!);
    let best = u.chosen;
    for (const [branch, score] of byBranch) if (score > byBranch.get(best)!) best = branch;
    if (best !== u.chosen) changed = true;
    choices.push({ ...plain(u), chosen: best, scores: u.candidates.map((c) => byBranch.get(c)) });
  }
  return { choices, changed };
}

/** per canvas: mean over slots of the mean over the slot's (masked) positions of max log-softmax. */
async function scoreCanvases(canvases: Canvas[], model: DenoisingModel, signal?: AbortSignal) {
  const batch = canvases.length;
  const length = Math.max(...canvases.map((c) => c.ids.length));
  const ids = new Int32Array(batch * length).fill(model.padTokenId);
  const attentionMask = new Uint8Array(batch * length);
  for (const [b, canvas] of canvases.entries()) {
    ids.set(canvas.ids, b * length);
    attentionMask.fill(1, b * length, b * length + canvas.ids.length);
  }
  // aborted before or during the pass: core's AbortedError, not the model's (a DOMException)
  const aborted = () => new AbortedError({ step: 0, reason: signal!.reason });
  if (signal?.aborted) throw aborted();
  let logits: Float32Array;
  try {
    ({ logits } = await model.forward({
      ids,
      batch,
      length,
      ...(batch > 1 || canvases[0]!.ids.length < length ? { attentionMask } : {}),
      ...(signal ? { signal } : {}),
    }));
  } catch (error) {
    if (signal?.aborted) throw aborted();
    throw error;
  }
  const V = model.vocabSize;
  return canvases.map((canvas, b) => {
    if (canvas.slots.length === 0) return 0;
    let total = 0;
    for (const slot of canvas.slots) {
      let sum = 0;
      for (let p = slot.start; p < slot.start + slot.length; p++) {
        const at = (b * length + p) * V;
        let max = Number.NEGATIVE_INFINITY;
        for (let v = 0; v < V; v++) if (logits[at + v]! > max) max = logits[at + v]!;
        let z = 0;
        for (let v = 0; v < V; v++) z += Math.exp(logits[at + v]! - max);
        sum += -Math.log(z); // log-softmax of the best token
      }
      total += slot.length ? sum / slot.length : 0;
    }
    return total / canvas.slots.length;
  });
}
