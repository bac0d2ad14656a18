// A drawing's content, how it is hashed, and the plan's underlays as references or inline
// copies. The bytes that are hashed and stored are fixed so that an inline `source` and a stored
// drawing always agree: dxf: the DXF text (ASCII DXF as read, whatever the file's code page or
// binary form) in UTF-8; image: the image file's bytes (the data URL decoded).
import { sha256HexSync } from '../format/sha256.ts';
import type { DrawingRef, Floor, PlanDocument, Site, Underlay } from '../types.ts';

export const DXF_MIME = 'image/vnd.dxf';
export const HASH_PREFIX = 'sha256:';
export const DRAWING_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

type Kind = Underlay['kind'];

/** The bytes of a data URL (base64 or percent-encoded). */
function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',');
  const head = comma >= 0 ? url.slice(0, comma) : '';
  const body = comma >= 0 ? url.slice(comma + 1) : url;
  if (/;base64$/i.test(head)) {
    const binary = atob(body);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  return new TextEncoder().encode(decodeURIComponent(body));
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // in slices: String.fromCharCode takes its bytes as arguments
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The media type a source names: a data URL's, or DXF's. */
export function mimeOfSource(kind: Kind, source: string): string {
  if (kind === 'dxf') return DXF_MIME;
  const match = /^data:([^;,]+)/i.exec(source);
  return match ? match[1]!.toLowerCase() : 'application/octet-stream';
}

/** The bytes that are hashed and stored for a drawing given as `source` (DXF text or data URL). */
export function drawingBytes(kind: Kind, source: string): Uint8Array {
  return kind === 'dxf' ? new TextEncoder().encode(source) : dataUrlBytes(source);
}

/** The inverse of drawingBytes: the DXF text, or the image as a data URL. */
export function drawingSource(kind: Kind, mime: string, bytes: Uint8Array): string {
  return kind === 'dxf' ? new TextDecoder().decode(bytes) : `data:${mime};base64,${base64(bytes)}`;
}

/** A name for a drawing whose file name is not known (plans of version 1). */
export function unnamedDrawing(kind: Kind, mime: string): string {
  if (kind === 'dxf') return 'drawing.dxf';
  return mime === 'image/jpeg' ? 'drawing.jpg' : 'drawing.png';
}

export const hashOfHex = (hex: string): string => HASH_PREFIX + hex;

/** The hash of a drawing's bytes, with the platform's Web Crypto (async, native: the app's way). */
export async function digestDrawing(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hashOfHex(hex);
}

/** The reference for an inline source, hashed synchronously (format migration, database upgrade). */
export function drawingRefSync(kind: Kind, source: string, name?: string): { ref: DrawingRef; bytes: Uint8Array } {
  const bytes = drawingBytes(kind, source);
  const mime = mimeOfSource(kind, source);
  return { ref: { hash: hashOfHex(sha256HexSync(bytes)), bytes: bytes.length, name: name ?? unnamedDrawing(kind, mime), mime }, bytes };
}

/** Every underlay of the plan: the active site's floors and each proposal's. */
export function underlaysOf(plan: PlanDocument): Underlay[] {
  const out: Underlay[] = [];
  const fromSite = (site: Site) => {
    for (const b of site.buildings) for (const f of b.floors) if (f.underlay) out.push(f.underlay);
  };
  fromSite(plan.site);
  for (const p of plan.proposals ?? []) fromSite(p.site);
  return out;
}

/** The distinct drawing hashes the plan refers to. */
export function drawingHashesOf(plan: PlanDocument): string[] {
  return [...new Set(underlaysOf(plan).map((u) => u.drawing?.hash).filter((h): h is string => typeof h === 'string'))];
}

/**
 * The plan with `change` applied to every underlay (undefined: unchanged). Floors, buildings and
 * sites without a change are the same objects as before, so caches keyed on them still hold.
 */
export function mapUnderlays(plan: PlanDocument, change: (underlay: Underlay) => Underlay | undefined): PlanDocument {
  const mapSite = (site: Site): Site => {
    let changedSite = false;
    const buildings = site.buildings.map((b) => {
      let changedBuilding = false;
      const floors = b.floors.map((f): Floor => {
        const next = f.underlay ? change(f.underlay) : undefined;
        if (!next || next === f.underlay) return f;
        changedBuilding = true;
        return { ...f, underlay: next };
      });
      if (!changedBuilding) return b;
      changedSite = true;
      return { ...b, floors };
    });
    return changedSite ? { ...site, buildings } : site;
  };
  const site = mapSite(plan.site);
  const proposals = plan.proposals?.map((p) => {
    const next = mapSite(p.site);
    return next === p.site ? p : { ...p, site: next };
  });
  const proposalsChanged = proposals !== undefined && proposals.some((p, i) => p !== plan.proposals![i]);
  if (site === plan.site && !proposalsChanged) return plan;
  return { ...plan, site, ...(proposalsChanged ? { proposals } : {}) };
}

/** The plan with no inline drawings: what the app holds and stores (the drawings are kept by hash). */
export function withoutInlineDrawings(plan: PlanDocument): PlanDocument {
  return mapUnderlays(plan, (u) => {
    if (u.source === undefined) return undefined;
    const { source: _dropped, ...rest } = u;
    return rest;
  });
}

/**
 * The plan with each drawing inline (a self-contained plan file), from `lookup` (hash → source);
 * `missing` lists the drawings lookup did not have (those underlays keep only their reference).
 */
export function withInlineDrawings(plan: PlanDocument, lookup: (hash: string) => string | undefined): { plan: PlanDocument; missing: DrawingRef[] } {
  const missing = new Map<string, DrawingRef>();
  const out = mapUnderlays(plan, (u) => {
    if (u.source !== undefined) return undefined;
    const source = lookup(u.drawing.hash);
    if (source === undefined) {
      missing.set(u.drawing.hash, u.drawing);
      return undefined;
    }
    return { ...u, source };
  });
  return { plan: out, missing: [...missing.values()] };
}
