import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasNanoModel } from '@unmask/model-nano';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const main = fileURLToPath(new URL('./main.ts', import.meta.url));
/** the embedded model once installed; until then the random-logits testing aid. */
const modelArgs = hasNanoModel() ? [] : ['--model', 'scripted:uniform'];

function unmask(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=@unmask/source', '--import', 'tsx', main, ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'unmask-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const schema = file(
  'person.json',
  JSON.stringify({
    type: 'object',
    properties: {
      name: { type: 'string', maxLength: 12 },
      age: { type: 'integer', minimum: 0, maximum: 120 },
    },
    required: ['name', 'age'],
  }),
);
const template = file(
  'mail.hbs',
  'Dear {{name}}, we ship by {{choice "carrier" "UPS" "DHL"}} on {{gen "day" format="date"}}.',
);
const data = file('data.json', JSON.stringify({ name: 'Ann' }));

/** an error exit: non-zero, one line on stderr, nothing on stdout. */
function expectOneLineError(result: ReturnType<typeof unmask>, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('unmask command line', () => {
  it('--help for every command', () => {
    expect(unmask('--help').stdout).toMatch(
      /generate.*\n.*fill.*\n.*coverage.*\n.*eval.*\n.*race.*\n.*demo.*\n.*serve/,
    );
    for (const command of ['generate', 'fill', 'coverage', 'eval', 'race', 'demo', 'serve']) {
      const result = unmask(command, '--help');
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`^usage: unmask ${command}`));
    }
  });

  it('generate --json prints one object: value, text, valid, stats, fields', () => {
    const result = unmask(
      'generate',
      '--schema',
      schema,
      '--prompt',
      'Ann is 31',
      ...modelArgs,
      '--seed',
      '1',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json).sort()).toEqual(['fields', 'stats', 'text', 'valid', 'value']);
    // grounded by default: the age is the 31 of the prompt, and says where it is
    expect(json.value.age).toBe(31);
    expect(json.fields['/age']).toMatchObject({ source: 'prompt', start: 7, end: 9 });
    expect(Object.keys(json.stats).sort()).toEqual(['forwardMs', 'nfe', 'renoiseRounds', 'steps', 'totalMs']);
    expect(json.valid).toBe(true);
    expect(JSON.parse(json.text)).toEqual(json.value);
    expect(Number.isInteger(json.value.age)).toBe(true);
    expect(json.stats.nfe).toBeGreaterThan(0);
  });

  it('generate --verbatim: the name is a copy of the prompt', () => {
    for (const seed of ['1', '2']) {
      const result = unmask(
        'generate',
        '--schema',
        schema,
        '--prompt',
        'Ann Lee is 31',
        ...modelArgs,
        '--seed',
        seed,
        '--verbatim',
        '--json',
      );
      expect(result.code).toBe(0);
      expect('Ann Lee is 31').toContain(JSON.parse(result.stdout).value.name);
    }
  });

  it('fill --verbatim: a free-text slot is a copy of the prompt', () => {
    const note = file('note.hbs', 'To {{gen "who" maxTokens=12}}: thanks.');
    const result = unmask('fill', note, '--prompt', 'Ann Lee wrote', ...modelArgs, '--verbatim', '--json');
    expect(result.code).toBe(0);
    expect('Ann Lee wrote').toContain(JSON.parse(result.stdout).slots.who);
  });

  it('generate --prompt-file, --watch (plain frames when piped), same seed same output', () => {
    const prompt = file('prompt.txt', 'Bob is 40\n');
    const first = unmask('generate', '--schema', schema, '--prompt-file', prompt, ...modelArgs, '--watch');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('░');
    expect(first.stdout).toMatch(/step 1: \d+ masked/);
    expect(first.stdout).not.toContain('\x1b[');
    const again = unmask('generate', '--schema', schema, '--prompt-file', prompt, ...modelArgs, '--watch');
    expect(again.stdout).toBe(first.stdout);
  });

  it('generate errors: missing file, invalid schema, unsupported keyword, bad JSON, missing prompt', () => {
    expectOneLineError(
      unmask('generate', '--schema', join(dir, 'nope.json'), '--prompt', 'x', ...modelArgs),
      /no such file/,
    );
    const invalid = file(
      'invalid.json',
      JSON.stringify({ type: 'object', properties: { a: { type: 'strnig' } } }),
    );
    expectOneLineError(
      unmask('generate', '--schema', invalid, '--prompt', 'x', ...modelArgs),
      /invalid-schema/,
    );
    const unsupported = file('unsupported.json', JSON.stringify({ $dynamicRef: '#x' }));
    expectOneLineError(
      unmask('generate', '--schema', unsupported, '--prompt', 'x', ...modelArgs),
      /unsupported.*\$dynamicRef/,
    );
    const broken = file('broken.json', '{"type": ');
    expectOneLineError(
      unmask('generate', '--schema', broken, '--prompt', 'x', ...modelArgs),
      /not valid JSON/,
    );
    expect(unmask('generate', '--schema', schema, ...modelArgs).code).toBe(2);
    expect(unmask('generate', '--bogus').code).toBe(2);
  });

  it('fill --json prints text, slots, valid, stats (no value)', () => {
    const result = unmask('fill', template, '--data', data, ...modelArgs, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json).sort()).toEqual(['slots', 'stats', 'text', 'valid']);
    expect(json.text).toMatch(/^Dear Ann, we ship by (UPS|DHL) on \d{4}-\d{2}-\d{2}\.$/);
    expect(['UPS', 'DHL']).toContain(json.slots.carrier);
    const plain = unmask('fill', template, '--data', data, ...modelArgs);
    expect(plain.stdout).toMatch(/^Dear Ann, /);
  });

  it('fill errors: missing template, bad template, missing data reference', () => {
    expectOneLineError(unmask('fill', join(dir, 'nope.hbs'), ...modelArgs), /no such file/);
    const bad = file('bad.hbs', 'Hi {{#each}}');
    expectOneLineError(unmask('fill', bad, ...modelArgs), /invalid-template/);
    const partial = file('partial.hbs', 'Hi {{> evil}}');
    expectOneLineError(unmask('fill', partial, ...modelArgs), /TemplateError/);
    expectOneLineError(unmask('fill', template, ...modelArgs), /name/);
    expectOneLineError(
      unmask('fill', template, '--data', join(dir, 'none.json'), ...modelArgs),
      /no such file/,
    );
  });

  it('coverage <dir> --json: subsets and overall', () => {
    const schemas = join(dir, 'schemas', 'demo');
    mkdirSync(schemas, { recursive: true });
    writeFileSync(
      join(schemas, 'a.json'),
      JSON.stringify({ type: 'object', properties: { ok: { type: 'boolean' } } }),
    );
    writeFileSync(join(schemas, 'b.json'), JSON.stringify({ $dynamicRef: '#x' }));
    const result = unmask('coverage', join(dir, 'schemas'), '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.subsets.demo.schemas).toBe(2);
    expect(json.overall.declaredCoverage).toBe(0.5);
    expectOneLineError(unmask('coverage', join(dir, 'no-dir')), /no such directory/);
  });

  it('coverage <dir>: a table with every column, progress lines on stderr, checked options', () => {
    const schemas = join(dir, 'schemas-text', 'demo');
    mkdirSync(schemas, { recursive: true });
    for (const name of ['a', 'b', 'c'])
      writeFileSync(
        join(schemas, `${name}.json`),
        JSON.stringify({ type: 'object', properties: { [name]: { type: 'integer', maximum: 9 } } }),
      );
    const result = unmask('coverage', join(dir, 'schemas-text'), '--per-subset', '2');
    expect(result.code).toBe(0);
    const [header, demo, overall] = result.stdout.trim().split('\n');
    for (const column of [
      'coverage',
      'compliance',
      'over-constr.',
      'compile p50/p99 ms',
      'optional offered/filled',
    ])
      expect(header).toContain(column);
    // --per-subset 2: two of the three schemas, each compiled and valid, one optional property each
    expect(demo).toMatch(/^demo\s+2\s+100\.0%\s+100\.0%/);
    expect(overall).toMatch(/^overall\s+2\s/);
    expect(result.stdout).toMatch(/ 2 \/ \d\s*$/m);
    // not a terminal: a progress line per tenth, the last one 2/2
    expect(result.stderr).toMatch(/coverage: 2\/2 schemas/);
    expectOneLineError(
      unmask('coverage', join(dir, 'schemas-text'), '--seed', 'x'),
      /--seed must be an integer/,
    );
    expectOneLineError(
      unmask('coverage', join(dir, 'schemas-text'), '--per-subset', '0'),
      /--per-subset must be an integer of at least 1/,
    );
  });

  it('race --json: diffusion takes fewer forward passes than left to right', () => {
    const result = unmask('race', ...modelArgs, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.leftToRight.stats.nfe).toBeGreaterThan(json.diffusion.stats.nfe);
    expect(json.speedup.nfe).toBeGreaterThan(1);
    const plain = unmask('race', '--schema', schema, '--prompt', 'Ann is 31', ...modelArgs);
    expect(plain.stdout).toMatch(/diffusion .*forward passes[\s\S]*left-to-right .*forward passes/);
  });

  it('demo: plain output when piped, --json shape', () => {
    const plain = unmask('demo', ...modelArgs);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^prompt: /);
    expect(plain.stdout).toMatch(/valid/);
    expect(plain.stdout).not.toContain('\x1b[');
    const json = JSON.parse(unmask('demo', ...modelArgs, '--json').stdout);
    expect(Object.keys(json).sort()).toEqual(['fields', 'stats', 'text', 'valid', 'value']);
    // what the README says of the demo: valid, and every value found in the message
    expect(json.valid).toBe(true);
    for (const field of Object.values(json.fields) as Array<{ source: string }>)
      expect(['prompt', 'chosen']).toContain(field.source);
    expect(Object.keys(json.value).sort()).toEqual(['city', 'company', 'email', 'name']);
  });

  it('run as a package script, relative paths are resolved from where the user stood (INIT_CWD)', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--conditions=@unmask/source',
        '--import',
        'tsx',
        main,
        'generate',
        '--schema',
        'person.json',
        '--prompt',
        'Ann is 31',
        '--model',
        'scripted:uniform',
        '--json',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, npm_lifecycle_event: 'unmask', INIT_CWD: dir },
        timeout: 120_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).valid).toBe(true);
  });

  it('unknown command and unknown scripted model are usage errors', () => {
    expectOneLineError(unmask('bogus'), /unknown command/);
    expect(unmask('demo', '--model', 'scripted:nope').code).toBe(2);
  });
});
