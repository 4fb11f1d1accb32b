import { type Constraint, jsonString, literal, regex, sequence, union } from '@unmask/core';
import { SchemaError } from '../errors/schema-error';
import type { SchemaObject } from '../resolve';
import { ABSENT, type LeafPlan, SlotLimit, Unrepresentable } from './context';
import { ALL_TYPES, isObject, pointerJoin, SCALAR_TYPES, typesOf } from './json';
import { ANNOTATIONS, auditKeywords, SCALAR_KEYWORDS } from './keywords';
import { LeafLanguages } from './languages';
import { type Emitted, type EntryNode, type MemberNode, memberNode, type ValueNode } from './nodes';
import { mergeBranch, normalise } from './normalise';
import { checkLanguage, checkPatterns, mayFail, patternConstraint, safeTest } from './patterns';
import { LayoutWriter, prefixBudget, type Site } from './writer';

/** in-place applicators left after merging, which may evaluate more properties or items than the schema's own keywords. */
const evaluatesInPlace = (schema: SchemaObject) =>
  ['anyOf', 'oneOf', 'if', 'then', 'else', 'not', 'dependentSchemas', 'contains'].some(
    (key) => schema[key] !== undefined,
  );

/** the compiler proper: walks the schema, appends segments, returns the value tree. */
export class Compiler extends LayoutWriter {
  /** the languages of leaf values (one per compilation: it counts grounding of the leaf being planned). */
  private readonly languages = new LeafLanguages(this.ctx);

  /** how many free-form objects enclose the current one. */
  private mapDepth = 0;

  /** emit a value at a site (its pointer, path, depth, the text written before it, whether it is optional). */
  value(input: unknown, site: Site): Emitted {
    const { pointer, path, prefix } = site;
    this.spend(1);
    const { schema: normalised, refs } = normalise(this.ctx, input, pointer);
    if (this.tooDeep(refs))
      throw new Unrepresentable(`recursion deeper than ${this.ctx.options.recursionDepth} at ${pointer}`);
    if (normalised === false) throw new Unrepresentable(`false schema at ${pointer}`);
    const schema: SchemaObject = normalised === true ? {} : normalised;
    this.enter(refs);
    try {
      auditKeywords(this.ctx, schema, pointer);
      // a known value (a form field a person filled) is written as it is, unless it is an object
      // of some of the members of an object schema: those are written, the rest filled
      const known = this.knownAt(path);
      if (known !== undefined && !(isObject(known.value) && typesOf(schema).includes('object'))) {
        this.fixedText(prefix + JSON.stringify(known.value));
        return { node: { kind: 'const', value: known.value } };
      }
      return this.normalisedValue(schema, site);
    } finally {
      this.leave(refs);
    }
  }

  /** emit the value of a normalised schema (no $ref or allOf left) at a site. */
  private normalisedValue(schema: SchemaObject, site: Site): Emitted {
    const { prefix, optional } = site;
    // const and enum of composite values: written whole (const) or chosen whole (enum)
    if (schema.const !== undefined && !optional && (isObject(schema.const) || Array.isArray(schema.const))) {
      this.fixedText(prefix + JSON.stringify(schema.const));
      return { node: { kind: 'const', value: schema.const } };
    }
    const branches = (
      Array.isArray(schema.anyOf) ? 'anyOf' : Array.isArray(schema.oneOf) ? 'oneOf' : undefined
    ) as 'anyOf' | 'oneOf' | undefined;
    if (branches) return this.union(schema, branches, site);
    const types = typesOf(schema);
    // a schema that says nothing of its type: offered as a scalar (any scalar is a valid instance)
    const untyped = types === ALL_TYPES;
    const composite =
      !untyped &&
      schema.const === undefined &&
      !Array.isArray(schema.enum) &&
      types.some((t) => !SCALAR_TYPES.has(t));
    const scalarOnly =
      types.every((t) => SCALAR_TYPES.has(t)) || schema.const !== undefined || Array.isArray(schema.enum);
    if (scalarOnly || !composite)
      return this.leaf(
        untyped ? this.untypedView(schema) : schema,
        site,
        untyped && !SCALAR_KEYWORDS.some((keyword) => schema[keyword] !== undefined),
      );
    // a composite type: prefer object, then array (scalars are dropped from a mixed type list)
    if (types.includes('object')) return this.object(schema, site);
    return this.array(schema, site);
  }

