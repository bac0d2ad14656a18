// The capacity report PDF: cover, one-page summary, site indicators, stack plan, a page per
// floor (plan + zone table), assumptions.
import type { PlanDocument, ZoneUse } from '../../floorplan/types.ts';
import { ZONE_USES } from '../../floorplan/types.ts';
import { buildCapacityModel, type CapacityReportModel, type FloorCapacityRow } from '../model/capacityModel.ts';
import { floorDrawing } from '../model/floorDrawing.ts';
import { formatInteger, formatNumber, formatPercent } from '../model/formatValues.ts';
import { findBuilding } from '../../floorplan/queries/lookup.ts';
import type { Indicator } from '../model/siteIndicators.ts';
import { drawCover } from './cover.ts';
import { drawFloorPlan, drawUseLegend, planLayout } from './planDrawing.ts';
import { yieldToEventLoop, type PdfReportOptions } from './reportOptions.ts';
import { PAGE, ReportWriter, STATUS_COLORS } from './reportWriter.ts';
import { drawStackPlan, type StackOccupancy } from './stackPlan.ts';
import { drawEconomics, drawTenantLegend } from './economicsPages.ts';
import { tenantRgb } from './tenantColors.ts';
import { reportText, type ReportText } from '../reportText.ts';
import { scopeLabel } from './scopeLabel.ts';
import { demandTableRows, demandWords } from '../../rules/demand/demandReport.ts';
import { STATUS_ORDER, statusCountKey } from '../../rules/results.ts';

export function indicatorValue(i: Indicator, value: number): string {
  if (i.unit === '%') return formatPercent(value);
  if (i.key === 'far') return formatNumber(value, 2);
  if (i.unit === '') return formatInteger(value);
  return `${formatNumber(value, i.unit === 'm' ? 1 : 0)} ${i.unit}`;
}

function summaryRows(m: CapacityReportModel, t: ReportText): string[][] {
  const s = m.summary;
  const binding = s.binding
    ? `${t.limits[s.binding.limit.id] ?? s.binding.limit.id} — ${s.binding.buildingName} ${s.binding.floorName}: ${formatInteger(s.binding.limit.allows)} / ${t.seatCount(formatInteger(s.binding.seats))}` +
      (s.binding.limit.shortfall ? ` (${t.shortfall(`${formatNumber(s.binding.limit.shortfall, 2)} ${s.binding.limit.unit}`.trim())})` : '')
    : t.notComputed;
  return [
    [t.seats, formatInteger(s.seats), ''],
    [t.seatsByRole, `${t.roles.agent} ${formatInteger(s.byRole.agent)} · ${t.roles.leader} ${formatInteger(s.byRole.leader)} · ${t.roles.supervisor} ${formatInteger(s.byRole.supervisor)}`, ''],
    [t.grossArea, `${formatNumber(s.grossArea, 0)} m²`, ''],
    [t.usableArea, `${formatNumber(s.usableArea, 0)} m²`, ''],
    [t.workArea, `${formatNumber(s.workArea, 0)} m²`, ''],
    [t.areaPerSeatGross, s.areaPerSeatGross === null ? '—' : `${formatNumber(s.areaPerSeatGross, 2)} m²`, t.areaPerSeatGrossDef],
    [t.areaPerSeatWork, s.areaPerSeatWork === null ? '—' : `${formatNumber(s.areaPerSeatWork, 2)} m²`, t.areaPerSeatWorkDef],
    [t.compliantCapacity, s.compliant === null ? t.notComputed : formatInteger(s.compliant), ''],
    [t.bindingLimit, binding, ''],
    [t.checks, STATUS_ORDER.map((status) => `${t.statuses[status]} ${s.counts[statusCountKey(status)]}`).join(' · '), ''],
  ];
}

function floorZoneRows(f: FloorCapacityRow, t: ReportText): string[][] {
  return f.zones.map((z) => [
    z.name,
    t.uses[z.use],
    formatNumber(z.area, 1),
    formatInteger(z.seats),
    z.areaPerSeat === null ? '—' : formatNumber(z.areaPerSeat, 2),
    z.illuminance === null ? '—' : formatNumber(z.illuminance, 0),
    z.freshAirPerPerson === null ? '—' : formatNumber(z.freshAirPerPerson, 1),
  ]);
}

/** Seats from call demand: a row per profile in scope (inputs, agents, seats needed, the comparison). */
function drawDemand(w: ReportWriter, model: CapacityReportModel, locale: PdfReportOptions['locale']): void {
  if (model.demand.length === 0) return;
  const d = demandWords(locale);
  w.heading(d.title);
  const { head, body } = demandTableRows(model.demand, locale);
  w.table(head, body, { styles: { font: 'NotoSansSC', fontSize: 8, cellPadding: 1.5 }, columnStyles: { 1: { cellWidth: 62 } } });
  w.paragraph(d.assumptions, 7.5);
}

