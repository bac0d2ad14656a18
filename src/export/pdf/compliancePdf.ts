// The compliance report PDF: cover with the sign-off chain, basis, summaries, numbered findings,
// a plan per floor (finding markers, exits and widths, worst egress path, extinguisher reach),
// the fire equipment register and the action list of failures.
import { findBuilding } from '../../floorplan/queries/lookup.ts';
import type { PlanDocument } from '../../floorplan/types.ts';
import { findingNames } from '../../rules/findingNames.ts';
import { registerWords } from '../../rules/register/registerWords.ts';
import type { FindingStatus } from '../../rules/types.ts';
import { buildComplianceModel, findingPoint, type ComplianceReportModel, type FindingRow, type IssueGroup } from '../model/complianceModel.ts';
import { floorDrawing } from '../model/floorDrawing.ts';
import { detectorRadii } from '../model/safetyDrawing.ts';
import { formatInteger } from '../model/formatValues.ts';
import { resolveScope, scopedFloors } from '../model/scope.ts';
import { worstEgressPath } from '../model/worstEgress.ts';
import { reportText, type ReportText } from '../reportText.ts';
import { STATUS_COUNT_KEYS, STATUS_ORDER, type StatusCounts } from '../../rules/results.ts';
import { drawCover } from './cover.ts';
import { drawFloorPlan, planLayout } from './planDrawing.ts';
import { yieldToEventLoop, type PdfReportOptions } from './reportOptions.ts';
import { PAGE, ReportWriter, STATUS_COLORS } from './reportWriter.ts';
import { scopeLabel } from './scopeLabel.ts';

/** Indicative extinguisher reach drawn on plans (m): GB 50140 中危险级 20 m; NFPA 10 22.9 m. */
export function extinguisherReach(base: 'gb' | 'intl'): number {
  return base === 'intl' ? 22.9 : 20;
}

const countCells = (c: StatusCounts): string[] => STATUS_COUNT_KEYS.map((k) => String(c[k]));

type CellHook = (data: { section: string; column: { index: number }; row: { index: number }; cell: { styles: { textColor: unknown; fontSize: number } } }) => void;

function colourStatusColumn(rows: readonly { finding: { status: FindingStatus } }[], column: number): CellHook {
  return (data) => {
    if (data.section !== 'body' || data.column.index !== column) return;
    const row = rows[data.row.index];
    if (row) data.cell.styles.textColor = STATUS_COLORS[row.finding.status];
  };
}

/** One line of the findings table: a group's row, or one of its findings (smaller, under it). */
interface TableLine {
  cells: string[];
  status: FindingStatus;
  item: boolean;
}

const review = (r: FindingRow): string => [r.review, r.reviewNote].filter((s) => s).join(': ');

/** A group of one reads as one finding; a larger group is its row (count, shared requirement, clause) and then its findings. */
function findingLines(groups: readonly IssueGroup[], t: ReportText): TableLine[] {
  const lines: TableLine[] = [];
  for (const g of groups) {
    const only = g.rows.length === 1 ? g.rows[0]! : null;
    if (only) {
      lines.push({
        cells: [only.label, `${only.title}\n${only.message}`, only.clause, only.required, only.measured, t.statuses[g.status], only.location, only.fix, review(only)],
        status: g.status,
        item: false,
      });
      continue;
    }
    lines.push({
      cells: [String(g.n), `${g.title}\n${g.counted}`, g.clause, g.required, g.measured, t.statuses[g.status], g.places.join(t.listSeparator), g.fix, ''],
      status: g.status,
      item: false,
    });
    // the place is said once in the group's row when all its findings share it
    const onePlace = g.places.length <= 1;
    for (const r of g.rows) {
      lines.push({ cells: [r.label, r.message, '', '', r.measured, t.statuses[g.status], onePlace ? r.subject : r.location, '', review(r)], status: g.status, item: true });
    }
  }
  return lines;
}

