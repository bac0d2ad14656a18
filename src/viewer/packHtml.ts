// The proposal pack as one HTML file: the prebuilt viewer (everything inlined, dist/
// viewer-template.html) with the pack's JSON in a <script type="application/json"> block. Pure
// string work, used by the app's export and the tests.
import { PACK_ELEMENT_ID, type ViewerPack } from './pack.ts';

const EMPTY_BLOCK = new RegExp(`<script type="application/json" id="${PACK_ELEMENT_ID}">[\\s\\S]*?</script>`);

/**
 * JSON that can stand inside a <script> element: `<` (so no `</script>` or `<!--` in a name or a
 * note ends or bends the block), `>` and `&` are written as \u escapes, as are the line and
 * paragraph separators; JSON.parse reads them back unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The viewer template with the pack put into its (empty) JSON block, and the title set. */
export function embedPack(template: string, pack: ViewerPack): string {
  if (!EMPTY_BLOCK.test(template)) throw new Error(`the viewer template has no <script id="${PACK_ELEMENT_ID}"> block`);
  const block = `<script type="application/json" id="${PACK_ELEMENT_ID}">${scriptSafeJson(pack)}</script>`;
  // replacer functions: a "$&" or "$1" in a plan's text is not a replacement pattern
  const title = `<title>${escapeHtml(pack.plan.name || 'Callfloor')} · Callfloor</title>`;
  return template.replace(EMPTY_BLOCK, () => block).replace(/<title>[\s\S]*?<\/title>/, () => title);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

