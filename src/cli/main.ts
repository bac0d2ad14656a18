// The `callfloor` command line: dispatches to one command per verb. Commands load lazily so
// `validate` does not pay for the rules engine or the PDF library.
import { EXIT_INVALID, processIO, type Command, type CommandIO } from './io.ts';

const USAGE = `callfloor — 呼叫中心产业园规划 / call-center park planning

usage:
  callfloor validate <plan>                       检查文件格式 / check the file format (exit 0 valid, 2 invalid)
  callfloor stats <plan> [--json]                 座位与面积 / seats and areas by zone use, floor, building, site
  callfloor check <plan> [--profile gb|intl] [--date YYYY-MM-DD] [--json]
                                                  规范检查 / rule check (exit 0 no fail, 1 fail, 2 invalid input)
  callfloor report <plan> --kind capacity|compliance --lang zh|en [--scope park|building:<id>|floor:<id>] --out file.pdf
  callfloor report <plan> --kind evacuation [--floor <id> | --building <id>] [--paper a3|a4] --lang zh|en --out evac.pdf
                                                  疏散示意图（每个“您在此处”标记一页）/ evacuation plans, one page per "you are here" mark
  callfloor export-csv <plan> --kind workstations|zones --out file.csv
  callfloor export-dxf <plan> --floor <id> --out file.dxf [--lang zh|en]
                                                  楼层导出为 CAD 图（毫米）/ one floor as a CAD drawing (mm)
  callfloor import-dxf <drawing.dxf> --out plan.callfloor.json [--layers walls=A-WALL,columns=COLU,…] [--units mm] [--floor-name 3F]
                                                  由 CAD 图生成楼层 / a new one-floor plan from a CAD drawing
  callfloor register <plan> [--building <id>] [--floor <id>] [--date YYYY-MM-DD] [--json|--csv] [--lang zh|en] [--pdf file.pdf]
                                                  消防设施台账 / fire equipment register (exit 0 none overdue, 1 overdue, 2 invalid input)
  callfloor layout <plan> --floor <id> | --building <id> [--zones z1,z2] [--desk 1.4x0.7] [--services] [--out plan.json] [--json]
                                                  自动布置工位（通过全部规范的最多座位）/ auto-layout: the most seats that pass every rule
  callfloor demand --calls 1200|08:00=300,09:00=800 --aht 280 --sl 80/20 [--shrinkage 0.3] [--hours 08:00-20:00] [--shift 8] [--overlap 0.5] [--max-occupancy 0.85] [--json] [--lang zh|en]
                                                  按话务量测算坐席与工位（Erlang C）/ agents and seats from call demand
`;

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.ts')).validateCommand,
  stats: async () => (await import('./stats.ts')).statsCommand,
  check: async () => (await import('./check.ts')).checkCommand,
  report: async () => (await import('./report.ts')).reportCommand,
  'export-csv': async () => (await import('./exportCsv.ts')).exportCsvCommand,
  'export-dxf': async () => (await import('./exportDxf.ts')).exportDxfCommand,
  'import-dxf': async () => (await import('./importDxf.ts')).importDxfCommand,
  register: async () => (await import('./register.ts')).registerCommand,
  layout: async () => (await import('./layout.ts')).layoutCommand,
  demand: async () => (await import('./demand.ts')).demandCommand,
};

export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout(USAGE);
    return verb ? 0 : EXIT_INVALID;
  }
  const load = COMMANDS[verb];
  if (!load) {
    io.stderr(`未知命令 / unknown command: ${verb}\n\n${USAGE}`);
    return EXIT_INVALID;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    // A bug of ours, not the user's input: still one line, not a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`callfloor ${verb}: 内部错误 / internal error: ${message}`);
    if (process.env['CALLFLOOR_DEBUG'] && error instanceof Error) io.stderr(error.stack ?? '');
    return 3;
  }
}
