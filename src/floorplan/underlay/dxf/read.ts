// Reading a DXF: bytes (or already decoded text) → group stream → file structure → drawing.
// Never throws: a file that cannot be read gives a bilingual error saying what to do.
import type { DxfDrawing, DxfReadResult } from './drawing.ts';
import { metresPerInsUnit } from '../dxfUnits.ts';
import { DrawingSink, IDENTITY } from './draw.ts';
import { DxfReadError, dxfError, dxfNotice, type DxfError, type DxfNotice } from './errors.ts';
import { robustExtent } from './extent.ts';
import { TextGroups } from './groups.ts';
import { openDxfBytes, openDxfText, type OpenedDxf } from './source.ts';
import type { EntityRecord } from './entities.ts';
import { emptyDxfFile, readDxfFile, type DxfFile, type ReadProgress } from './records.ts';

export interface ReadOptions {
  /** layers left out of the segments altogether */
  hideLayers?: readonly string[];
  /** called every so many groups while reading, and once at the end */
  onProgress?: (progress: ReadProgress) => void;
}

export type { ReadProgress };

function toError(error: unknown): DxfError {
  if (error instanceof DxfReadError) return dxfError(error.code, error.params);
  return dxfError('failed', { error: error instanceof Error ? error.message : String(error) });
}

const isCustom = (type: string) => type.startsWith('TCH_');

/**
 * 天正 (TArch) objects and add-on proxies cannot be drawn. When they make up most of the drawing,
 * or its walls are 天正 walls, the drawing is refused with what to do; a few are a notice.
 */
function customObjects(file: DxfFile, notices: DxfNotice[]): DxfError | null {
  let total = 0;
  let custom = 0;
  const types: string[] = [];
  for (const [type, n] of file.typeCounts) {
    total += n;
    if (isCustom(type)) {
      custom += n;
      types.push(`${type} ${n}`);
    }
  }
  const proxies = file.typeCounts.get('ACAD_PROXY_ENTITY') ?? 0;
  const list = types.join(', ');
  if (custom > 0 && (custom + proxies > total / 2 || file.typeCounts.has('TCH_WALL'))) return dxfError('tangent', { types: list, count: custom });
  if (proxies > total / 2) return dxfError('proxy', { count: proxies });
  if (custom > 0) notices.push(dxfNotice('tangentSome', { types: list, count: custom }));
  if (proxies > 0) notices.push(dxfNotice('proxySome', { count: proxies }));
  return null;
}

function headerValue(file: DxfFile, name: string, code: number): string | null {
  return file.header.get(name)?.get(code)?.trim() ?? null;
}

function readOpened(opened: OpenedDxf, options: ReadOptions): DxfReadResult {
  const file = emptyDxfFile();
  const sink = new DrawingSink(file.blocks, new Set(options.hideLayers ?? []));
  // model-space entities are drawn as they are read; inserts read before the BLOCKS section wait for it
  const waiting: EntityRecord[] = [];
  const onModelEntity = (record: EntityRecord) => {
    if (!file.sawBlocks && (record.kind === 'insert' || record.kind === 'dimension')) waiting.push(record);
    else sink.drawOne(record, IDENTITY, 0, null);
  };
  readDxfFile(opened.stream, { file, onModelEntity, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  sink.draw(waiting, IDENTITY, 0, null);
  const notices = [...opened.notices];
  const refused = customObjects(file, notices);
  if (refused) return { ok: false, error: refused };
  // the grown buffer is kept when mostly full (a copy would double the peak memory)
  const used = sink.count * 4;
  const segments = used >= sink.segments.length * 0.6 ? sink.segments.subarray(0, used) : sink.segments.slice(0, used);
  const insunits = headerValue(file, '$INSUNITS', 70);
  const drawing: DxfDrawing = {
    segments,
    layers: sink.layers.map((l) => {
      const record = file.layers.get(l.name);
      return { name: l.name, segments: l.segments, off: record?.off ?? false, frozen: record?.frozen ?? false };
    }),
    segmentLayers: sink.count >= sink.segmentLayers.length * 0.6 ? sink.segmentLayers.subarray(0, sink.count) : sink.segmentLayers.slice(0, sink.count),
    metresPerUnit: metresPerInsUnit(insunits === null ? undefined : Number(insunits)),
    bounds: sink.bounds(),
    extent: robustExtent(segments, sink.count),
    skipped: sink.skipped,
    entities: sink.entities,
    notices,
    version: headerValue(file, '$ACADVER', 1) ?? opened.version,
    encoding: opened.encoding,
    binary: opened.binary,
  };
  return { ok: true, drawing };
}

/** A binary DXF written out as ASCII groups, to keep with the plan as text. */
function asciiOf(bytes: Uint8Array): string {
  const s = openDxfBytes(bytes).stream;
  const parts: string[] = [];
  while (s.next()) parts.push(`${s.code}\n${s.value}\n`);
  return parts.join('');
}

/**
 * Reads a DXF file's bytes: ASCII or binary DXF, in the encoding the file names. With
 * `keepText`, the result also carries the drawing as ASCII DXF text (to store with the plan).
 */
export function readDxfBytes(bytes: Uint8Array, options: ReadOptions & { keepText?: boolean } = {}): DxfReadResult & { text?: string } {
  try {
    const opened = openDxfBytes(bytes);
    const result = readOpened(opened, options);
    if (!options.keepText || !result.ok) return result;
    return { ...result, text: opened.stream instanceof TextGroups ? opened.stream.text : asciiOf(bytes) };
  } catch (error) {
    return { ok: false, error: toError(error) };
  }
}

/** Reads DXF text that is already decoded (a plan's stored drawing). */
export function readDxfText(text: string, options: ReadOptions = {}): DxfReadResult {
  try {
    return readOpened(openDxfText(text), options);
  } catch (error) {
    return { ok: false, error: toError(error) };
  }
}

