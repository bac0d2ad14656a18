// Made-up findings and results for the live-check tests (the merge and the scheduling).
import type { RulesResult } from '../../src/editor/checks.ts';
import { makeFinding } from '../../src/rules/finding.ts';
import { countStatuses, type FloorAnalysis } from '../../src/rules/results.ts';
import type { Finding, FindingStatus } from '../../src/rules/types.ts';

export function finding(status: FindingStatus, floorId: string | undefined, id: string, measured = 1): Finding {
  return makeFinding('test.rule', 'fire', {
    status,
    measured: { value: measured, unit: 'm' },
    required: { value: 2, unit: 'm', comparator: '<=' },
    clause: '',
    buildingId: 'A',
    ...(floorId ? { floorId } : {}),
    elementIds: [id],
  });
}

export function floorAnalysis(id: string, seats: number): FloorAnalysis {
  return { id, buildingId: 'A', seats, persons: seats, maxWalking: null, maxStraight: null, workstations: [], zones: [] };
}

export function result(findings: Finding[], floors: FloorAnalysis[]): RulesResult {
  return { findings, summary: countStatuses(findings), analysis: { floors } } as unknown as RulesResult;
}
