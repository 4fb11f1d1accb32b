import { layoutSlots } from '@unmask/core';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from './compile-template';
import { TemplateError } from './template-error';
import { accepts } from './test-support';

const fixedText = (template: string, data: unknown) => {
  const { layout } = compileTemplate({ template, data });
  expect(layoutSlots(layout)).toEqual([]);
  return layout.segments.map((segment) => (segment.kind === 'fixed' ? segment.text : '')).join('');
};

const thrown = (run: () => unknown): TemplateError => {
  try {
    run();
  } catch (error) {
    if (TemplateError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
};

describe('data references', () => {
  const data = {
    customer: { name: 'Ada <Lovelace>', vip: true, tags: ['a', 'b'] },
    order: {
      id: 'A-17',
      total: 0,
      lines: [
        { sku: 'x1', qty: 2 },
        { sku: 'y2', qty: 1 },
      ],
    },
    notes: { gift: 'wrap it', rush: "don't wait" },
    empty: [],
    nothing: null,
  };
  // trusted, slot-free templates: our walk must give exactly what Handlebars' runtime gives
  const cases = [
    'Dear {{customer.name}}, order {{order.id}}.',
    'raw {{{customer.name}}} and {{&customer.name}}',
    '{{#if customer.vip}}VIP{{else}}regular{{/if}} {{#unless customer.vip}}no{{/unless}}',
    '{{#if order.total}}paid{{else if customer.vip}}free{{else}}due{{/if}}',
    '{{#if order.total includeZero=true}}zero counts{{/if}}',
    '{{#each order.lines}}{{@index}}:{{sku}}x{{qty}}{{#if @first}} first{{/if}}{{#if @last}} last{{/if}};{{/each}}',
    '{{#each order.lines as |line i|}}{{i}}={{line.sku}}/{{../order.id}}/{{@root.order.id}} {{/each}}',
    '{{#each notes}}{{@key}}: {{this}}\n{{/each}}',
    '{{#each empty}}x{{else}}none{{/each}}',
    '{{#with customer}}{{name}} {{#each tags}}[{{.}}]{{/each}}{{/with}}{{#with nothing}}x{{else}}no ctx{{/with}}',
    'a {{! a comment }} b {{!-- {{ also }} --}} c',
    'x   {{~customer.vip~}}   y',
    'list:\n{{#each customer.tags}}\n  - {{this}}\n{{/each}}\nend\n',
    'null: [{{nothing}}] zero: {{order.total}}',
    '{{#with order as |o|}}{{o.id}}{{/with}}',
  ];
  it.each(cases)('renders like Handlebars: %j', (template) => {
    expect(fixedText(template, data)).toBe(Handlebars.compile(template)(data));
  });

  it('escapes {{ }} and not {{{ }}}', () => {
    expect(fixedText('{{a}}|{{{a}}}', { a: `<b class="x">&'\`=` })).toBe(
      '&lt;b class&#x3D;&quot;x&quot;&gt;&amp;&#x27;&#x60;&#x3D;|<b class="x">&\'`=',
    );
  });

  it('names a missing reference with its line and column', () => {
    const error = thrown(() =>
      compileTemplate({ template: 'Hello\n  {{customer.email}}', data: { customer: {} } }),
    );
    expect(error.message).toContain('missing data "customer.email"');
    expect([error.line, error.column]).toEqual([2, 3]);
    expect(error.code).toBe('invalid-template');
  });

  it('does not read inherited properties', () => {
    expect(() => compileTemplate({ template: '{{toString}}', data: {} })).toThrow(/missing data "toString"/);
    expect(() => compileTemplate({ template: '{{a.length}}', data: { a: 'abc' } })).toThrow(/missing data/);
  });

  it('refuses objects, arrays and functions as values', () => {
    expect(() => compileTemplate({ template: '{{a}}', data: { a: { b: 1 } } })).toThrow(/an object/);
    expect(() => compileTemplate({ template: '{{a}}', data: { a: [1] } })).toThrow(/an array/);
    let called = false;
    const data = {
      a: () => {
        called = true;
        return 'x';
      },
    };
    expect(() => compileTemplate({ template: '{{a}}', data })).toThrow(/function/);
    expect(called).toBe(false);
  });

  it('turns missing references into slots on request', () => {
    const compiled = compileTemplate({
      template: 'Dear {{customer.name}},{{#each items}} {{title}}{{/each}}',
      data: { customer: {}, items: [{ title: 'pen' }, {}] },
      missing: 'slot',
    });
    expect(compiled.slotNames).toEqual(['customer.name', 'items.1.title']);
    expect(compiled.slots.every((slot) => slot.fromData)).toBe(true);
    const [first] = layoutSlots(compiled.layout);
    expect(first!.maxTokens).toBe(16);
    expect(accepts(first!.constraint, 'Ada Lovelace')).toBe(true);
    expect(accepts(first!.constraint, 'Ada\nLovelace')).toBe(false);
  });
});

describe('slot helpers', () => {
  it('builds a slot for each helper with its name, constraint and budget', () => {
    const compiled = compileTemplate({
      template: [
        '{{gen "summary" maxTokens=40}}',
        '{{choice "tone" "formal" "casual"}}',
        '{{integer "qty" min=1 max=10}}',
        '{{number "price" min=0 max=1000}}',
        '{{regex "code" "[A-Z]{3}-\\d{4}"}}',
        '{{gen "shipDate" format="date"}}',
        '{{gen "note" optional=true multiline=true maxLength=20}}',
      ].join('|'),
    });
    expect(compiled.slotNames).toEqual(['summary', 'tone', 'qty', 'price', 'code', 'shipDate', 'note']);
    const specs = layoutSlots(compiled.layout);
    expect(specs.map((spec) => spec.maxTokens)).toEqual([40, 6, 2, 7, 32, 10, 32]);
    const [summary, tone, qty, price, code, shipDate, note] = specs.map((spec) => spec.constraint);
    expect(accepts(summary!, 'A short summary.')).toBe(true);
    expect(accepts(summary!, ' leading space')).toBe(false);
    expect(accepts(summary!, '')).toBe(false);
    expect(accepts(tone!, 'casual')).toBe(true);
    expect(accepts(tone!, 'rude')).toBe(false);
    expect(['1', '7', '10'].map((t) => accepts(qty!, t))).toEqual([true, true, true]);
    expect(['0', '11', '07', '-1'].map((t) => accepts(qty!, t))).toEqual([false, false, false, false]);
    expect(['0', '999.99', '1000', '1000.0', '12.5'].map((t) => accepts(price!, t))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['1000.01', '-1', '1.234', '01'].map((t) => accepts(price!, t))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(accepts(code!, 'ABC-1234')).toBe(true);
    expect(accepts(code!, 'AB-1234')).toBe(false);
    expect(accepts(shipDate!, '2024-02-29')).toBe(true);
    expect(accepts(shipDate!, '2023-02-29')).toBe(false);
    expect(accepts(note!, 'two\nlines')).toBe(true);
    expect(accepts(note!, 'x'.repeat(21))).toBe(false);
    expect(specs[6]!.optional).toBe(true);
    expect(compiled.slots[1]!.values).toEqual(['formal', 'casual']);
  });

  it('names slots inside #each by item path', () => {
    const compiled = compileTemplate({
      template: '{{#each order.items}}{{name}}: {{gen "note"}}\n{{/each}}{{gen "closing"}}',
      data: { order: { items: [{ name: 'pen' }, { name: 'ink' }] } },
    });
    expect(compiled.slotNames).toEqual(['order.items.0.note', 'order.items.1.note', 'closing']);
    expect(compiled.layout.segments[0]).toEqual({ kind: 'fixed', text: 'pen: ' });
  });

  it('refuses a slot defined twice, bad names and bad options, with a location', () => {
    const twice = thrown(() => compileTemplate({ template: '{{gen "a"}}\n{{gen "a"}}' }));
    expect(twice.message).toContain('slot "a" is defined twice');
    expect([twice.line, twice.column]).toEqual([2, 1]);
    expect(() => compileTemplate({ template: '{{gen "bad name"}}' })).toThrow(/slot name/);
    expect(() => compileTemplate({ template: '{{gen "a" maxTokens=0}}' })).toThrow(/maxTokens/);
    expect(() => compileTemplate({ template: '{{gen "a" colour="red"}}' })).toThrow(
      /unknown option "colour"/,
    );
    expect(() => compileTemplate({ template: '{{gen "a" format="phone"}}' })).toThrow(/unknown format/);
    expect(() => compileTemplate({ template: '{{integer "a" min=5 max=1}}' })).toThrow(/min is above max/);
    expect(() => compileTemplate({ template: '{{integer "a" min=0.5}}' })).toThrow(/integers/);
    expect(() => compileTemplate({ template: '{{choice "a"}}' })).toThrow(/at least one value/);
    expect(() => compileTemplate({ template: '{{regex "a" "x" flags="g"}}' })).toThrow(/flag/);
    expect(() => compileTemplate({ template: '{{gen name}}', data: { name: 'x' } })).toThrow(/literals/);
    expect(() => compileTemplate({ template: '{{gen}}' })).toThrow(/needs a slot name/);
  });

  it('checks a fractional bound after filling', () => {
    const [spec] = layoutSlots(compileTemplate({ template: '{{number "x" min=0.5 max=2.25}}' }).layout);
    expect(accepts(spec!.constraint, '0.2')).toBe(true);
    expect(spec!.validators!.map((validate) => validate('0.2'))).toEqual(['0.2 is below the minimum 0.5']);
    expect(spec!.validators!.map((validate) => validate('2.25'))).toEqual([undefined]);
  });

  it('types and tightens slots with a companion schema', () => {
    const compiled = compileTemplate({
      template: '{{gen "size"}} {{gen "count"}} {{gen "ok"}} {{#each items}}{{gen "note"}}{{/each}}',
      data: { items: [1, 2] },
      schema: {
        type: 'object',
        properties: {
          size: { enum: ['S', 'M', 'L'] },
          count: { type: 'integer', minimum: 1, maximum: 3 },
          ok: { type: 'boolean' },
          'items.*.note': { type: 'string', maxLength: 5 },
        },
      },
    });
    const [size, count, ok, note] = layoutSlots(compiled.layout).map((spec) => spec.constraint);
    expect(accepts(size!, 'M')).toBe(true);
    expect(accepts(size!, 'XL')).toBe(false);
    expect(accepts(count!, '3')).toBe(true);
    expect(accepts(count!, '4')).toBe(false);
    expect(accepts(ok!, 'false')).toBe(true);
    expect(accepts(note!, 'toolong')).toBe(false);
    expect([compiled.convert(1, '3'), compiled.convert(2, 'false'), compiled.convert(0, 'M')]).toEqual([
      3,
      false,
      'M',
    ]);
    expect(() =>
      compileTemplate({ template: '{{gen "a"}}', schema: { a: { type: 'string', oneOf: [] } as never } }),
    ).toThrow(/unsupported keyword "oneOf"/);
  });
});

describe('limits', () => {
  it('bounds the number of slots, #each iterations and output size', () => {
    expect(() =>
      compileTemplate({
        template: '{{#each xs}}{{gen "n"}}{{/each}}',
        data: { xs: [1, 2, 3] },
        limits: { maxSlots: 2 },
      }),
    ).toThrow(/more than 2 slots/);
    const many = Array.from({ length: 200 }, (_, k) => k);
    expect(() =>
      compileTemplate({ template: '{{#each xs}}{{#each ../xs}}.{{/each}}{{/each}}', data: { xs: many } }),
    ).toThrow(/more than 10000 iterations/);
    expect(() =>
      compileTemplate({
        template: '{{#each xs}}{{../big}}{{/each}}',
        data: { xs: many, big: 'x'.repeat(10_000) },
      }),
    ).toThrow(/longer than 1000000 characters/);
    expect(() => compileTemplate({ template: 'x'.repeat(100_001) })).toThrow(/over the limit of 100000/);
  });
});