  private leaf(schema: SchemaObject, site: Site, anyValue = false): Emitted {
    const { pointer, path, prefix, optional } = site;
    const plans = this.ctx.leaves[anyValue ? 1 : 0];
    const known = plans.get(schema);
    let plan: Omit<LeafPlan, 'notes'>;
    if (known) {
      plan = known;
      for (const note of known.notes) this.ctx.report.validationOnly.push(pointer + note);
    } else {
      const noted = this.ctx.report.validationOnly.length;
      plan = this.languages.leafPlan(schema, pointer, anyValue);
      const notes = this.ctx.report.validationOnly.slice(noted);
      // kept when what it noted is relative to this leaf (it always is, today)
      if (notes.every((note) => note.startsWith(pointer)))
        plans.set(schema, { ...plan, notes: notes.map((note) => note.slice(pointer.length)) });
    }
    if (plan.ungrounded) {
      // nothing in the prompt for it: absent when it may be, else generated and said so
      if (optional) throw new Unrepresentable(`the prompt holds no value for ${pointer}`);
      (this.ctx.report.ground ??= { generated: [] }).generated.push(pointer);
    }
    if (!optional && plan.string) {
      // quotes are structure: written by the SDK
      this.fixedText(`${prefix}"`);
      const slot = this.addSlot({
        path,
        constraint: jsonString(plan.string.content),
        maxTokens: plan.string.budget,
        // a character is a byte at the least: a minLength too long for the budget is refused
        // before sampling (beyond EXACT_LENGTH, the automaton leaves it to validation)
        ...(typeof schema.minLength === 'number' ? { minBytes: schema.minLength } : {}),
      });
      this.fixedText('"');
      return { node: { kind: 'leaf', slot, before: '"', after: '"', path } };
    }
    // the separator and key are fixed text, so that the model sees which member the slot is (an
    // absent optional member leaves them in the canvas; decode goes by the nodes, not the text)
    this.fixedText(prefix);
    const slot = this.addSlot({
      path,
      constraint: plan.constraint,
      maxTokens: plan.budget,
      ...(optional ? { optional } : {}),
    });
    return { node: { kind: 'leaf', slot, before: '', after: '', path } };
  }

  /** an untyped schema with the scalar types, the same object each time (leaf plans go by identity). */
  private untypedView(schema: SchemaObject): SchemaObject {
    let view = this.ctx.untyped.get(schema);
    if (!view)
      this.ctx.untyped.set(schema, (view = { ...schema, type: ['string', 'number', 'boolean', 'null'] }));
    return view;
  }