function findingsTable(w: ReportWriter, groups: readonly IssueGroup[], t: ReportText): void {
  const lines = findingLines(groups, t);
  w.table(
    ['#', t.rule, t.clause, t.required, t.measured, t.status, t.location, t.fix, t.review],
    lines.map((l) => l.cells),
    {
      styles: { font: 'NotoSansSC', fontSize: 7, cellPadding: 1 },
      columnStyles: { 0: { cellWidth: 10 }, 1: { cellWidth: 62 }, 2: { cellWidth: 30 }, 3: { cellWidth: 20 }, 4: { cellWidth: 20 }, 5: { cellWidth: 13 }, 6: { cellWidth: 40 }, 8: { cellWidth: 22 } },
      didParseCell: ((data) => {
        if (data.section !== 'body') return;
        const line = lines[data.row.index];
        if (!line) return;
        if (line.item) {
          data.cell.styles.fontSize = 6.5;
          if (data.column.index !== 5) data.cell.styles.textColor = [70, 70, 70];
        }
        if (data.column.index === 5) data.cell.styles.textColor = STATUS_COLORS[line.status];
      }) as CellHook as never,
    },
  );
}

function basisSection(w: ReportWriter, m: ComplianceReportModel, t: ReportText): void {
  w.heading(t.basis);
  w.paragraph(t.automatedStatement, 10, [150, 60, 0]);
  const overrides = Object.entries(m.profile.overrides);
  w.paragraph(`${t.ruleProfile}: ${m.profile.base} · ${t.overrides}: ${overrides.length ? overrides.map(([k, v]) => `${k} = ${String(v)}`).join('; ') : t.none}`);
  for (const r of t.readings) w.paragraph(`• ${r}`, 8.5);
  w.heading(t.codesApplied, 11);
  if (m.clauses.length === 0) w.paragraph(t.none);
  else w.table([t.clause, t.rule], m.codes.map((c) => [c.clause, c.rules.join(t.listSeparator)]), { columnStyles: { 0: { cellWidth: 90 } } });
  w.heading(t.notChecked, 11);
  for (const item of t.notCheckedItems) w.paragraph(`• ${item}`, 8.5);
}

/**
 * The action list: one row per failing group. Its findings are listed under it when they have
 * different owners or due dates (each is reviewed on its own); otherwise their places share the row.
 */
function actionLines(model: ComplianceReportModel, t: ReportText): { cells: string[]; overdue: boolean; item: boolean }[] {
  const lines: { cells: string[]; overdue: boolean; item: boolean }[] = [];
  const due = (r: FindingRow): string => (r.overdue ? `${r.due}\n${t.overdue}` : r.due);
  for (const g of model.issueGroups.filter((x) => x.status === 'fail')) {
    const first = g.rows[0]!;
    const uniform = g.rows.every((r) => r.owner === first.owner && r.due === first.due && r.overdue === first.overdue);
    const where = g.rows.length === 1 ? first.location : uniform ? g.rows.map((r) => r.location).join('\n') : g.places.join(t.listSeparator);
    const rule = `${g.title}${g.rows.length > 1 ? ` (${g.counted})` : ''}\n${g.clause}`;
    lines.push({ cells: [String(g.n), rule, where, g.fix, uniform ? first.owner : '', uniform ? due(first) : ''], overdue: uniform && first.overdue, item: false });
    if (!uniform) for (const r of g.rows) lines.push({ cells: [r.label, '', r.location, '', r.owner, due(r)], overdue: r.overdue, item: true });
  }
  return lines;
}

