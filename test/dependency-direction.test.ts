import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** which @unmask packages and heavy libraries each package may import (DESIGN.md: core <- schema, template, onnx <- unmask). */
const allowed: Record<string, { unmask: string[]; heavy: string[] }> = {
  // chrono-node: dates in text for grounding, which the schema and template compilers share
  core: { unmask: [], heavy: ['chrono-node'] },
  schema: { unmask: ['@unmask/core'], heavy: ['ajv', 'ajv-formats', 'ajv-draft-04', 'zod'] },
  template: { unmask: ['@unmask/core'], heavy: ['handlebars'] },
  onnx: { unmask: ['@unmask/core'], heavy: ['onnxruntime-node', '@huggingface/tokenizers'] },
  'model-nano': { unmask: ['@unmask/core', '@unmask/onnx'], heavy: [] },
  unmask: {
    unmask: ['@unmask/core', '@unmask/schema', '@unmask/template', '@unmask/onnx', '@unmask/model-nano'],
    // hono: the HTTP server of `unmask serve` (src/serve)
    heavy: ['zod', 'hono', '@hono/node-server'],
  },
  // an AI SDK provider: the facade and the provider specification, never `ai` itself
  'ai-sdk': { unmask: ['unmask'], heavy: ['@ai-sdk/provider'] },
};
const HEAVY = [
  'chrono-node',
  'ajv',
  'ajv-formats',
  'ajv-draft-04',
  'zod',
  'handlebars',
  'onnxruntime-node',
  '@huggingface/tokenizers',
  'hono',
  '@hono/node-server',
  '@ai-sdk/provider',
  'ai',
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'dist' && name !== '__fixtures__')
        out.push(...sourceFiles(path));
    } else if (/\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name) && !/(^|-)test-support\.ts$/.test(name))
      out.push(path);
  }
  return out;
}

/** bare module specifiers imported by a file (static, dynamic and re-exports). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"./][^'"]*)['"]/g))
    found.push(match[1]!);
  return found;
}

/** this repository's packages: the `@unmask/*` ones and the `unmask` facade. */
const isOurs = (pkg: string) => pkg === 'unmask' || pkg.startsWith('@unmask/');

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

describe('dependency direction (DESIGN.md)', () => {
  for (const [name, rule] of Object.entries(allowed)) {
    it(`packages/${name} imports only what it may`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(join(root, 'packages', name, 'src'))) {
        for (const specifier of imports(file)) {
          const pkg = packageOf(specifier);
          const self = pkg === (name === 'unmask' ? 'unmask' : `@unmask/${name}`);
          if (isOurs(pkg) && !self && !rule.unmask.includes(pkg))
            violations.push(`${relative(root, file)} imports ${specifier}`);
          if (HEAVY.includes(pkg) && !rule.heavy.includes(pkg))
            violations.push(`${relative(root, file)} imports ${specifier}`);
          // test aids are for tests: library code never imports a /test entry
          if (/^(@unmask\/[^/]+|unmask)\/test(\/|$)/.test(specifier))
            violations.push(`${relative(root, file)} imports the test entry ${specifier}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('package.json dependencies follow the same rule', () => {
    const violations: string[] = [];
    for (const [name, rule] of Object.entries(allowed)) {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
      for (const dep of Object.keys(manifest.dependencies ?? {})) {
        if (isOurs(dep) && !rule.unmask.includes(dep)) violations.push(`${name} depends on ${dep}`);
        if (HEAVY.includes(dep) && !rule.heavy.includes(dep)) violations.push(`${name} depends on ${dep}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the training recipe (recipes/model-nano) uses public entries only, and nothing imports it', () => {
    const violations: string[] = [];
    const recipe = join(root, 'recipes', 'model-nano');
    const recipeFiles = sourceFiles(recipe).filter((file) => !relative(recipe, file).startsWith('work'));
    expect(recipeFiles.length).toBeGreaterThan(10);
    for (const file of recipeFiles)
      for (const specifier of imports(file))
        if (/^(@unmask\/[^/]+|unmask)\/(test|src|dist)(\/|$)/.test(specifier))
          violations.push(`${relative(root, file)} imports ${specifier}`);
    for (const name of Object.keys(allowed)) {
      for (const file of sourceFiles(join(root, 'packages', name, 'src')))
        for (const specifier of imports(file))
          if (packageOf(specifier) === '@unmask/recipe-model-nano')
            violations.push(`${relative(root, file)} imports the recipe`);
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
      for (const field of ['dependencies', 'devDependencies', 'peerDependencies'])
        if (manifest[field]?.['@unmask/recipe-model-nano']) violations.push(`${name} depends on the recipe`);
    }
    expect(violations).toEqual([]);
  });

  it('the check itself catches a forbidden import', () => {
    expect(imports(join(root, 'packages/schema/src/validate.ts')).map(packageOf)).toContain('ajv');
    // test-support files are for tests (they import /test entries): the walk leaves them out
    expect(
      sourceFiles(join(root, 'packages', 'schema', 'src')).some((file) => file.endsWith('test-support.ts')),
    ).toBe(false);
  });
});