  private union(schema: SchemaObject, keyword: 'anyOf' | 'oneOf', site: Site): Emitted {
    const { pointer, path, prefix, optional } = site;
    let parts = this.ctx.unions.get(schema);
    if (!parts) {
      const { [keyword]: _list, ...rest } = schema;
      this.ctx.unions.set(schema, (parts = { rest, merged: [], withAbsent: new Map() }));
    }
    const branches: SchemaObject[] = [];
    const branchRefs: unknown[][] = [];
    /** the index in the keyword's list of each branch kept. */
    const branchIndex: number[] = [];
    /** each branch kept as it is without the union's other keywords. */
    const branchTargets: unknown[] = [];
    const list = schema[keyword] as unknown[];
    // a union the compiler made of an if/then chain: its branches point at the thens
    const made = this.ctx.branchPointers.get(list);
    const branchPointer = (k: number) => made?.[k] ?? pointerJoin(pointer, keyword, k);
    for (const [k, branch] of list.entries()) {
      const inner = normalise(this.ctx, branch, branchPointer(k));
      if (inner.schema === false) continue;
      if (this.tooDeep(inner.refs)) continue;
      let merged = parts.merged[k];
      // merged once: the same union is met again and again (items, entries, unrolled recursion, retries)
      if (merged === undefined) parts.merged[k] = merged = mergeBranch(this.ctx, parts.rest, inner, pointer);
      if (merged === null) continue;
      branches.push(merged.schema);
      branchRefs.push(merged.refs);
      branchIndex.push(k);
      branchTargets.push(inner.schema);
    }
    if (branches.length === 0)
      throw new Unrepresentable(
        `no branch of ${keyword} at ${pointer} can hold a value within the recursion depth`,
      );
    if (keyword === 'oneOf') {
      this.ctx.report.validationOnly.push(`${pointer}/oneOf`);
      // a branch does not offer the properties only the other branches require, so that a value of
      // it does not match them too (oneOf [{required: [a]}, {required: [b]}])
      const requiredOf = branches.map(
        (branch) => new Set(Array.isArray(branch.required) ? (branch.required as string[]) : []),
      );
      for (const [k, branch] of branches.entries()) {
        const absent = requiredOf.flatMap((names, j) =>
          j === k ? [] : [...names].filter((name) => !requiredOf[k]!.has(name)),
        );
        if (!absent.length) continue;
        let byNames = parts.withAbsent.get(branch);
        if (!byNames) parts.withAbsent.set(branch, (byNames = new Map()));
        const names = absent.join('\u0000');
        let narrowed = byNames.get(names);
        if (!narrowed) byNames.set(names, (narrowed = { ...branch, [ABSENT]: absent }));
        branches[k] = narrowed;
      }
    }
    const scalar = branches.every(
      (branch) =>
        !Array.isArray(branch.anyOf) &&
        !Array.isArray(branch.oneOf) &&
        typesOf(branch).every((t) => SCALAR_TYPES.has(t)),
    );
    if (scalar) {
      // one slot whose language is the union of the branches; a branch with no value is left out
      const parts: Array<{ constraint: Constraint; budget: number }> = [];
      let emptyError: unknown;
      for (const [k, branch] of branches.entries()) {
        try {
          const part = this.languages.scalarLanguage(branch, branchPointer(branchIndex[k]!));
          if (mayFail(branch)) checkPatterns(branch, part.constraint, branchPointer(branchIndex[k]!));
          parts.push(part);
        } catch (error) {
          if (!(SchemaError.isInstance(error) && error.code === 'empty-language')) throw error;
          emptyError = error;
        }
      }
      if (parts.length === 0) throw emptyError;
      const language = {
        constraint: union(...parts.map((part) => part.constraint)),
        budget: Math.max(...parts.map((part) => part.budget)),
      };
      this.fixedText(prefix);
      const slot = this.addSlot({
        path,
        constraint: language.constraint,
        maxTokens: language.budget,
        optional,
      });
      return { node: { kind: 'leaf', slot, before: '', after: '', path } };
    }
    // composite branches: one is offered, the one asked for (options.branches, chosen by the model
    // in generateObject) or else the first that compiles; any value of it satisfies anyOf, oneOf
    // is checked by validation
    const mark = this.mark();
    let lastError: unknown;
    const asked = this.ctx.options.branches?.[pointer];
    const order = [...branches.keys()];
    const at = asked === undefined ? -1 : branchIndex.indexOf(asked);
    if (at > 0) order.unshift(...order.splice(at, 1));
    const unions = (this.ctx.report.unions ??= []);
    const plain = Object.keys(parts.rest).every((key) => ANNOTATIONS.has(key));
    const expansions = this.ctx.options.branches ? undefined : this.expansionKey();
    for (const k of order) {
      const branch = branches[k]!;
      const refs = branchRefs[k]!;
      // what the branch's size depends on (not known when branches are asked for by pointer)
      const sizeKey =
        expansions === undefined
          ? undefined
          : `${this.idOf(plain && branch === parts.merged[branchIndex[k]!]?.schema ? branchTargets[k]! : branch)}|${optional}|${expansions}`;
      const left = this.ctx.limits.maxSlots - this.ctx.slots.length;
      if (sizeKey !== undefined && left <= (this.ctx.fullBranches.get(sizeKey) ?? -1)) {
        lastError = new SlotLimit(this.ctx.limits.maxSlots);
        continue;
      }
      this.enter(refs);
      try {
        const emitted = this.normalisedValue(branch, {
          pointer: branchPointer(branchIndex[k]!),
          path,
          depth: site.depth,
          prefix,
          optional,
        });
        // reported once per union (the same union met again, in items or unrolled levels, offers the same branch)
        if (!unions.some((u) => u.pointer === pointer))
          unions.push({ pointer, keyword, candidates: branchIndex, chosen: branchIndex[k]! });
        return emitted;
      } catch (error) {
        if (
          !(error instanceof Unrepresentable) &&
          !(SchemaError.isInstance(error) && error.code !== 'invalid-schema')
        )
          throw error;
        if (error instanceof SlotLimit && this.ctx.stopWhenFull) throw error;
        if (error instanceof SlotLimit && sizeKey !== undefined)
          this.ctx.fullBranches.set(sizeKey, Math.max(left, this.ctx.fullBranches.get(sizeKey) ?? -1));
        lastError = error;
        this.restore(mark);
      } finally {
        this.leave(refs);
      }
    }
    // a union made of an if/then chain whose branches all fail: the chain is left to validation
    if (made && SchemaError.isInstance(lastError) && !(lastError instanceof SlotLimit)) {
      this.ctx.report.validationOnly.push(...made);
      return this.normalisedValue(parts.rest, site);
    }
    throw lastError;
  }

