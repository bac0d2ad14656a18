// Underlays: DXF reading (ASCII and binary, any code page), units, placement on the plan,
// sheet-scale check, two-point calibration; drawings by content hash (inline or kept in memory).
export { readDxf, readDxfBytes, readDxfText, segmentsWithoutLayers, initiallyHiddenLayers, DXF_WARN_BYTES, type DxfDrawing, type DxfLayer, type DxfReadResult, type DxfError, type DxfNotice, type ReadProgress } from './dxfSegments.ts';
export type { DrawingEntities, DrawingArc, DrawingText, DrawingInsert, DrawingPolygon } from './drawingEntities.ts';
export { metresPerInsUnit, assumedMetresPerUnit, MILLIMETRE_GUESS_SPAN } from './dxfUnits.ts';
export { underlayToPlan, planToUnderlay, originPutting, type UnderlayPlacement } from './transform.ts';
export { twoPointScale, calibrateFromPlanPicks } from './calibrate.ts';
export { initialPlacement, placedBox, sheetScaleCheck, namedScale, type SheetScaleFlag } from './placement.ts';
export { readDxfCached, rememberDxfRead, keptDxfRead, visibleDxfSegments } from './dxfCache.ts';
export { DXF_MIME, drawingBytes, drawingSource, drawingRefSync, digestDrawing, underlaysOf, drawingHashesOf, mapUnderlays, withInlineDrawings, withoutInlineDrawings } from './drawingContent.ts';
export { keepDrawingSource, keptDrawingSource, underlaySource } from './keptDrawings.ts';
