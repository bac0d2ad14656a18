// A fast parser derived from a zod schema: the same verdict and the same output as the schema's
// own parse for every input, without zod's per-value bookkeeping (a payload and an issue list
// per value: most of the time and garbage of reading a 150,000-seat park). It says only "valid,
// here is the value" or "not valid"; parsePlan then runs zod itself for the problems and their
// paths. It is built from the schema's definition, so there is still one declaration of the
// format, and it knows only the zod constructs and checks the plan schema uses: any other one
// throws when the parser is built (never a silent pass), to be taught here. With `reuse` (for a
// JSON.parse result nobody else holds) it returns the input's own objects wherever they already
// are zod's output, copying only what zod would change: no per-element allocation on a big park.
// test/floorplan/fastParser.test.ts compares both ways with zod over many broken documents.
import type { z } from 'zod';

/** What a parse step returns for a value that fails the schema. */
const FAILED: unique symbol = Symbol('failed');
type Step = (value: unknown) => unknown;

export class UnsupportedSchemaError extends Error {}

function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod's isPlainObject (records accept only these). */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

type CheckDef = { check: string; when?: unknown; [k: string]: unknown };

function checkDefs(schema: z.core.$ZodType): CheckDef[] {
  return (schema._zod.def.checks ?? []).map((c) => c._zod.def as unknown as CheckDef);
}

function unsupported(what: string): never {
  throw new UnsupportedSchemaError(`fastParser: ${what} is not supported; teach src/floorplan/format/fastParser.ts`);
}

/** A number schema's checks folded into one range, and whether the number must be a safe integer. */
interface NumberRule {
  min: number;
  minExclusive: boolean;
  max: number;
  maxExclusive: boolean;
  int: boolean;
}

function numberRule(schema: z.core.$ZodType): NumberRule {
  const rule: NumberRule = { min: -Infinity, minExclusive: false, max: Infinity, maxExclusive: false, int: false };
  for (const c of checkDefs(schema)) {
    if (c.when !== undefined) unsupported(`a conditional ${c.check} check`);
    switch (c.check) {
      case 'greater_than':
      case 'less_than': {
        const bound = c['value'];
        if (typeof bound !== 'number') unsupported('a non-numeric bound');
        const exclusive = !c['inclusive'];
        // both bounds must hold: keep the tighter (equal values: the exclusive one)
        if (c.check === 'greater_than' && (bound > rule.min || (bound === rule.min && exclusive))) {
          rule.min = bound;
          rule.minExclusive = exclusive;
        }
        if (c.check === 'less_than' && (bound < rule.max || (bound === rule.max && exclusive))) {
          rule.max = bound;
          rule.maxExclusive = exclusive;
        }
        break;
      }
      case 'number_format':
        if (c['format'] !== 'safeint') unsupported(`number format ${String(c['format'])}`);
        rule.int = true;
        break;
      default:
        unsupported(`number check ${c.check}`);
    }
  }
  return rule;
}

/** zod's z.number() with the rule's checks: a finite number within the range. */
function numberPasses(v: unknown, r: NumberRule): boolean {
  return (
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (r.minExclusive ? v > r.min : v >= r.min) &&
    (r.maxExclusive ? v < r.max : v <= r.max) &&
    (!r.int || Number.isSafeInteger(v))
  );
}

/** zod counts a string's length in code points. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** A string schema's checks: the least length (in code points) and the patterns it must match. */
interface StringRule {
  minLength: number;
  patterns: RegExp[];
}

function stringRule(schema: z.core.$ZodType): StringRule {
  const rule: StringRule = { minLength: 0, patterns: [] };
  for (const c of checkDefs(schema)) {
    switch (c.check) {
      case 'min_length': {
        // `when` is zod's has-a-length default here: a string always has one
        const min = c['minimum'];
        if (typeof min !== 'number') unsupported('a non-numeric minimum');
        rule.minLength = Math.max(rule.minLength, min);
        break;
      }
      case 'string_format': {
        if (c.when !== undefined) unsupported('a conditional string format');
        const pattern = c['pattern'];
        if (c['format'] !== 'regex' || !(pattern instanceof RegExp)) unsupported(`string format ${String(c['format'])}`);
        rule.patterns.push(pattern);
        break;
      }
      default:
        unsupported(`string check ${c.check}`);
    }
  }
  return rule;
}