  private object(schema: SchemaObject, site: Site): Emitted {
    const { pointer, path, depth, optional } = site;
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const additional = schema.additionalProperties;
    const patternProperties = isObject(schema.patternProperties) ? schema.patternProperties : {};
    const absent = new Set((schema[ABSENT] as string[] | undefined) ?? []);
    const names = Object.keys(properties).filter((name) => !absent.has(name));
    // required names without a declared schema take the additional/pattern schema
    const extraSchemas = new Map<string, unknown>();
    for (const name of required) {
      if (Object.hasOwn(properties, name)) continue;
      const matching = Object.entries(patternProperties).find(([pattern]) => safeTest(pattern, name));
      if (matching) extraSchemas.set(name, matching[1]);
      else if (additional === false)
        throw new SchemaError({
          code: 'empty-language',
          pointer,
          message: `required property "${name}" is forbidden by additionalProperties: false`,
        });
      else extraSchemas.set(name, isObject(additional) ? additional : {});
      names.push(name);
    }
    // minProperties: make optional properties required, in order, until it can hold
    const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
    for (const name of names) {
      if (required.size >= minProperties) break;
      required.add(name);
    }
    const props: MemberNode[] = [];
    const entries: EntryNode[] = [];
    const body = (): ValueNode => {
      let first = true;
      for (const name of names) {
        const declared = Object.hasOwn(properties, name);
        const sub = declared ? properties[name] : extraSchemas.get(name);
        const subPointer = declared ? pointerJoin(pointer, 'properties', name) : pointer;
        // a known value is present, whatever the schema requires
        const isRequired = required.has(name) || this.knownAt(pointerJoin(path, name)) !== undefined;
        const memberPrefix = `${first ? '' : ','}${this.ws(depth + 1)}${quoted(name)}:${this.ctx.options.pretty ? ' ' : ''}`;
        const mark = this.mark();
        try {
          const emitted = this.member(sub, {
            pointer: subPointer,
            path: pointerJoin(path, name),
            depth: depth + 1,
            prefix: memberPrefix,
            optional: optional || !isRequired,
          });
          props.push(memberNode(emitted, optional || !isRequired, !isRequired, name));
          first = false;
        } catch (error) {
          if (!(error instanceof Unrepresentable) || isRequired)
            throw error instanceof Unrepresentable
              ? new SchemaError({ code: 'unsupported', pointer: subPointer, message: error.message })
              : error;
          // an optional property that cannot be represented (false schema, deep recursion) is not offered
          this.restore(mark);
        }
      }
      // free-form entries: additionalProperties / patternProperties with a schema, or no properties at all
      const mapSchemas: Array<{
        key: Constraint;
        accepts: (key: string) => boolean;
        value: unknown;
        pointer: string;
      }> = [];
      // a pattern that matches the empty string matches every key (patterns are unanchored): its
      // schema holds for the values of every other pattern's entries too
      const everyKey = Object.entries(patternProperties).filter(([pattern]) => safeTest(pattern, ''));
      for (const [pattern, sub] of Object.entries(patternProperties)) {
        if (sub === false) continue;
        const also = everyKey.filter(([other]) => other !== pattern).map(([, schema]) => schema);
        mapSchemas.push({
          key: patternConstraint(pattern, pointerJoin(pointer, 'patternProperties', pattern)),
          accepts: (key) => safeTest(pattern, key),
          value: also.length ? { allOf: [sub, ...also] } : sub,
          pointer: pointerJoin(pointer, 'patternProperties', pattern),
        });
      }
      // unevaluatedProperties: false closes the object to what properties/patternProperties evaluate
      const closed =
        additional === undefined && schema.unevaluatedProperties === false && !evaluatesInPlace(schema);
      const freeForm =
        additional === undefined || additional === true
          ? names.length === 0 && mapSchemas.length === 0 && !closed
          : isObject(additional);
      if (freeForm && additional !== false) {
        // a key equal to a declared property is ignored when decoding (the declared one wins)
        mapSchemas.push({
          key: FREE_KEY,
          accepts: isFreeKey,
          value: isObject(additional) ? additional : {},
          pointer: isObject(additional) ? `${pointer}/additionalProperties` : pointer,
        });
      }
      const maxProperties =
        typeof schema.maxProperties === 'number' ? schema.maxProperties : Number.POSITIVE_INFINITY;
      let offered = 0;
      // free-form objects nested in free-form objects: entries offered two levels deep, then {}
      if (this.mapDepth >= 2) mapSchemas.length = 0;
      // entries per map: mapEntries, or as many as asked for this object (options.entries: growth)
      const perMap = this.ctx.options.entries?.[pointer] ?? this.ctx.options.mapEntries;
      /** every map offered all its entries (none stopped by maxProperties or an unrepresentable value) */
      let allOffered = mapSchemas.length > 0;
      this.mapDepth++;
      try {
        for (const map of mapSchemas) {
          let k = 0;
          for (; k < perMap && names.length + offered < maxProperties; k++, offered++) {
            const keyPrefix = `${first && k === 0 && map === mapSchemas[0] ? '' : ','}${this.ws(depth + 1)}`;
            const entryPath = pointerJoin(path, `*${entries.length}`);
            const mark = this.mark();
            try {
              const keyConstraint = entryKeyConstraint(keyPrefix, map.key, this.ctx.options.pretty);
              if (map.key !== FREE_KEY) checkLanguage(keyConstraint, map.pointer);
              const keySlot = this.addSlot({
                path: entryPath,
                constraint: keyConstraint,
                maxTokens: 10 + prefixBudget(keyPrefix),
                optional: true,
              });
              const emitted = this.member(map.value, {
                pointer: map.pointer,
                path: entryPath,
                depth: depth + 1,
                prefix: '',
                optional: true,
              });
              entries.push({
                keySlot,
                keyPrefix,
                keySuffix: this.ctx.options.pretty ? ': ' : ':',
                accepts: map.accepts,
                node: emitted.node,
                ...(emitted.presence !== undefined ? { member: memberNode(emitted, true, true) } : {}),
              });
            } catch (error) {
              if (
                !(error instanceof Unrepresentable) &&
                !(SchemaError.isInstance(error) && error.code === 'empty-language')
              )
                throw error;
              this.restore(mark);
              break;
            }
          }
          if (k < perMap) allOffered = false;
        }
      } finally {
        this.mapDepth--;
      }
      if (mapSchemas.length > 0 && perMap > 0)
        (this.ctx.report.maps ??= []).push({
          pointer,
          path,
          perMap,
          entries: entries.length,
          declared: names,
          more: allOffered && names.length + offered < maxProperties,
        });
      return { kind: 'object', path, props, entries };
    };
    return this.composite(
      '{',
      `${names.length || this.ctx.options.pretty ? this.ws(depth) : ''}}`,
      site,
      body,
    );
  }

