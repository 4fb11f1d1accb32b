import { prepareJsonSchema, schemaValidator } from '@unmask/schema';
import { compileTemplate } from '@unmask/template';
import type { EvalCase } from './cases';

/** the value at a JSON pointer, or `undefined` where there is none. */
export function atPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let at: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * what is wrong with a case beyond its shape: an expected value the schema rejects, known values
 * that are not part of the expected value, a template that does not compile or whose slots are
 * not the expected names, an `accept` pointer to nothing. One message per problem, by case id.
 */
export function checkCases(cases: readonly EvalCase[]): string[] {
  const problems: string[] = [];
  for (const c of cases) {
    const say = (message: string) => problems.push(`${c.id}: ${message}`);
    try {
      if (c.use === 'fill') {
        const compiled = compileTemplate({
          template: c.template as string,
          ...(c.data ? { data: c.data } : {}),
        });
        const names = new Set(compiled.slotNames);
        const expected = c.expected as Record<string, unknown>;
        for (const name of Object.keys(expected))
          if (!names.has(name))
            say(`expected slot "${name}" is not a slot of the template (${[...names].join(', ')})`);
        compiled.slots.forEach((slot) => {
          if (!slot.optional && !(slot.name in expected))
            say(`required slot "${slot.name}" has no expected value`);
        });
      } else {
        const schema = c.schema as Record<string, unknown>;
        prepareJsonSchema(schema);
        const issues = schemaValidator(schema)(c.expected);
        for (const issue of issues) say(`expected value: ${issue.path || '/'} ${issue.message}`);
        if (c.values)
          for (const [key, known] of Object.entries(c.values))
            if (JSON.stringify((c.expected as Record<string, unknown>)?.[key]) !== JSON.stringify(known))
              say(`known value "${key}" differs from the expected value`);
      }
      for (const pointer of Object.keys(c.accept ?? {}))
        if (atPointer(c.expected, pointer) === undefined && !/^\/[^/]+$/.test(pointer))
          say(`accept "${pointer}" points to nothing in expected`);
    } catch (error) {
      say((error as Error).message);
    }
  }
  return problems;
}