export async function compliancePdf(plan: PlanDocument, options: PdfReportOptions): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => {});
  const words = reportText(options.locale);
  progress(0, words.progress.model);
  const model = buildComplianceModel(plan, options.rules, options.meta, options.scope, {
    locale: options.locale,
    ...(options.formatFinding ? { formatFinding: options.formatFinding } : {}),
    reviewText: (d) => words.reviewDecisions[d],
  });
  if (!model) throw new Error('scope not found in plan');
  progress(0.05, words.progress.font);
  const fonts = await options.fonts();
  const label = scopeLabel(model.scope, model.scopeName, options.locale);
  const w = new ReportWriter(fonts, options.locale, {
    left: `${model.meta.project} — ${words.complianceTitle}`,
    right: `${label} · ${words.revision} ${model.meta.revision ?? '—'} · ${model.meta.contentHash}`,
  });
  const t = w.text;
  progress(0.1, t.progress.cover);
  drawCover(w, t.complianceTitle, model.meta, label, ['preparedBy', 'checkedBy', 'reviewedBy', 'approvedBy'], t.automatedStatement);

  w.newPage();
  basisSection(w, model, t);

  progress(0.15, t.progress.tables);
  w.newPage();
  w.heading(t.summary);
  // the seats the checks cover, so a reader can match the report to the plan's seat count
  const scoped = resolveScope(plan, model.scope);
  const seatsInScope = scoped ? scopedFloors(scoped).reduce((n, f) => n + f.floor.workstations.length, 0) : 0;
  w.paragraph(`${t.seats}: ${formatInteger(seatsInScope)}`);
  const statusHead = STATUS_ORDER.map((s) => t.statuses[s]);
  w.table([t.checks, ...statusHead], [[t.checks, ...countCells(model.counts)]], { columnStyles: { 0: { cellWidth: 70 } } });
  w.heading(t.summaryByArea, 11);
  w.table(['', ...statusHead], model.byArea.map((a) => [t.areas[a.area], ...countCells(a.counts)]), { columnStyles: { 0: { cellWidth: 70 } } });
  w.heading(t.summaryByFloor, 11);
  w.table([`${t.building} / ${t.floor}`, ...statusHead], model.byFloor.map((f) => [`${f.buildingName} ${f.floorName}`, ...countCells(f.counts)]), {
    columnStyles: { 0: { cellWidth: 70 } },
  });

  w.newPage();
  w.heading(t.findingsCount(t.findingsTable, formatInteger(model.issues.length), formatInteger(model.issueGroups.length)));
  if (model.issues.length === 0) w.paragraph(t.noFailures);
  else findingsTable(w, model.issueGroups, t);
  await yieldToEventLoop();
  if (model.passed.length > 0) {
    w.heading(t.passedChecks, 11);
    w.table([t.rule, t.clause, t.statuses.pass, t.statuses['n/a']], model.passed.map((p) => [p.title, p.clauseText, String(p.pass), String(p.na)]));
  }

  // Floor plans with numbered markers.
  const markersByFloor = new Map<string, { n: number; at: [number, number]; status: FindingRow['finding']['status'] }[]>();
  for (const row of model.issues) {
    const floorId = row.finding.where.floorId;
    const at = findingPoint(plan, row.finding);
    if (!floorId || !at) continue;
    const list = markersByFloor.get(floorId) ?? [];
    list.push({ n: row.n, at, status: row.finding.status });
    markersByFloor.set(floorId, list);
  }
  const overdue = new Set(model.equipment.filter((e) => e.state === 'overdue').map((e) => e.id));
  const analysisByFloor = new Map((options.rules.analysis?.floors ?? []).map((f) => [f.id, f]));
  const reach = extinguisherReach(model.profile.base);
  const radii = detectorRadii(plan);
  const floors = model.byFloor;
  for (let i = 0; i < floors.length; i++) {
    const ref = floors[i]!;
    const building = plan.site.buildings.find((b) => b.floors.some((f) => f.id === ref.floorId));
    const floor = building?.floors.find((f) => f.id === ref.floorId);
    if (!building || !floor || !findBuilding(plan, building.id)) continue;
    const path = worstEgressPath(floor, analysisByFloor.get(floor.id));
    const drawing = floorDrawing(building, floor, {
      markers: markersByFloor.get(floor.id) ?? [],
      extinguisherReach: reach,
      overdueIds: overdue,
      worstPath: path,
      detectorRadii: radii,
    });
    w.newPage();
    w.heading(`${t.floorPlan} — ${building.name} ${floor.name}`, 12);
    const legend = [
      `■ ${t.legendExit}`,
      `● ${t.legendExtinguisher} (${t.extinguisherReach(reach)})`,
      path ? `— ${t.worstPath(path.walking.toFixed(1))}` : '',
      `① ${t.legendFinding}`,
    ].filter((s) => s);
    w.paragraph(legend.join('    '), 7.5, [70, 70, 70]);
    const top = w.y;
    const layout = planLayout(drawing, top, w.bottomLimit, PAGE.margin, w.contentWidth);
    const below = drawFloorPlan(w, drawing, layout.plan);
    const onFloor = model.issues.filter((r) => r.finding.where.floorId === floor.id);
    if (onFloor.length > 0) {
      w.y = layout.side ? top - 1 : below;
      const left = layout.side ? PAGE.margin + layout.plan.width + 6 : PAGE.margin;
      w.table(['#', t.rule, t.measured, t.required, t.status], onFloor.map((r) => [r.label, r.subject ? `${r.title} · ${r.subject}` : r.title, r.measured, r.required, t.statuses[r.finding.status]]), {
        margin: { left, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
        styles: { font: 'NotoSansSC', fontSize: 6.5, cellPadding: 0.8 },
        didParseCell: colourStatusColumn(onFloor, 4) as never,
      });
    }
    if (i % 3 === 2) {
      progress(0.2 + (0.6 * (i + 1)) / floors.length, t.progress.plans);
      await yieldToEventLoop();
    }
  }

  progress(0.85, t.progress.tables);
  w.newPage();
  w.heading(t.equipmentRegister);
  const stateText = { 'in-date': t.inDate, overdue: t.overdue, missing: t.missingDate } as const;
  const stateColor = { 'in-date': STATUS_COLORS.pass, overdue: STATUS_COLORS.fail, missing: STATUS_COLORS.warn } as const;
  // each extinguisher by its name on the floor ("灭火器 2（话务二区）"), not its id
  const names = findingNames(plan);
  w.table(
    [t.building, t.floor, t.location, t.rating, t.lastInspected, t.daysSince, t.status],
    model.equipment.map((e) => [e.buildingName, e.floorName, names.element(e.floorId, e.id, model.locale) ?? '', e.rating, e.lastInspected ?? '—', e.daysSince === null ? '—' : String(e.daysSince), stateText[e.state]]),
    {
      styles: { font: 'NotoSansSC', fontSize: 7, cellPadding: 0.9 },
      didParseCell: (data) => {
        if (data.section !== 'body' || data.column.index !== 6) return;
        const e = model.equipment[data.row.index];
        if (e) data.cell.styles.textColor = stateColor[e.state];
      },
    },
  );

  // every device type of the register, by status (the full list is the register's own PDF)
  if (model.equipmentSummary.length > 0) {
    const rw = registerWords(model.locale);
    w.table(
      [rw.columns.type, rw.statuses.ok, rw.statuses['due-soon'], rw.statuses.overdue, rw.statuses.never],
      model.equipmentSummary.map((e) => [rw.types[e.type], String(e.counts.ok), String(e.counts['due-soon']), String(e.counts.overdue), String(e.counts.never)]),
      {
        styles: { font: 'NotoSansSC', fontSize: 8, cellPadding: 1 },
        didParseCell: (data) => {
          if (data.section !== 'body' || data.cell.text.join('') === '0') return;
          if (data.column.index === 3) data.cell.styles.textColor = STATUS_COLORS.fail;
          if (data.column.index === 4) data.cell.styles.textColor = STATUS_COLORS.warn;
        },
      },
    );
  }

  w.newPage();
  w.heading(t.actionList);
  if (model.actions.length === 0) w.paragraph(t.noFailures);
  else {
    if (model.overdueActions > 0) w.paragraph(t.overdueActions(model.overdueActions, model.meta.date), 9, STATUS_COLORS.fail);
    const lines = actionLines(model, t);
    w.table(
      ['#', t.rule, t.location, t.fix, t.owner, t.dueDate],
      lines.map((l) => l.cells),
      {
        columnStyles: { 0: { cellWidth: 10 }, 1: { cellWidth: 60 }, 2: { cellWidth: 60 }, 4: { cellWidth: 30 }, 5: { cellWidth: 25 } },
        didParseCell: (data) => {
          if (data.section !== 'body') return;
          const line = lines[data.row.index];
          if (line?.item) data.cell.styles.fontSize = 8;
          if (data.column.index === 5 && line?.overdue) data.cell.styles.textColor = STATUS_COLORS.fail;
        },
      },
    );
  }
  // actions on defects found at inspections (the fire register; docs/register.md)
  if (model.inspectionActions.length > 0) {
    const defects = model.inspectionActions;
    w.heading(model.locale === 'en' ? 'Defects found at inspections' : '检查发现的缺陷', 11);
    w.table(
      ['#', t.location, model.locale === 'en' ? 'Defect' : '缺陷', t.owner, t.dueDate],
      defects.map((d, i) => [`D${i + 1}`, `${d.place} · ${d.device}`, d.note, d.owner, d.overdue ? `${d.due}\n${t.overdue}` : d.due]),
      {
        columnStyles: { 0: { cellWidth: 10 }, 1: { cellWidth: 80 }, 3: { cellWidth: 30 }, 4: { cellWidth: 25 } },
        didParseCell: (data) => {
          if (data.section === 'body' && data.column.index === 4 && defects[data.row.index]?.overdue) data.cell.styles.textColor = STATUS_COLORS.fail;
        },
      },
    );
  }

  progress(0.92, t.progress.output);
  const bytes = w.finish();
  progress(1, t.progress.output);
  return bytes;
}