function stringPasses(v: unknown, r: StringRule): boolean {
  if (typeof v !== 'string') return false;
  const min = r.minLength;
  // a code point is one or two code units: counted only when the length leaves it open
  if (min > 0 && v.length < 2 * min && (v.length < min || codePoints(v) < min)) return false;
  for (let i = 0; i < r.patterns.length; i++) {
    const pattern = r.patterns[i]!;
    pattern.lastIndex = 0;
    if (!pattern.test(v)) return false;
  }
  return true;
}

function arrayCheck(c: CheckDef): (a: unknown[]) => boolean {
  const n = c['minimum'] ?? c['maximum'];
  if (typeof n !== 'number') unsupported(`array check ${c.check}`);
  if (c.check === 'min_length') return (a) => a.length >= n;
  if (c.check === 'max_length') return (a) => a.length <= n;
  return unsupported(`array check ${c.check}`);
}

function all<T>(tests: ((v: T) => boolean)[]): ((v: T) => boolean) | null {
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0]!;
  return (v) => {
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

interface Field {
  key: string;
  /** the field's schema (an optional field's: the inner one) */
  schema: z.core.$ZodType;
  step: Step;
  /** `.optional()`: may be absent (or undefined); the step is the inner schema's */
  optional: boolean;
}

// How the reuse path checks a field: in place, for a leaf (a value that parses to itself: a
// number, a string, a boolean, an enum member, a pair of numbers such as a point), else through
// the field's step. Most of a big plan is leaves; a call per leaf was most of the parser's time.
const THROUGH_STEP = 0;
const NUMBER = 1;
const STRING = 2;
const BOOLEAN = 3;
const MEMBER = 4;
const NUMBER_PAIR = 5;

interface Leaf {
  kind: number;
  /** NUMBER, and the first of a NUMBER_PAIR */
  first: NumberRule | null;
  second: NumberRule | null;
  text: StringRule | null;
  /** MEMBER: the enum's values or the literal */
  values: ReadonlySet<unknown> | null;
}

function leafOf(schema: z.core.$ZodType, build: Build): Leaf {
  const leaf: Leaf = { kind: THROUGH_STEP, first: null, second: null, text: null, values: null };
  // a watched schema's values go through its step, which tells the watcher
  if (build.watched.has(schema)) return leaf;
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'number':
      return { ...leaf, kind: NUMBER, first: numberRule(schema) };
    case 'string':
      return { ...leaf, kind: STRING, text: stringRule(schema) };
    case 'boolean':
      return def.checks?.length ? leaf : { ...leaf, kind: BOOLEAN };
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      return values && !def.checks?.length ? { ...leaf, kind: MEMBER, values } : leaf;
    }
    case 'tuple': {
      const [a, b] = def.items;
      const plainNumber = (item: z.core.$ZodType | undefined): item is z.core.$ZodType =>
        item !== undefined && item._zod.def.type === 'number' && item._zod.optin === undefined && item._zod.optout === undefined && !build.watched.has(item);
      if (def.items.length !== 2 || def.rest || def.checks?.length || !plainNumber(a) || !plainNumber(b)) return leaf;
      return { ...leaf, kind: NUMBER_PAIR, first: numberRule(a), second: numberRule(b) };
    }
    default:
      return leaf;
  }
}

/** In the reuse path: a field parsed to itself (see objectStep). */
const KEPT: unique symbol = Symbol('kept');
/** In the copying path: a field not yet parsed. */
const PENDING: unique symbol = Symbol('pending');

