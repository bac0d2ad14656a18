// Turns zod's issues into bilingual plan problems. zod's own messages are English-only and
// technical; planners read these, so every code gets a plain sentence in both languages.
import type { z } from 'zod';
import { problem, type PlanProblem } from './problems.ts';

function kindOf(value: unknown): { zh: string; en: string } {
  if (value === undefined) return { zh: '缺失', en: 'missing' };
  if (value === null) return { zh: 'null', en: 'null' };
  if (Array.isArray(value)) return { zh: '数组', en: 'an array' };
  switch (typeof value) {
    case 'string':
      return { zh: '文本', en: 'text' };
    case 'number':
      return { zh: `数字 ${value}`, en: `the number ${value}` };
    case 'boolean':
      return { zh: '布尔值', en: 'a boolean' };
    default:
      return { zh: '对象', en: 'an object' };
  }
}

const EXPECTED: Record<string, { zh: string; en: string }> = {
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  string: { zh: '文本', en: 'text' },
  boolean: { zh: '布尔值 (true/false)', en: 'true or false' },
  array: { zh: '数组', en: 'an array' },
  tuple: { zh: '坐标 [x, y]', en: 'a point [x, y]' },
  object: { zh: '对象', en: 'an object' },
  record: { zh: '对象', en: 'an object' },
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function issueToProblem(issue: z.core.$ZodIssue, root: unknown): PlanProblem {
  const path = issue.path;
  const value = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return problem(path, 'missing', '缺少必填字段', 'required field is missing');
      const exp = EXPECTED[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      const got = kindOf(value);
      return problem(path, 'wrong-type', `应为${exp.zh}，实际为${got.zh}`, `expected ${exp.en}, found ${got.en}`);
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        if (Array.isArray(value) && path.length > 0 && issue.minimum === 2) {
          return problem(path, 'bad-point', `坐标应为 [x, y] 两个数字，实际有 ${value.length} 个`, `a point needs 2 numbers [x, y], found ${value.length}`);
        }
        return problem(path, 'too-few', `至少需要 ${issue.minimum} 项`, `needs at least ${issue.minimum} items`);
      }
      if (issue.origin === 'string') return problem(path, 'empty', '不能为空', 'must not be empty');
      const min = Number(issue.minimum);
      return issue.inclusive
        ? problem(path, 'too-small', `应 ≥ ${min}，实际为 ${String(value)}`, `must be ≥ ${min}, found ${String(value)}`)
        : problem(path, 'too-small', `应 > ${min}，实际为 ${String(value)}`, `must be > ${min}, found ${String(value)}`);
    }
    case 'too_big': {
      if (issue.origin === 'array' && Array.isArray(value)) {
        return problem(path, 'bad-point', `坐标应为 [x, y] 两个数字，实际有 ${value.length} 个`, `a point needs 2 numbers [x, y], found ${value.length}`);
      }
      const max = Number(issue.maximum);
      return problem(path, 'too-big', `应 ≤ ${max}，实际为 ${String(value)}`, `must be ≤ ${max}, found ${String(value)}`);
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const shown = value === undefined ? '' : JSON.stringify(value);
      if (value === undefined) return problem(path, 'missing', `缺少必填字段（可选值：${allowed}）`, `required field is missing (one of ${allowed})`);
      return problem(path, 'not-allowed', `取值 ${shown} 无效，应为 ${allowed} 之一`, `${shown} is not allowed; use one of ${allowed}`);
    }
    case 'invalid_union': {
      if (value === undefined) return problem(path, 'missing', '缺少必填字段', 'required field is missing');
      const options = issue.errors
        .flatMap((branch) => branch.map((i) => (i.code === 'invalid_value' ? i.values.map((v) => JSON.stringify(v)) : [])))
        .flat();
      const allowed = options.length ? options.join(', ') : '';
      return problem(path, 'not-allowed', `取值 ${JSON.stringify(value)} 无效${allowed ? `，应为 ${allowed} 之一` : ''}`, `${JSON.stringify(value)} is not allowed${allowed ? `; use one of ${allowed}` : ''}`);
    }
    case 'invalid_format': {
      if (issue.message === 'iso-date') {
        return problem(path, 'bad-date', `日期应为 ISO 格式 YYYY-MM-DD，实际为 ${JSON.stringify(value)}`, `a date must be ISO YYYY-MM-DD, found ${JSON.stringify(value)}`);
      }
      if (issue.message === 'drawing-hash') {
        return problem(path, 'bad-hash', `图纸哈希应为 "sha256:" 加 64 位小写十六进制数，实际为 ${JSON.stringify(value)}`, `a drawing hash is "sha256:" and 64 lower-case hex digits, found ${JSON.stringify(value)}`);
      }
      return problem(path, 'bad-format', `格式无效：${JSON.stringify(value)}`, `badly formed: ${JSON.stringify(value)}`);
    }
    default:
      return problem(path, 'invalid', `无效：${issue.message}`, `invalid: ${issue.message}`);
  }
}
