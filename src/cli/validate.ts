// `callfloor validate <plan>`: every schema problem with its path; exit 2 when any, 0 when valid.
import { countSeats } from '../floorplan/queries/seats.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { loadFailureLines, loadPlanFile } from './loadPlanFile.ts';

export async function validateCommand(args: string[], io: CommandIO): Promise<number> {
  const path = args.find((a) => !a.startsWith('-'));
  const result = await loadPlanFile(path);
  if (!result.ok) {
    io.stderr(loadFailureLines(result).join('\n'));
    return EXIT_INVALID;
  }
  const plan = result.plan;
  const floors = plan.site.buildings.reduce((n, b) => n + b.floors.length, 0);
  io.stdout(
    `${path}: 有效 / valid — ${plan.name}: ${plan.site.buildings.length} 栋 buildings, ${floors} 层 floors, ${countSeats(plan)} 座 seats`,
  );
  return EXIT_OK;
}
