// The capacity report's economics: an investment summary (phases side by side, the cost basis),
// a page per phase, and the tenant table (docs/economics.md).
import type { PhaseEconomics } from '../../floorplan/economics/parkEconomics.ts';
import type { MoneyFigures } from '../../floorplan/economics/investment.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { EconomicsReportModel } from '../model/economicsModel.ts';
import { formatInteger, formatNumber } from '../model/formatValues.ts';
import { economicsWords, type EconomicsWords } from './economicsWords.ts';
import { PAGE, type ReportWriter } from './reportWriter.ts';
import { tenantRgb, VACANT_RGB } from './tenantColors.ts';

const TABLE = { styles: { font: 'NotoSansSC', fontSize: 9, cellPadding: 1.6 } };

function moneyOf(currency: string): (v: number | null | undefined) => string {
  return (v) => (v === null || v === undefined ? '—' : `${currency} ${formatInteger(v)}`);
}

/** The rows of one phase (or the park) in the order the summary table and the phase page print them. */
function figureRows(f: MoneyFigures, d: EconomicsWords, money: (v: number | null) => string, brief = false): [string, string][] {
  const r = f.runningPerSeatMonth;
  return [
    [d.seats, formatInteger(f.seats)],
    [d.occupied, formatInteger(f.occupied)],
    [d.vacant, formatInteger(f.vacant)],
    [d.grossArea, `${formatInteger(f.grossArea)} m²`],
    [d.land, money(f.cost.land)],
    [d.construction, money(f.cost.construction)],
    [d.fitOut, money(f.cost.fitOut)],
    [d.equipment, money(f.cost.equipment)],
    [d.investment, money(f.cost.total)],
    [d.investmentPerSeat, money(f.investmentPerSeat)],
    // the summary's columns show the total only; the phase pages add its parts
    [d.runningPerSeatMonth, r ? (brief ? money(r.total) : `${money(r.total)} (${d.runningParts(formatInteger(r.rent), formatInteger(r.utilities), formatInteger(r.staff))})`) : '—'],
    [d.rentIncomeMonth, money(f.rentIncomeMonth)],
  ];
}

function phaseName(p: PhaseEconomics, d: EconomicsWords): string {
  return p.name || d.unphased;
}

function dates(start?: string, end?: string): string {
  return start || end ? `${start ?? '…'} – ${end ?? '…'}` : '—';
}

