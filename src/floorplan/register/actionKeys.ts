// Actions on fire devices are reviews (PlanDocument.reviews) with an owner and a due date. A defect
// found at an inspection has no rule finding, so its review is keyed like a finding of the
// pseudo-rule `inspection`: `inspection|<buildingId>|<floorId>|<deviceId>` (one action per device
// at a time; the log keeps every defect). Findings keys are `ruleId|buildingId|floorId|elementIds`
// (src/rules/finding.ts), so one parser reads both.

/** The rule-id part of the key of an inspection defect's action. */
export const INSPECTION_ACTION_RULE = 'inspection';

export function inspectionActionKey(buildingId: string, floorId: string, deviceId: string): string {
  return `${INSPECTION_ACTION_RULE}|${buildingId}|${floorId}|${deviceId}`;
}

export interface ParsedFindingKey {
  ruleId: string;
  buildingId: string;
  floorId: string;
  elementIds: string[];
}

/** The parts of a finding key (or an inspection action's key); null when it has not four parts. */
export function parseFindingKey(key: string): ParsedFindingKey | null {
  const parts = key.split('|');
  if (parts.length !== 4) return null;
  const [ruleId, buildingId, floorId, ids] = parts as [string, string, string, string];
  return { ruleId, buildingId, floorId, elementIds: ids ? ids.split(',') : [] };
}

export const isInspectionActionKey = (key: string): boolean => key.startsWith(`${INSPECTION_ACTION_RULE}|`);
