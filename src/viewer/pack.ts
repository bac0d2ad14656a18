// The proposal pack the HTML viewer shows (the JSON block inside the file) and how it is read.
// Kept apart from packHtml.ts (which writes the file): the viewer bundles this one only, so its
// inlined code never holds the block's opening tag that packHtml.ts looks for.
import type { Comparison } from '../floorplan/proposals/compare.ts';
import type { Locale, PlanDocument } from '../floorplan/types.ts';

/** The id of the JSON block the viewer reads. */
export const PACK_ELEMENT_ID = 'callfloor-pack';
/** Where the app serves the viewer template (built by scripts/viewerBuild.ts). */
export const VIEWER_TEMPLATE_PATH = 'viewer-template.html';

export interface ViewerPack {
  kind: 'callfloor-pack';
  version: 1;
  /** the plan with its proposals (as its .callfloor.json file holds it) */
  plan: PlanDocument;
  /** the comparison of the proposals, worked out when the pack was saved; null without proposals */
  comparison: Comparison | null;
  /** the language the viewer opens in (the reader can switch) */
  locale: Locale;
  /** ISO date and time of saving */
  saved: string;
}

export type ReadPack = { ok: true; pack: ViewerPack } | { ok: false; reason: 'missing' } | { ok: false; reason: 'broken'; message: string };

/** The pack from the JSON block's text (null: no block, or an empty one: the bare template). */
export function readPackText(text: string | null | undefined): ReadPack {
  if (!text || !text.trim()) return { ok: false, reason: 'missing' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'broken', message: error instanceof Error ? error.message : String(error) };
  }
  const pack = value as Partial<ViewerPack> | null;
  if (!pack || pack.kind !== 'callfloor-pack' || pack.version !== 1 || typeof pack.plan !== 'object' || pack.plan === null) {
    return { ok: false, reason: 'broken', message: 'not a Callfloor proposal pack (kind "callfloor-pack", version 1)' };
  }
  return { ok: true, pack: pack as ViewerPack };
}
