import { type Canvas, denoise, type Frame, formatPrompt, type SampleStats } from '@unmask/core';
import { buildSchemaCanvas, prepareSchema } from '@unmask/schema';
import { samplingOf } from '../options';
import type { ResolvedModel } from '../resolve-model';
import { parse, promptOf, runOptionSpecs, runOptionsHelp, runOptionsOf } from './common';
import { demoPrompt, demoSchema } from './demo-case';
import { readJson } from './io';
import { modelFromOption } from './model-option';
import { bold, cyan, dim, jsonStats, LiveView, paintCanvas } from './render';

export const raceHelp = `usage: unmask race [--schema <file.json>] [--prompt <text> | --prompt-file <file>] [options]

Fill the same canvas twice: by diffusion (many tokens per forward pass, most confident first)
and left to right (one token per forward pass, the way an autoregressive model writes), and
show forward passes and time for each. Without --schema, the demo's contact extraction.

  --schema <file.json>  a JSON Schema (default: the demo's)
  --prompt <text>       the prompt (default: the demo's)
  --prompt-file <file>  the same, read from a file
${runOptionsHelp}`;

interface Lane {
  name: string;
  frames: Frame[];
  canvas: Canvas;
  stats: SampleStats;
  value: unknown;
  valid: boolean;
}

async function runLane(
  name: string,
  resolved: ResolvedModel,
  canvas: Canvas,
  order: 'confidence' | 'left-to-right',
  run: ReturnType<typeof runOptionsOf>,
  frames: boolean,
  finalize: (canvas: Canvas) => { value: unknown; valid: boolean },
): Promise<Lane> {
  const iterator = denoise({ ...samplingOf(run), model: resolved.model, canvases: [canvas], order, frames });
  const seen: Frame[] = [];
  let next = await iterator.next();
  while (!next.done) {
    seen.push(next.value);
    next = await iterator.next();
  }
  const [result] = next.value;
  return { name, frames: seen, canvas: result!.canvas, stats: result!.stats, ...finalize(result!.canvas) };
}

export async function raceCommand(args: string[]): Promise<number> {
  const { values } = parse('race', args, {
    ...runOptionSpecs,
    schema: { type: 'string' },
    prompt: { type: 'string' },
    'prompt-file': { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(`${raceHelp}\n`);
    return 0;
  }
  const schema = values.schema === undefined ? demoSchema : await readJson(values.schema, 'schema file');
  const prompt = (await promptOf(values, false, 'race')) ?? (values.schema === undefined ? demoPrompt : '');
  const run = runOptionsOf(values);
  const resolved = await modelFromOption(values.model, run.seed);
  try {
    const prepared = prepareSchema(schema, resolved.compile);
    const canvas = buildSchemaCanvas(
      prepared.compiled.layout,
      resolved.tokenizer,
      resolved.model,
      formatPrompt(resolved, prompt),
    );
    const finalize = (filled: Canvas) => {
      const value = prepared.compiled.decode(filled);
      return { value, valid: prepared.finalize(value).issues.length === 0 };
    };
    const watch = values.watch === true;
    // untimed warm-up: lifting constraints to tokens is cached after the first run
    await runLane('warm-up', resolved, canvas, 'confidence', run, false, finalize);
    const diffusion = await runLane('diffusion', resolved, canvas, 'confidence', run, watch, finalize);
    const leftToRight = await runLane(
      'left-to-right',
      resolved,
      canvas,
      'left-to-right',
      run,
      watch,
      finalize,
    );
    const lanes = [diffusion, leftToRight];
    if (values.json) {
      const lane = (l: Lane) => ({ value: l.value, valid: l.valid, stats: jsonStats(l.stats) });
      process.stdout.write(
        `${JSON.stringify({
          diffusion: lane(diffusion),
          leftToRight: lane(leftToRight),
          speedup: {
            nfe: leftToRight.stats.nfe / Math.max(1, diffusion.stats.nfe),
            time: leftToRight.stats.totalMs / Math.max(1e-9, diffusion.stats.totalMs),
          },
        })}\n`,
      );
      return 0;
    }
    const view = new LiveView(process.stdout);
    const style = view.style;
    const panel = (lane: Lane, frame: Frame | undefined, final: boolean) => {
      const text = final || !frame ? JSON.stringify(lane.value) : frame.text;
      const counter = final
        ? `${lane.stats.nfe} forward passes, ${lane.stats.forwardMs.toFixed(0)} ms in the model, ${lane.stats.totalMs.toFixed(0)} ms in all${lane.valid ? '' : ' (invalid)'}`
        : `step ${frame?.step ?? 0}`;
      return `${bold(style, lane.name.padEnd(14))} ${dim(style, counter)}\n${paintCanvas(style, text)}`;
    };
    if (watch) {
      const ticks = Math.max(...lanes.map((lane) => lane.frames.length));
      const delay = style.tty ? Math.min(40, 3000 / Math.max(1, ticks)) : 0;
      for (let tick = 0; tick < ticks; tick++) {
        const drawn = lanes.map((lane) => {
          const frame = lane.frames[Math.min(tick, lane.frames.length - 1)];
          return panel(lane, frame, tick >= lane.frames.length - 1);
        });
        view.draw(drawn.join('\n\n'));
        if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      }
    } else view.draw(lanes.map((lane) => panel(lane, undefined, true)).join('\n\n'));
    const nfeRatio = leftToRight.stats.nfe / Math.max(1, diffusion.stats.nfe);
    const timeRatio = leftToRight.stats.totalMs / Math.max(1e-9, diffusion.stats.totalMs);
    process.stdout.write(
      `\n${cyan(style, `diffusion: ${nfeRatio.toFixed(1)}x fewer forward passes, ${timeRatio.toFixed(1)}x less time`)}\n`,
    );
    return 0;
  } finally {
    if (resolved.owned) await resolved.model.dispose();
  }
}
