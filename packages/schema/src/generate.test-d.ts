import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { compileJsonSchema } from './compile';
import type { GenerateObjectResult, InferSchema } from './generate';
import { generateObject, prepareSchema } from './generate';

describe('types', () => {
  it('a zod schema gives its output type; a JSON Schema gives unknown', () => {
    const person = z.object({
      name: z.string(),
      age: z.number().int().optional(),
      tags: z.array(z.enum(['a', 'b'])),
    });
    expectTypeOf<InferSchema<typeof person>>().toEqualTypeOf<{
      name: string;
      age?: number | undefined;
      tags: Array<'a' | 'b'>;
    }>();
    expectTypeOf<InferSchema<{ type: 'string' }>>().toBeUnknown();
    const lengths = z.object({ word: z.string().transform((s) => s.length) });
    expectTypeOf<InferSchema<typeof lengths>>().toEqualTypeOf<{ word: number }>();
    expectTypeOf(generateObject<typeof person>).returns.resolves.toEqualTypeOf<
      GenerateObjectResult<{ name: string; age?: number | undefined; tags: Array<'a' | 'b'> }>
    >();
    expectTypeOf(prepareSchema(person).finalize).returns.toMatchTypeOf<{ issues: unknown[] }>();
    expectTypeOf(compileJsonSchema<{ a: number }>({}).decode).returns.toEqualTypeOf<{ a: number }>();
  });
});