function objectStep(def: z.core.$ZodObjectDef, reuse: boolean, build: Build): Step {
  if (Object.getOwnPropertySymbols(def.shape).length) unsupported('a symbol key');
  const fields: Field[] = Object.entries(def.shape)
    .filter(([key]) => key !== '__proto__')
    .map(([key, schema]) => {
      build.fieldNames.add(key);
      const optional = schema._zod.optin === 'optional' && schema._zod.optout === 'optional';
      if (optional) {
        const d = schema._zod.def as z.core.$ZodOptionalDef;
        if (d.type !== 'optional') unsupported(`an optional ${d.type}`);
        return { key, schema: d.innerType, step: compile(d.innerType, reuse, build), optional };
      }
      if (schema._zod.optin !== undefined || schema._zod.optout !== undefined) unsupported(`field ${key}: a defaulted or optional-out schema`);
      return { key, schema, step: compile(schema, reuse, build), optional };
    });
  const declared = new Set(Object.keys(def.shape));
  const catchall = def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'never') unsupported(`a ${catchall} catchall`);
  if (def.checks?.length) unsupported('object checks');

  /**
   * zod's way, for any object: a new object, the fields in the schema's order, then the unknown
   * keys. `done` holds the fields the reuse path had parsed already (each value is parsed once).
   */
  const copying = (input: unknown, done?: unknown[]): unknown => {
    if (!isObject(input)) return FAILED;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const value = input[f.key];
      if (f.optional && value === undefined) {
        if (f.key in input) out[f.key] = undefined;
        continue;
      }
      if (!f.optional && !(f.key in input)) return FAILED;
      const parsed = done !== undefined && done[i] !== PENDING ? done[i] : f.step(value);
      if (parsed === FAILED) return FAILED;
      out[f.key] = parsed;
    }
    if (catchall !== undefined) {
      // for...in, as zod: inherited enumerable keys count; __proto__ is never copied
      for (const key in input) {
        if (declared.has(key)) continue;
        if (catchall === 'never') return FAILED;
        if (key !== '__proto__') out[key] = input[key];
      }
    }
    return out;
  };
  if (!reuse) return copying;

  // The reuse path: one for...in over the input, each key compared with the field expected next
  // (interned keys: pointer comparisons, no lookups, nothing allocated). An object whose keys
  // already stand in the order zod writes them, whose fields all parse to themselves, is zod's
  // output as it is and is returned itself. Anything irregular (a key out of that order, a missing
  // or undefined field, __proto__) hands over to the copying way, which has the last word.
  const n = fields.length;
  const keys = fields.map((f) => f.key);
  const steps = fields.map((f) => f.step);
  const leaves = fields.map((f) => leafOf(f.schema, build));
  const optional = fields.map((f) => f.optional);
  const keepsUnknown = catchall === 'unknown';
  /** what the fields parsed so far (those before `stop` in for...in order) parsed to */
  const parsedBefore = (input: Record<string, unknown>, replaced: unknown[] | undefined, stop: string | undefined): unknown[] => {
    const done = new Array<unknown>(n).fill(PENDING);
    for (const key in input) {
      if (key === stop) break;
      const k = keys.indexOf(key);
      if (k >= 0) done[k] = replaced !== undefined && replaced[k] !== KEPT ? replaced[k] : input[key];
    }
    return done;
  };
  /** the input with the fields the steps changed, in zod's order (its keys are known to be in order) */
  const rebuilt = (input: Record<string, unknown>, replaced: unknown[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      if (replaced[i] !== KEPT) out[key] = replaced[i];
      else if (Object.prototype.hasOwnProperty.call(input, key)) out[key] = input[key];
    }
    for (const key in input) if (!declared.has(key)) out[key] = input[key];
    return out;
  };
  return (input) => {
    if (!isObject(input)) return FAILED;
    // for...in would also list what a prototype other than Object's holds
    if (Object.getPrototypeOf(input) !== Object.prototype) return copying(input);
    let next = 0;
    let unknownSeen = false;
    let replaced: unknown[] | undefined;
    for (const key in input) {
      let k = next;
      while (k < n && keys[k] !== key) k++;
      if (k === n) {
        // not a field still to come: an unknown key, or a field out of order
        if (!keepsUnknown || key === '__proto__' || declared.has(key)) return copying(input, parsedBefore(input, replaced, key));
        unknownSeen = true;
        continue;
      }
      const value = input[key];
      // zod writes the fields before the unknown keys; a field skipped must be optional
      let irregular = unknownSeen || value === undefined;
      for (let s = next; s < k && !irregular; s++) irregular = !optional[s];
      if (irregular) return copying(input, parsedBefore(input, replaced, key));
      const leaf = leaves[k]!;
      switch (leaf.kind) {
        case NUMBER:
          if (!numberPasses(value, leaf.first!)) return FAILED;
          break;
        case STRING:
          if (!stringPasses(value, leaf.text!)) return FAILED;
          break;
        case BOOLEAN:
          if (typeof value !== 'boolean') return FAILED;
          break;
        case MEMBER:
          if (!leaf.values!.has(value)) return FAILED;
          break;
        case NUMBER_PAIR:
          if (!Array.isArray(value) || value.length !== 2 || !numberPasses(value[0], leaf.first!) || !numberPasses(value[1], leaf.second!)) return FAILED;
          break;
        default: {
          const parsed = steps[k]!(value);
          if (parsed === FAILED) return FAILED;
          if (parsed !== value) (replaced ??= new Array<unknown>(n).fill(KEPT))[k] = parsed;
        }
      }
      next = k + 1;
    }
    for (let s = next; s < n; s++) if (!optional[s]) return copying(input, parsedBefore(input, replaced, undefined));
    return replaced === undefined ? input : rebuilt(input, replaced);
  };
}