  /** a member (property, entry value or item) of any type. */
  private member(sub: unknown, site: Site): Emitted & Partial<MemberNode> {
    return this.value(sub, site);
  }

  private array(schema: SchemaObject, site: Site): Emitted {
    const { pointer, path, depth, optional } = site;
    const tuple = Array.isArray(schema.prefixItems)
      ? schema.prefixItems
      : Array.isArray(schema.items)
        ? schema.items
        : [];
    let rest = Array.isArray(schema.prefixItems)
      ? schema.items
      : Array.isArray(schema.items)
        ? schema.additionalItems
        : schema.items;
    // unevaluatedItems: false with nothing else evaluating the rest: the tuple only (a subset, always valid)
    if (rest === undefined && schema.unevaluatedItems === false && !evaluatesInPlace(schema)) rest = false;
    const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
    if (minItems > maxItems)
      throw new SchemaError({
        code: 'empty-language',
        pointer,
        message: `minItems ${minItems} is greater than maxItems ${maxItems}`,
      });
    const restAllowed = rest !== false;
    // a small maxItems is offered whole; otherwise arrayItems items beyond the tuple (or the
    // number of items asked for this array in options.items)
    const asked = this.ctx.options.items?.[pointer];
    const bounded = maxItems - tuple.length <= 2 * this.ctx.options.arrayItems;
    const restItems = restAllowed
      ? asked !== undefined
        ? asked - tuple.length
        : bounded
          ? maxItems - tuple.length
          : this.ctx.options.arrayItems
      : 0;
    let count = Math.max(minItems, Math.min(maxItems, tuple.length + Math.max(0, restItems)));
    if (!restAllowed) count = Math.min(count, tuple.length);
    if (count < minItems)
      throw new SchemaError({
        code: 'empty-language',
        pointer,
        message: `minItems ${minItems} cannot be met: items beyond the ${tuple.length} of the tuple are forbidden`,
      });
    const items: MemberNode[] = [];
    const body = (): ValueNode => {
      for (let k = 0; k < count; k++) {
        const sub = k < tuple.length ? tuple[k] : rest === undefined || rest === true ? {} : rest;
        const subPointer =
          k < tuple.length
            ? pointerJoin(pointer, Array.isArray(schema.prefixItems) ? 'prefixItems' : 'items', k)
            : `${pointer}/items`;
        const itemOptional = optional || k >= minItems;
        // positional items (tuples) cannot be absent without shifting the rest: required up to the tuple
        const itemPrefix = `${k === 0 ? '' : ','}${this.ws(depth + 1)}`;
        const mark = this.mark();
        try {
          const emitted = this.member(sub, {
            pointer: subPointer,
            path: pointerJoin(path, k),
            depth: depth + 1,
            prefix: itemPrefix,
            optional: itemOptional,
          });
          items.push(memberNode(emitted, itemOptional, k >= minItems));
        } catch (error) {
          if (!(error instanceof Unrepresentable) || !itemOptional)
            throw error instanceof Unrepresentable
              ? new SchemaError({ code: 'unsupported', pointer: subPointer, message: error.message })
              : error;
          this.restore(mark);
          break;
        }
      }
      // every item offered, and the schema allows more: generation may grow it (see grow.ts)
      (this.ctx.report.arrays ??= []).push({
        pointer,
        path,
        items: items.length,
        more: restAllowed && items.length === count && count < maxItems,
      });
      return { kind: 'array', path, items };
    };
    return this.composite('[', `${count && this.ctx.options.pretty ? this.ws(depth) : ''}]`, site, body);
  }
}