/** Draws the economics pages; nothing when the model has none. Each part starts on a new page. */
export function drawEconomics(w: ReportWriter, plan: PlanDocument, e: EconomicsReportModel | null, locale: Locale): void {
  if (!e) return;
  const d = economicsWords(locale);
  const money = moneyOf(e.currency);
  const c = e.costs;

  w.newPage();
  w.heading(d.investmentSummary);
  const columns = [...e.phases.map((p) => phaseName(p, d)), d.park];
  const perColumn = [...e.phases.map((p) => figureRows(p, d, money, true)), figureRows(e.park, d, money, true)];
  const body = perColumn[0]!.map((row, i) => [row[0], ...perColumn.map((col) => col[i]![1])]);
  w.table([d.indicator, ...columns], body, TABLE);
  w.heading(d.costBasis, 11);
  w.paragraph(
    d.basis({
      land: money(c.landCost),
      construction: formatInteger(c.constructionPerM2),
      fitOutM2: formatInteger(c.fitOutPerM2),
      fitOutSeat: formatInteger(c.fitOutPerSeat),
      equipment: formatInteger(c.equipmentPerSeat),
      rent: formatNumber(c.rentPerM2Month, 2),
      rentFree: c.rentFreeMonths,
      utilities: formatInteger(c.utilitiesPerSeatMonth),
      staff: formatInteger(c.staffPerSeatMonth),
    }),
  );
  w.paragraph(d.formulas, 8, [70, 70, 70]);
  if (e.problems.length > 0) {
    w.heading(d.problems, 11);
    for (const p of e.problems) {
      const tenant = 'tenantId' in p ? (e.tenantNames[p.tenantId] ?? p.tenantId) : undefined;
      const other = p.kind === 'overlap' ? (e.tenantNames[p.otherTenantId] ?? p.otherTenantId) : undefined;
      const ref = p.kind === 'unknown-phase' ? p.phaseId : 'ref' in p ? p.ref : undefined;
      w.paragraph(`• ${d.problem({ kind: p.kind, ...(tenant ? { tenant } : {}), ...(other ? { other } : {}), ...('seats' in p ? { seats: p.seats } : {}), ...(ref ? { ref } : {}) })}`);
    }
  }

  for (const p of e.phases) {
    w.newPage();
    w.heading(d.phase(phaseName(p, d)));
    const buildingNames = p.buildingIds.map((id) => plan.site.buildings.find((b) => b.id === id)?.name ?? id);
    const floorNames = p.floorIds.map((id) => {
      const ref = findFloor(plan, id);
      return ref ? `${ref.building.name} ${ref.floor.name}` : id;
    });
    const rows: [string, string][] = [
      [d.dates, dates(p.start, p.end)],
      [d.buildings, buildingNames.join('、') || '—'],
      [d.floors, floorNames.join('、') || '—'],
      ...figureRows(p, d, money),
      [d.compliance, p.compliance ? d.complianceValue(p.compliance.fail, p.compliance.warn) : d.notChecked],
    ];
    w.table([d.indicator, d.value], rows, { ...TABLE, columnStyles: { 0: { cellWidth: 70 } } });
  }

  if (e.tenants.length > 0) {
    w.newPage();
    w.heading(d.tenants);
    const index = new Map(e.tenantOrder.map((id, i) => [id, i]));
    const head = [d.tenant, d.floors, d.seatsLeased, d.occupied, d.lease, d.leaseMonths, d.rentPerSeatMonth, d.rentPerMonth, d.leaseIncome];
    w.table(
      head,
      e.tenants.map((t) => [
        t.name,
        t.floorNames.join('、') || '—',
        formatInteger(t.leased),
        formatInteger(t.occupied),
        dates(t.leaseStart, t.leaseEnd),
        t.leaseMonths === null ? '—' : String(t.leaseMonths),
        money(t.rentPerSeatMonth),
        money(t.rentPerMonth),
        money(t.leaseIncome),
      ]),
      {
        ...TABLE,
        columnStyles: { 0: { cellWidth: 42 }, 1: { cellWidth: 60 } },
        didDrawCell: (data) => {
          // the tenant's colour from the stack plan, a square before its name
          if (data.section !== 'body' || data.column.index !== 0) return;
          const tenant = e.tenants[data.row.index];
          if (!tenant) return;
          w.doc.setFillColor(...tenantRgb(index.get(tenant.tenantId) ?? 0));
          w.doc.rect(data.cell.x + data.cell.width - 3.2, data.cell.y + 1.2, 2.2, 2.2, 'F');
        },
      },
    );
  }
}

/** The tenant legend under the stack plan: a swatch per tenant in scope and one for vacant seats; returns the y below it. */
export function drawTenantLegend(w: ReportWriter, e: EconomicsReportModel, locale: Locale, y: number): number {
  const d = economicsWords(locale);
  const shown = e.tenantOrder.filter((id) => Object.values(e.floors).some((f) => f.byTenant.some((t) => t.tenantId === id)));
  const items: { name: string; rgb: [number, number, number] }[] = [...shown.map((id) => ({ name: e.tenantNames[id] ?? id, rgb: tenantRgb(e.tenantOrder.indexOf(id)) })), { name: d.vacantLegend, rgb: VACANT_RGB }];
  w.font(7.5);
  let x = PAGE.margin;
  for (const item of items) {
    const width = 5 + w.doc.getTextWidth(item.name) + 6;
    if (x + width > PAGE.margin + w.contentWidth) {
      x = PAGE.margin;
      y += 4.5;
    }
    w.doc.setFillColor(...item.rgb);
    w.doc.rect(x, y, 3.2, 3.2, 'F');
    w.doc.setTextColor(40, 40, 40);
    w.doc.text(item.name, x + 4.2, y + 2.7);
    x += width;
  }
  w.doc.setTextColor(0, 0, 0);
  return y + 5;
}