/** Told of each value a watched schema parsed (see FastParserOptions.watch). */
export type Watcher = (schema: z.core.$ZodType, output: unknown) => void;

/** What building a parser gathers and shares between its steps. */
interface Build {
  /** every field name of every object schema, for prototypeTouched */
  fieldNames: Set<string>;
  watched: ReadonlySet<z.core.$ZodType>;
  /** the watcher of the parse under way, if any */
  watcher: Watcher | undefined;
}

/**
 * The step for `schema`. With `reuse`, a value that is already what zod would return (an array or
 * object from JSON.parse whose parts all pass unchanged) is returned itself, not copied.
 */
function compile(schema: z.core.$ZodType, reuse: boolean, build: Build): Step {
  const step = compileStep(schema, reuse, build);
  if (!build.watched.has(schema)) return step;
  return (v) => {
    const parsed = step(v);
    if (parsed !== FAILED && build.watcher !== undefined) build.watcher(schema, parsed);
    return parsed;
  };
}

function compileStep(schema: z.core.$ZodType, reuse: boolean, build: Build): Step {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'number': {
      const rule = numberRule(schema);
      return (v) => (numberPasses(v, rule) ? v : FAILED);
    }
    case 'string': {
      const rule = stringRule(schema);
      return (v) => (stringPasses(v, rule) ? v : FAILED);
    }
    case 'boolean':
      if (def.checks?.length) unsupported('boolean checks');
      return (v) => (typeof v === 'boolean' ? v : FAILED);
    case 'enum':
    case 'literal': {
      if (def.checks?.length) unsupported(`${def.type} checks`);
      const values = schema._zod.values;
      if (!values) return unsupported(`${def.type} without values`);
      return (v) => (values.has(v as z.core.util.Primitive) ? v : FAILED);
    }
    case 'unknown':
      return (v) => v;
    case 'array': {
      const element = compile(def.element, reuse, build);
      const test = all(checkDefs(schema).map(arrayCheck));
      if (reuse) {
        return (v) => {
          if (!Array.isArray(v) || (test && !test(v))) return FAILED;
          // copied only from the first element a step changed
          let out: unknown[] | undefined;
          for (let i = 0; i < v.length; i++) {
            const item: unknown = v[i];
            const parsed = element(item);
            if (parsed === FAILED) return FAILED;
            if (out !== undefined) out.push(parsed);
            else if (parsed !== item) {
              out = v.slice(0, i);
              out.push(parsed);
            }
          }
          return out ?? v;
        };
      }
      return (v) => {
        if (!Array.isArray(v) || (test && !test(v))) return FAILED;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const parsed = element(v[i]);
          if (parsed === FAILED) return FAILED;
          out[i] = parsed;
        }
        return out;
      };
    }
    case 'tuple': {
      if (def.rest) unsupported('a tuple with a rest');
      if (def.checks?.length) unsupported('tuple checks');
      if (def.items.some((item) => item._zod.optin !== undefined || item._zod.optout !== undefined)) unsupported('a tuple with optional items');
      const items = def.items.map((item) => compile(item, reuse, build));
      if (items.length === 2) {
        const [first, second] = items as [Step, Step];
        return (v) => {
          if (!Array.isArray(v) || v.length !== 2) return FAILED;
          const x: unknown = v[0];
          const y: unknown = v[1];
          const a = first(x);
          const b = second(y);
          if (a === FAILED || b === FAILED) return FAILED;
          return reuse && a === x && b === y ? v : [a, b];
        };
      }
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return FAILED;
        const out = new Array<unknown>(items.length);
        let same = reuse;
        for (let i = 0; i < items.length; i++) {
          const parsed = items[i]!(v[i]);
          if (parsed === FAILED) return FAILED;
          if (parsed !== v[i]) same = false;
          out[i] = parsed;
        }
        return same ? v : out;
      };
    }
    case 'union': {
      if (def.checks?.length) unsupported('union checks');
      if ('discriminator' in def || def.inclusive === false) unsupported('a discriminated or exclusive union');
      const options = def.options.map((option) => compile(option, reuse, build));
      return (v) => {
        for (const option of options) {
          const parsed = option(v);
          if (parsed !== FAILED) return parsed;
        }
        return FAILED;
      };
    }
    case 'record': {
      const key = def.keyType._zod.def;
      if (key.type !== 'string' || key.checks?.length || def.checks?.length) unsupported('a record keyed other than by plain strings');
      // always copied: records are few and small, and zod's key order (Reflect.ownKeys) is its own
      const value = compile(def.valueType, reuse, build);
      return (v) => {
        if (!isPlainObject(v)) return FAILED;
        const out: Record<string, unknown> = {};
        for (const k of Reflect.ownKeys(v)) {
          if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
          if (typeof k !== 'string') return FAILED;
          const parsed = value(v[k]);
          if (parsed === FAILED) return FAILED;
          out[k] = parsed;
        }
        return out;
      };
    }
    case 'object':
      return objectStep(def, reuse, build);
    default:
      return unsupported(`a ${def.type} schema`);
  }
}

