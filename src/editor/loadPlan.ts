// Opening a plan from a URL: fetch, parse (with every problem reported), then store.load.
import { parsePlan } from '../floorplan/format/parsePlan.ts';
import type { PlanProblem } from '../floorplan/format/problems.ts';
import type { EditorStore } from './store.ts';

export type LoadOutcome = { ok: true } | { ok: false; url: string; problems: PlanProblem[] } | { ok: false; url: string; fetchError: string };

export async function loadPlanFromUrl(store: EditorStore, url: string): Promise<LoadOutcome> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) return { ok: false, url, fetchError: `HTTP ${response.status}` };
    text = await response.text();
  } catch (error) {
    return { ok: false, url, fetchError: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parsePlan(text);
  if (!parsed.ok) return { ok: false, url, problems: parsed.problems };
  store.getState().load(parsed.plan);
  return { ok: true };
}
