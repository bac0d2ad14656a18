// Underlays: DXF lines, units, placement on the plan, two-point calibration.
export { readDxf, segmentsWithoutLayers, DXF_WARN_BYTES, type DxfDrawing, type DxfReadResult } from './dxfSegments.ts';
export { metresPerInsUnit, assumedMetresPerUnit, MILLIMETRE_GUESS_SPAN } from './dxfUnits.ts';
export { underlayToPlan, planToUnderlay, originPutting, type UnderlayPlacement } from './transform.ts';
export { twoPointScale, calibrateFromPlanPicks } from './calibrate.ts';
export { initialPlacement } from './placement.ts';
export { readDxfCached, visibleDxfSegments } from './dxfCache.ts';