export async function capacityPdf(plan: PlanDocument, options: PdfReportOptions): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => {});
  const words = reportText(options.locale);
  progress(0, words.progress.model);
  const model = buildCapacityModel(plan, options.rules, options.meta, options.scope);
  if (!model) throw new Error(`scope not found in plan`);
  progress(0.05, words.progress.font);
  const fonts = await options.fonts();
  const label = scopeLabel(model.scope, model.scopeName, options.locale);
  const w = new ReportWriter(fonts, options.locale, {
    left: `${model.meta.project} — ${options.locale === 'en' ? 'Capacity report' : '容量报告'}`,
    right: `${label} · ${options.locale === 'en' ? 'rev' : '版本'} ${model.meta.revision ?? '—'} · ${model.meta.contentHash}`,
  });
  const t = w.text;
  progress(0.15, t.progress.cover);
  drawCover(w, t.capacityTitle, model.meta, label, ['preparedBy', 'checkedBy', 'approvedBy']);

  w.newPage();
  w.heading(t.summary);
  w.table([t.indicator, t.value, ''], summaryRows(model, t), {
    columnStyles: { 0: { cellWidth: 55 }, 2: { cellWidth: 90 } },
    styles: { font: 'NotoSansSC', fontSize: 10, cellPadding: 2 },
  });

  w.heading(t.siteIndicators);
  w.table(
    [t.indicator, t.value, t.control, t.status],
    model.indicators.map((i) => [
      t[i.key],
      indicatorValue(i, i.value),
      i.control ? `${i.control.comparator === '<=' ? '≤' : '≥'} ${indicatorValue(i, i.control.value)}` : '—',
      t.statuses[i.status],
    ]),
    {
      columnStyles: { 0: { cellWidth: 60 }, 1: { cellWidth: 50 }, 2: { cellWidth: 50 } },
      didParseCell: (data) => {
        if (data.section !== 'body' || data.column.index !== 3) return;
        const status = model.indicators[data.row.index]?.status;
        if (status && status !== 'n/a') data.cell.styles.textColor = STATUS_COLORS[status];
      },
    },
  );

  drawDemand(w, model, options.locale);

  progress(0.25, t.progress.plans);
  w.newPage();
  w.heading(t.stackPlan);
  const usesShown = ZONE_USES.filter((u) => model.floors.some((f) => f.useAreas.some((a) => a.use === u)));
  let legendBottom = drawUseLegend(w, usesShown as ZoneUse[], PAGE.margin, w.y + 2, w.contentWidth);
  const economics = model.economics;
  const hasTenants = economics !== null && economics.tenantOrder.length > 0;
  if (hasTenants) legendBottom = drawTenantLegend(w, economics, options.locale, legendBottom + 1);
  const occupancy: StackOccupancy | undefined = hasTenants
    ? { floors: Object.fromEntries(Object.entries(economics.floors).map(([id, f]) => [id, { seats: f.seats, occupied: f.occupied, parts: f.byTenant.map((t) => ({ rgb: tenantRgb(economics.tenantOrder.indexOf(t.tenantId)), seats: t.seats })) }])) }
    : undefined;
  drawStackPlan(w, model.stacks, { x: PAGE.margin, y: legendBottom + 2, width: w.contentWidth, height: w.bottomLimit - legendBottom - 4 }, 4, occupancy);
  drawEconomics(w, plan, economics, options.locale);

  const floorCount = model.floors.length;
  for (let i = 0; i < floorCount; i++) {
    const f = model.floors[i]!;
    const building = findBuilding(plan, f.buildingId);
    const floor = building?.floors.find((fl) => fl.id === f.floorId);
    if (!building || !floor) continue;
    w.newPage();
    w.heading(`${f.buildingName} ${f.name} — ${t.seatCount(formatInteger(f.seats))}`, 12);
    const top = w.y;
    const drawing = floorDrawing(building, floor);
    const layout = planLayout(drawing, top, w.bottomLimit, PAGE.margin, w.contentWidth);
    const below = drawFloorPlan(w, drawing, layout.plan);
    w.y = layout.side ? top - 1 : below;
    const tableLeft = layout.side ? PAGE.margin + layout.plan.width + 6 : PAGE.margin;
    w.table([t.zone, t.use, `${t.area}\nm²`, t.seats, `${t.areaPerSeat}\nm²`, `${t.illuminance}\nlx`, `${t.freshAirPerPerson}\nm³/h`], floorZoneRows(f, t), {
      margin: { left: tableLeft, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
      styles: { font: 'NotoSansSC', fontSize: 6.5, cellPadding: 0.8 },
      headStyles: { font: 'NotoSansSC', fontStyle: 'bold', fillColor: [40, 70, 120], textColor: 255, fontSize: 6.5 },
    });
    if (i % 4 === 3) {
      progress(0.25 + (0.6 * (i + 1)) / floorCount, t.progress.plans);
      await yieldToEventLoop();
    }
  }

  w.newPage();
  w.heading(t.assumptions);
  const overrides = Object.entries(model.profile.overrides);
  w.paragraph(`${t.ruleProfile}: ${model.profile.base}`);
  w.paragraph(`${t.overrides}: ${overrides.length ? overrides.map(([k, v]) => `${k} = ${String(v)}`).join('; ') : t.none}`);
  w.paragraph(`${t.areaPerSeatGross}: ${t.areaPerSeatGrossDef}. ${t.areaPerSeatWork}: ${t.areaPerSeatWorkDef}.`);
  for (const r of t.readings) w.paragraph(`• ${r}`);

  progress(0.9, t.progress.output);
  const bytes = w.finish();
  progress(1, t.progress.output);
  return bytes;
}