export interface FastParserOptions {
  /**
   * The caller hands over a value straight from JSON.parse (plain objects and arrays, no holes)
   * and will not use it again: the parser may return its objects and arrays themselves where
   * they are already what zod would return (the usual case), instead of copying every one. The
   * output is the same either way; only who else holds it differs.
   */
  reuse?: boolean;
  /**
   * Schemas whose parsed values the caller wants to be told of, each as soon as it is parsed
   * (while it is still in the processor's cache), through the watcher given to the parse. A
   * value may be told more than once, and one of a document that fails in the end is told too.
   */
  watch?: readonly z.core.$ZodType[];
}

/** True when Object.prototype holds something a for...in or a field read would find on a plain object. */
function prototypeTouched(fieldNames: ReadonlySet<string>): boolean {
  for (const _ in Object.prototype) return true;
  for (const name of fieldNames) if (name in Object.prototype) return true;
  return false;
}

/**
 * The schema's output for `value`, or undefined when the schema rejects it (ask the schema for
 * the issues). Throws UnsupportedSchemaError, when built, for a schema using anything else.
 */
export function fastParser<S extends z.core.$ZodType>(schema: S, options: FastParserOptions = {}): (value: unknown, watcher?: Watcher) => z.output<S> | undefined {
  if (schema._zod.optin !== undefined || schema._zod.optout !== undefined) unsupported('an optional schema at the top');
  const build: Build = { fieldNames: new Set(), watched: new Set(options.watch), watcher: undefined };
  const copying = compile(schema, false, build);
  const reusing = options.reuse ? compile(schema, true, build) : undefined;
  // the one unchecked step: compile() mirrors zod's parse of this schema, value for value
  // (fastParser.test.ts holds it to zod), so what it returns is the schema's output
  return (value, watcher) => {
    // the reuse path reads keys with for...in and takes an object's own keys for all it has:
    // true of JSON values unless something was added to Object.prototype (then copy, as zod)
    const step = reusing !== undefined && !prototypeTouched(build.fieldNames) ? reusing : copying;
    const outer = build.watcher;
    build.watcher = watcher;
    try {
      const parsed = step(value);
      return parsed === FAILED ? undefined : (parsed as z.output<S>);
    } finally {
      build.watcher = outer;
    }
  };
}
