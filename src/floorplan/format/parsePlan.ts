// Reading a plan file: never throws, whatever the input. Returns the plan, or every problem
// found with its JSON path and a message in zh-CN and en.
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { Floor, PlanDocument } from '../types.ts';
import { fastParser, type Watcher } from './fastParser.ts';
import { migrate } from './migrations.ts';
import { problem, type PlanProblem } from './problems.ts';
import { floorSchema, planSchema } from './schema.ts';
import { issueToProblem } from './schemaIssues.ts';
import { scanFloor, semanticProblems, type FloorScan } from './semanticChecks.ts';

export type ParseResult =
  | { ok: true; plan: PlanDocument; migrated: string[] }
  | { ok: false; problems: PlanProblem[] };

/** More problems than this are summarised: nobody reads ten thousand lines. */
export const MAX_PROBLEMS = 200;

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: end - lastBreak };
}

/** JSON.parse says little about where (node 20 gives no position); a tolerant parser finds the first error. */
function jsonErrorProblem(text: string): PlanProblem {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return problem([], 'not-json', '不是有效的 JSON', 'not valid JSON');
  const { line, column } = lineAndColumn(text, first.offset);
  const what = printParseErrorCode(first.error);
  if (first.offset >= text.trimEnd().length) {
    return problem([], 'not-json', `不是有效的 JSON：文件在第 ${line} 行中途结束（可能不完整）`, `not valid JSON: the file ends too early at line ${line} (truncated?)`);
  }
  return problem([], 'not-json', `不是有效的 JSON：第 ${line} 行第 ${column} 列有错误（${what}）`, `not valid JSON: error at line ${line}, column ${column} (${what})`);
}

function capped(problems: PlanProblem[]): PlanProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    problem([], 'more-problems', `另有 ${rest} 个问题未列出`, `${rest} more problems not listed`),
  ];
}

/** Validates an already-parsed JSON value (used by importers that hold objects, not text). */
export function parsePlanValue(value: unknown): ParseResult {
  return validatePlan(value, false);
}

/**
 * `owned`: the value came from our own JSON.parse and nobody else holds it, so the plan may be
 * made of its objects instead of copies of them (most of the time and garbage of a big park).
 */
function validatePlan(value: unknown, owned: boolean): ParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [problem([], 'not-object', '文件内容不是 Callfloor 方案（顶层应为 JSON 对象）', 'not a Callfloor plan (the top level must be a JSON object)')] };
  }
  const raw = value as Record<string, unknown>;
  if (raw['format'] !== 'callfloor') {
    const found = raw['format'] === undefined ? '' : `（format 为 ${JSON.stringify(raw['format'])}）`;
    const foundEn = raw['format'] === undefined ? ' (no "format" field)' : ` (format is ${JSON.stringify(raw['format'])})`;
    return { ok: false, problems: [problem(['format'], 'wrong-format', `不是 Callfloor 方案文件${found}`, `not a Callfloor plan file${foundEn}`)] };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  // each floor is scanned for the semantic checks as the parser finishes it, still in the cache
  const scans = new Map<Floor, FloorScan>();
  const plan = schemaOutput(migrated.doc, owned, (_schema, floor) => scans.set(floor as Floor, scanFloor(floor as Floor)));
  if (!plan.ok) return { ok: false, problems: capped(plan.issues.map((i) => issueToProblem(i, migrated.doc))) };
  const semantic = semanticProblems(plan.value, scans);
  if (semantic.length) return { ok: false, problems: capped(semantic) };
  return { ok: true, plan: plan.value, migrated: migrated.applied };
}

type FastParse = (value: unknown, watcher: Watcher) => PlanDocument | undefined;
let parseFastCopying: FastParse | undefined;
let parseFastReusing: FastParse | undefined;

/**
 * The document as the schema parses it, or zod's issues. The fast parser (built from the same
 * schema, on first use; fastParser.ts) gives zod's output without zod's cost; zod itself runs
 * only for a document the fast parser rejects, to say why, and has the last word there.
 */
function schemaOutput(doc: Record<string, unknown>, owned: boolean, onFloor: Watcher): { ok: true; value: PlanDocument } | { ok: false; issues: z.core.$ZodIssue[] } {
  const parseFast = owned
    ? (parseFastReusing ??= fastParser(planSchema, { reuse: true, watch: [floorSchema] }))
    : (parseFastCopying ??= fastParser(planSchema, { watch: [floorSchema] }));
  const fast = parseFast(doc, onFloor);
  if (fast !== undefined) return { ok: true, value: fast };
  const parsed = planSchema.safeParse(doc);
  // the plan types are inferred from the schema, so its output is a PlanDocument as it stands
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
}

export function parsePlan(text: unknown): ParseResult {
  if (typeof text !== 'string') {
    return { ok: false, problems: [problem([], 'not-text', '文件不是文本', 'the file is not text')] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [problem([], 'empty', '文件为空', 'the file is empty')] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problems: [jsonErrorProblem(body)] };
  }
  return validatePlan(value, true);
}
