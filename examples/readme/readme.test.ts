import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasNanoModel } from 'unmask';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const examples = readdirSync(here).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

/**
 * the README's examples are these files, word for word, and each prints what its `// prints:`
 * comments (the lines the README shows) say, with the shipped model.
 */
describe.skipIf(!hasNanoModel())('README examples print what the README says', () => {
  for (const file of examples) {
    const code = readFileSync(join(here, file), 'utf8');
    it(`${file}: in the README verbatim, and prints what it says`, () => {
      expect(readme, `README.md holds examples/readme/${file} in a ts block`).toContain(
        `\`\`\`ts\n${code}\`\`\``,
      );
      const said = [...code.matchAll(/^\/\/ prints: (.*)$/gm)].map((match) => match[1]);
      expect(said.length).toBeGreaterThan(0);
      const run = spawnSync(
        process.execPath,
        ['--conditions=@unmask/source', '--import', 'tsx', join(here, file)],
        {
          cwd: root,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.trimEnd().split('\n')).toEqual(said);
    });
  }
});
