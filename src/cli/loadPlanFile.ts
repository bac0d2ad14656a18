// Reads a plan file from disk for the command line. Whatever is at the path (nothing, a folder,
// a binary, 100 MB of garbage, a plan from a newer version) the caller gets one clear message
// and the problems with their JSON paths, never an exception.
import { readFile, stat } from 'node:fs/promises';
import { describeProblem, type PlanProblem } from '../floorplan/format/problems.ts';
import { parsePlan } from '../floorplan/format/parsePlan.ts';
import type { PlanDocument } from '../floorplan/types.ts';

/** Larger files are refused before reading: no real park comes near it. */
export const MAX_PLAN_BYTES = 512 * 1024 * 1024;

export type LoadResult =
  | { ok: true; plan: PlanDocument }
  | { ok: false; message: string; problems: PlanProblem[] };

function fail(message: string, problems: PlanProblem[] = []): LoadResult {
  return { ok: false, message, problems };
}

export async function loadPlanFile(path: string | undefined): Promise<LoadResult> {
  if (!path) return fail('缺少方案文件路径 / no plan file given');
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(`${path}: 是文件夹，不是方案文件 / is a folder, not a plan file`);
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`${path}: 文件不存在 / file not found`);
    if (code === 'EACCES') return fail(`${path}: 没有读取权限 / permission denied`);
    return fail(`${path}: 无法读取 / cannot be read (${code ?? String(error)})`);
  }
  if (size > MAX_PLAN_BYTES) {
    return fail(`${path}: 文件过大（${(size / 1048576).toFixed(0)} MB，上限 ${MAX_PLAN_BYTES / 1048576} MB）/ file too large (${(size / 1048576).toFixed(0)} MB; limit ${MAX_PLAN_BYTES / 1048576} MB)`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(`${path}: 无法读取 / cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (bytes.subarray(0, 65536).includes(0)) {
    return fail(`${path}: 是二进制文件，不是 JSON 方案 / is a binary file, not a JSON plan`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${path}: 不是 UTF-8 文本 / is not UTF-8 text`);
  }
  const result = parsePlan(text);
  if (result.ok) return { ok: true, plan: result.plan };
  const n = result.problems.length;
  return fail(`${path}: ${n} 处问题 / ${n} problem${n === 1 ? '' : 's'}`, result.problems);
}

/** The lines `validate` prints, shared by every command that loads a plan. */
export function loadFailureLines(result: Extract<LoadResult, { ok: false }>): string[] {
  return [result.message, ...result.problems.map((p) => `  ${describeProblem(p)}`)];
}

/** The plan at `path`, or null once every problem with it was printed. */
export async function planOrExplain(path: string | undefined, io: { stderr(text: string): void }): Promise<PlanDocument | null> {
  const loaded = await loadPlanFile(path);
  if (loaded.ok) return loaded.plan;
  io.stderr(loadFailureLines(loaded).join('\n'));
  return null;
}