/** property names as JSON strings: the same names are written again and again. */
const quotedNames = new Map<string, string>();
function quoted(name: string): string {
  let text = quotedNames.get(name);
  if (text === undefined) {
    if (quotedNames.size >= 4096) quotedNames.clear();
    quotedNames.set(name, (text = JSON.stringify(name)));
  }
  return text;
}

/**
 * keys offered for free-form objects. a free-form key: any non-empty text without control characters ("Content-Type", "/users",
 * "2.0.0", "*.py"); its slot's token budget bounds its length.
 */
const FREE_KEY = regex('[^\\u0000-\\u001f]+', 'u');
/** whether a key is in FREE_KEY's language. */
const isFreeKey = (key: string): boolean => key.length > 0 && ![...key].some((c) => c.charCodeAt(0) < 0x20);
const entryKeys = new Map<string, Map<Constraint, Constraint>>();

/** the constraint of an entry's key slot (separator, quoted key, colon); one object per (prefix, key language). */
function entryKeyConstraint(prefix: string, key: Constraint, pretty: boolean): Constraint {
  const head = `${prefix}"`;
  let byKey = entryKeys.get(head + pretty);
  if (!byKey) entryKeys.set(head + pretty, (byKey = new Map()));
  let constraint = byKey.get(key);
  if (!constraint)
    byKey.set(
      key,
      (constraint = sequence(literal(head), jsonString(key), literal(`":${pretty ? ' ' : ''}`))),
    );
  return constraint;
}
