// A fast parser derived from a zod schema: the same verdict and the same output as the schema's
// own parse for every input, without zod's per-value bookkeeping (a payload and an issue list
// per value: most of the time and garbage of reading a 150,000-seat park). It says only "valid,
// here is the value" or "not valid"; parsePlan then runs zod itself for the problems and their
// paths. It is built from the schema's definition, so there is still one declaration of the
// format, and it knows only the zod constructs and checks the plan schema uses: any other one
// throws when the parser is built (never a silent pass), to be taught here.
// test/floorplan/fastParser.test.ts compares it with zod over many broken documents.
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

function numberCheck(c: CheckDef): (n: number) => boolean {
  if (c.when !== undefined) unsupported(`a conditional ${c.check} check`);
  switch (c.check) {
    case 'greater_than': {
      const min = c['value'];
      if (typeof min !== 'number') unsupported('a non-numeric bound');
      return c['inclusive'] ? (n) => n >= min : (n) => n > min;
    }
    case 'less_than': {
      const max = c['value'];
      if (typeof max !== 'number') unsupported('a non-numeric bound');
      return c['inclusive'] ? (n) => n <= max : (n) => n < max;
    }
    case 'number_format':
      if (c['format'] !== 'safeint') unsupported(`number format ${String(c['format'])}`);
      return (n) => Number.isSafeInteger(n);
    default:
      return unsupported(`number check ${c.check}`);
  }
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

function stringCheck(c: CheckDef): (s: string) => boolean {
  switch (c.check) {
    case 'min_length': {
      // `when` is zod's has-a-length default here: a string always has one
      const min = c['minimum'];
      if (typeof min !== 'number') unsupported('a non-numeric minimum');
      return (s) => s.length >= 2 * min || (s.length >= min && codePoints(s) >= min);
    }
    case 'string_format': {
      if (c.when !== undefined) unsupported('a conditional string format');
      const pattern = c['pattern'];
      if (c['format'] !== 'regex' || !(pattern instanceof RegExp)) unsupported(`string format ${String(c['format'])}`);
      return (s) => {
        pattern.lastIndex = 0;
        return pattern.test(s);
      };
    }
    default:
      return unsupported(`string check ${c.check}`);
  }
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
  step: Step;
  /** `.optional()`: may be absent (or undefined); the step is the inner schema's */
  optional: boolean;
}

function objectStep(def: z.core.$ZodObjectDef): Step {
  if (Object.getOwnPropertySymbols(def.shape).length) unsupported('a symbol key');
  const fields: Field[] = Object.entries(def.shape)
    .filter(([key]) => key !== '__proto__')
    .map(([key, schema]) => {
      const optional = schema._zod.optin === 'optional' && schema._zod.optout === 'optional';
      if (optional) {
        const d = schema._zod.def as z.core.$ZodOptionalDef;
        if (d.type !== 'optional') unsupported(`an optional ${d.type}`);
        return { key, step: compile(d.innerType), optional };
      }
      if (schema._zod.optin !== undefined || schema._zod.optout !== undefined) unsupported(`field ${key}: a defaulted or optional-out schema`);
      return { key, step: compile(schema), optional };
    });
  const declared = new Set(Object.keys(def.shape));
  const catchall = def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'never') unsupported(`a ${catchall} catchall`);
  if (def.checks?.length) unsupported('object checks');
  return (input) => {
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
      const parsed = f.step(value);
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
}

function compile(schema: z.core.$ZodType): Step {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'number': {
      const test = all(checkDefs(schema).map(numberCheck));
      if (test) return (v) => (typeof v === 'number' && Number.isFinite(v) && test(v) ? v : FAILED);
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAILED);
    }
    case 'string': {
      const test = all(checkDefs(schema).map(stringCheck));
      if (test) return (v) => (typeof v === 'string' && test(v) ? v : FAILED);
      return (v) => (typeof v === 'string' ? v : FAILED);
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
      const element = compile(def.element);
      const test = all(checkDefs(schema).map(arrayCheck));
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
      const items = def.items.map(compile);
      if (items.length === 2) {
        const [first, second] = items as [Step, Step];
        return (v) => {
          if (!Array.isArray(v) || v.length !== 2) return FAILED;
          const a = first(v[0]);
          const b = second(v[1]);
          return a === FAILED || b === FAILED ? FAILED : [a, b];
        };
      }
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return FAILED;
        const out = new Array<unknown>(items.length);
        for (let i = 0; i < items.length; i++) {
          const parsed = items[i]!(v[i]);
          if (parsed === FAILED) return FAILED;
          out[i] = parsed;
        }
        return out;
      };
    }
    case 'union': {
      if (def.checks?.length) unsupported('union checks');
      if ('discriminator' in def || def.inclusive === false) unsupported('a discriminated or exclusive union');
      const options = def.options.map(compile);
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
      const value = compile(def.valueType);
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
      return objectStep(def);
    default:
      return unsupported(`a ${def.type} schema`);
  }
}

/**
 * The schema's output for `value`, or undefined when the schema rejects it (ask the schema for
 * the issues). Throws UnsupportedSchemaError, when built, for a schema using anything else.
 */
export function fastParser<S extends z.core.$ZodType>(schema: S): (value: unknown) => z.output<S> | undefined {
  if (schema._zod.optin !== undefined || schema._zod.optout !== undefined) unsupported('an optional schema at the top');
  const step = compile(schema);
  // the one unchecked step: compile() mirrors zod's parse of this schema, value for value
  // (fastParser.test.ts holds it to zod), so what it returns is the schema's output
  return (value) => {
    const parsed = step(value);
    return parsed === FAILED ? undefined : (parsed as z.output<S>);
  };
}
