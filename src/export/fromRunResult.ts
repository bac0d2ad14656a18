// Adapts the rules engine's result (src/rules/runRules.ts) to what the report models read.
import type { ZoneUse } from '../floorplan/types.ts';
import type { RunResult } from '../rules/runRules.ts';
import type { FloorCapacity, RulesOutcome } from './rulesOutcome.ts';

export function rulesOutcomeFromRun(result: RunResult): RulesOutcome {
  const floors: FloorCapacity[] = result.capacity.buildings.flatMap((b) =>
    b.floors.map((f) => {
      const limits = f.limits
        .filter((l) => l.allows !== null)
        .map((l) => ({ id: l.id, persons: l.allows as number, shortfall: l.shortfall, unit: l.unit }));
      return {
        floorId: f.id,
        seats: f.seats,
        compliant: f.capacity,
        binding: limits.find((l) => l.id === f.binding) ?? null,
        limits,
      };
    }),
  );
  return {
    findings: result.findings,
    summary: result.summary,
    capacity: { floors },
    analysis: {
      site: result.analysis.site,
      floors: result.analysis.floors.map((f) => ({ ...f, zones: f.zones.map((z) => ({ ...z, use: z.use as ZoneUse })) })),
    },
  };
}
