import { runGenerate } from '../run-generate';
import { parse, runOptionSpecs, runOptionsHelp, runOptionsOf } from './common';
import { demoPrompt, demoSchema } from './demo-case';
import { modelFromOption } from './model-option';
import { bold, dim, green, jsonStats, LiveView, paintCanvas, red, statsLine } from './render';

export const demoHelp = `usage: unmask demo [options]

Pull a contact (name, email, company, city) out of a message with the embedded model, drawn
live on a terminal (plain when piped). The strings are copies of the message (verbatim).

  --plain              no live drawing, even on a terminal
  --free               strings written freely, not held to copies of the message
${runOptionsHelp}`;

export async function demoCommand(args: string[]): Promise<number> {
  const { values } = parse('demo', args, {
    ...runOptionSpecs,
    plain: { type: 'boolean' },
    free: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(`${demoHelp}\n`);
    return 0;
  }
  const run = runOptionsOf(values);
  const resolved = await modelFromOption(values.model, run.seed);
  const view = new LiveView(process.stdout);
  const style = view.style;
  const live = !values.json && !values.plain && (values.watch === true || style.tty);
  try {
    if (!values.json) process.stdout.write(`${bold(style, 'prompt:')} ${demoPrompt}\n\n`);
    const [outcome] = await runGenerate(
      resolved,
      [{ schema: demoSchema, prompt: demoPrompt, compile: { pretty: true }, verbatim: values.free !== true }],
      run,
      live
        ? (frame) =>
            view.draw(
              `${paintCanvas(style, frame.text)}\n${dim(style, `step ${frame.step}: ${frame.masked} masked`)}`,
            )
        : undefined,
    );
    const result = outcome!;
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ value: result.value, text: result.text, valid: result.valid, stats: jsonStats(result.stats), fields: result.fields })}\n`,
      );
    } else {
      if (!live) process.stdout.write(`${result.text}\n`);
      process.stdout.write(
        `\n${result.valid ? green(style, '✓ valid') : red(style, '✗ invalid')}  ${statsLine(result.stats)}\n`,
      );
    }
    return result.valid ? 0 : 1;
  } finally {
    if (resolved.owned) await resolved.model.dispose();
  }
}
