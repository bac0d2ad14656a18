// What the DXF reader gives back: the drawing as plain data (see ../dxfSegments.ts for the
// overview). Apart from the reader so that read.ts and the module re-exporting it do not import
// each other.
import type { Bounds } from '../../geometry/polygon.ts';
import type { DrawingEntities } from '../drawingEntities.ts';
import type { DxfError, DxfNotice } from './errors.ts';

export interface DxfLayer {
  name: string;
  /** segments drawn on it */
  segments: number;
  /** switched off in the file (negative colour): starts hidden */
  off: boolean;
  /** frozen in the file: starts hidden */
  frozen: boolean;
}

export interface DxfDrawing {
  /** x1, y1, x2, y2 for each segment, drawing units */
  segments: Float64Array;
  /** layers with something drawn on them, in order of first appearance */
  layers: DxfLayer[];
  /** for each segment, the index of its layer in `layers` */
  segmentLayers: Uint32Array;
  /** metres per drawing unit named by $INSUNITS, null when unnamed */
  metresPerUnit: number | null;
  /** every segment */
  bounds: Bounds | null;
  /** the segments less far-away strays (dxf/extent.ts): what placing and framing use */
  extent: Bounds | null;
  /** entity types that were not drawn, with how many of each */
  skipped: Record<string, number>;
  entities: DrawingEntities;
  /** things the planner should know (a few 天正 objects not drawn, a guessed encoding) */
  notices: DxfNotice[];
  /** $ACADVER, e.g. AC1027 */
  version: string | null;
  /** how the texts were decoded */
  encoding: string;
  binary: boolean;
}

export type DxfReadResult = { ok: true; drawing: DxfDrawing } | { ok: false; error: DxfError };
