// Turning a CAD drawing into a floor: layer roles, the conversion, its notes.
export { LAYER_ROLES, guessLayerRole, guessLayerRoles, type LayerRole } from './layerRoles.ts';
export { guessZoneUse } from './zoneUse.ts';
export { convertDrawing, type ConvertOptions } from './convertDrawing.ts';
export type { ConvertibleDrawing } from './planDrawing.ts';
export { conversionNoteText } from './notes.ts';
export { moveResult } from './moveResult.ts';
export type { ConversionResult, ConvertedWall, ConvertedDoor, ConvertedWindow, ConvertedZone, ConversionNote, ConversionNoteCode, ConversionCounts } from './types.ts';
