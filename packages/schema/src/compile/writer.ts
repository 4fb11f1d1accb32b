import { fixed, literal, type SlotSpec } from '@unmask/core';
import { type Context, SlotLimit } from './context';
import { byteLength, isObject } from './json';
import type { Emitted, MemberNode } from './nodes';

/** where a value is written: the parameters every step of the walk passes down together. */
export interface Site {
  /** JSON pointer of the value's schema (`#/properties/a`): locates errors, reports and options by pointer. */
  readonly pointer: string;
  /** JSON pointer of the value in the instance (`/a/0`): the slots' path, and the key of known values. */
  readonly path: string;
  /** nesting of the value, for pretty indentation. */
  readonly depth: number;
  /** the separator and key text written before the value. */
  readonly prefix: string;
  /** every slot of the value may be absent (the member's presence is decided by its first slot). */
  readonly optional: boolean;
}

/** the token budget the compiler gives a slot's literal prefix (about 2 bytes a token); buildSchemaCanvas grows it for tokenizers that need more. */
export const prefixBudget = (prefix: string) => (prefix ? Math.ceil(byteLength(prefix) / 2) + 1 : 0);

/**
 * the layout being written (segments, slots, the report) with its bookkeeping: marks to undo a
 * failed attempt, the bound on the walk's work, the $ref expansions under way, known values.
 */
export class LayoutWriter {
  /** where the layout stands, so that a failed attempt can be undone. */
  protected mark() {
    return {
      segments: this.ctx.segments.length,
      // fixed text is appended to the last segment when it is fixed text too
      last: this.ctx.segments.at(-1),
      slots: this.ctx.slots.length,
      offered: this.ctx.report.optionalOffered,
      unions: this.ctx.report.unions?.length ?? 0,
      arrays: this.ctx.report.arrays?.length ?? 0,
      maps: this.ctx.report.maps?.length ?? 0,
      validationOnly: this.ctx.report.validationOnly.length,
    };
  }

  /** undo what was emitted since the mark. */
  protected restore(mark: ReturnType<LayoutWriter['mark']>) {
    this.ctx.segments.length = mark.segments;
    if (mark.last) this.ctx.segments[mark.segments - 1] = mark.last;
    this.ctx.slots.length = mark.slots;
    this.ctx.report.optionalOffered = mark.offered;
    if (this.ctx.report.unions) this.ctx.report.unions.length = mark.unions;
    if (this.ctx.report.arrays) this.ctx.report.arrays.length = mark.arrays;
    if (this.ctx.report.maps) this.ctx.report.maps.length = mark.maps;
    this.ctx.report.validationOnly.length = mark.validationOnly;
  }

  /** work done so far (values visited, constraints compiled). */
  private work = 0;

  /** a bound on the whole walk, so that unions of large branches cannot take exponential time. */
  protected spend(units: number) {
    this.work += units;
    if (this.work > this.ctx.limits.maxSlots * 8) throw new SlotLimit(this.ctx.limits.maxSlots);
  }

  constructor(protected readonly ctx: Context) {}

  /** the known value at a value path (`/customer/name`), from the `values` option. */
  knownAt(path: string): { value: unknown } | undefined {
    let at: unknown = this.ctx.options.values;
    if (at === undefined) return undefined;
    if (path === '') return { value: at };
    for (const raw of path.slice(1).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(at) || !Object.hasOwn(at, key)) return undefined;
      at = (at as Record<string, unknown>)[key];
    }
    return at === undefined ? undefined : { value: at };
  }

  /** whether expanding these $ref targets again goes past the recursion depth. */
  protected tooDeep(refs: unknown[]): boolean {
    for (const ref of refs)
      if ((this.ctx.refDepth.get(ref) ?? 0) >= this.ctx.options.recursionDepth) return true;
    return false;
  }

  protected enter(refs: unknown[]) {
    for (const ref of refs) this.ctx.refDepth.set(ref, (this.ctx.refDepth.get(ref) ?? 0) + 1);
  }

  protected leave(refs: unknown[]) {
    for (const ref of refs) this.ctx.refDepth.set(ref, this.ctx.refDepth.get(ref)! - 1);
  }

  protected fixedText(text: string) {
    if (!text) return;
    const last = this.ctx.segments.at(-1);
    if (last?.kind === 'fixed') this.ctx.segments[this.ctx.segments.length - 1] = fixed(last.text + text);
    else this.ctx.segments.push(fixed(text));
  }

  protected addSlot(
    spec: Pick<SlotSpec, 'path' | 'constraint' | 'maxTokens' | 'optional' | 'minBytes'>,
  ): number {
    if (this.ctx.slots.length >= this.ctx.limits.maxSlots) throw new SlotLimit(this.ctx.limits.maxSlots);
    // built field by field: an object spread is slow on this hot path
    const slot: SlotSpec = {
      kind: 'slot',
      path: spec.path,
      constraint: spec.constraint,
      maxTokens: spec.maxTokens,
    };
    if (spec.optional !== undefined) slot.optional = spec.optional;
    if (spec.minBytes) slot.minBytes = spec.minBytes;
    this.ctx.segments.push(slot);
    this.ctx.slots.push(slot);
    if (spec.optional) this.ctx.report.optionalOffered++;
    return this.ctx.slots.length - 1;
  }

  protected ws(depth: number): string {
    return this.ctx.options.pretty ? `\n${'  '.repeat(depth)}` : '';
  }

  private nextId = 0;

  protected idOf(object: unknown): number | string {
    if (typeof object !== 'object' || object === null) return String(object);
    let id = this.ctx.ids.get(object);
    if (id === undefined) this.ctx.ids.set(object, (id = this.nextId++));
    return id;
  }

  /** the $ref targets being expanded, with their counts, as a key. */
  protected expansionKey(): string {
    const open: string[] = [];
    for (const [ref, count] of this.ctx.refDepth) if (count > 0) open.push(`${this.idOf(ref)}:${count}`);
    return open.sort().join(',');
  }

  /** a composite member: presence slot (optional) or fixed prefix, the body, closing slot or fixed text. */
  protected composite(
    open: string,
    close: string,
    site: Site,
    body: () => Omit<MemberNode, 'optional' | 'key'>['node'],
  ) {
    const { prefix, optional, path } = site;
    if (!optional) {
      this.fixedText(prefix + open);
      const node = body();
      this.fixedText(close);
      return { node } as Emitted & Partial<MemberNode>;
    }
    // the key stays fixed text (the model sees which member it is); the slot holds the bracket
    this.fixedText(prefix);
    const presenceText = open;
    const presence = this.addSlot({
      path,
      constraint: literal(presenceText),
      maxTokens: prefixBudget(presenceText),
      optional: true,
    });
    const node = body();
    const close_ = this.addSlot({
      path,
      constraint: literal(close),
      maxTokens: byteLength(close),
      optional: true,
    });
    return { node, presence, presenceText, close: close_, closeText: close } as Emitted & Partial<MemberNode>;
  }
}
