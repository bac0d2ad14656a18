// The proposal PDF: cover, KPI table of every proposal (best values marked), a bar chart of the
// comparison, a 3D view image of each building of the active layout, and the compliance summary
// by discipline. Pure jsPDF: the caller supplies the comparison, the images and the fonts.
import { chartGroups } from '../../floorplan/proposals/chartGroups.ts';
import { COMPARED_AREAS, type Comparison, type RowKey } from '../../floorplan/proposals/compare.ts';
import type { CostParameters, Locale } from '../../floorplan/types.ts';
import type { ReportMeta } from '../model/meta.ts';
import { drawCover } from '../pdf/cover.ts';
import type { FontLoader } from '../pdf/fonts.ts';
import { PAGE, ReportWriter, type Rgb } from '../pdf/reportWriter.ts';
import { proposalText, type ProposalText } from './proposalText.ts';

export interface ProposalImage {
  buildingId: string;
  name: string;
  /** PNG or JPEG data URL */
  dataUrl: string;
  width: number;
  height: number;
}

export interface ProposalPdfOptions {
  locale: Locale;
  meta: ReportMeta;
  fonts: FontLoader;
  costs: CostParameters;
  /** 3D views of the active layout's buildings */
  images: ProposalImage[];
}

const BAR_COLORS: Rgb[] = [
  [43, 74, 126],
  [217, 130, 43],
  [58, 143, 92],
  [142, 68, 173],
  [192, 57, 43],
  [22, 160, 133],
];

const amount = (v: number): string => Math.round(v).toLocaleString('en-US');

function formatValue(key: RowKey | 'failTotal' | 'warnTotal', v: number | null, currency: string): string {
  if (v === null) return '—';
  if (key === 'fitOut' || key === 'oneOffPerSeat' || key === 'rentPerSeatMonth') return `${currency} ${amount(v)}`;
  if (key === 'areaPerSeat') return v.toFixed(2);
  return amount(v);
}

function rowName(t: ProposalText, key: RowKey): string {
  const [kind, area] = key.split('.');
  if (area && (kind === 'fail' || kind === 'warn')) return `${kind === 'fail' ? t.fail : t.warn} · ${t.areas[area] ?? area}`;
  return t.rows[key] ?? key;
}

function kpiTable(w: ReportWriter, c: Comparison, t: ProposalText): void {
  const headline = c.rows.filter((r) => !r.key.startsWith('fail.') && !r.key.startsWith('warn.'));
  const body = headline.map((r) => [rowName(t, r.key), ...r.values.map((v, i) => `${formatValue(r.key, v, c.currency)}${r.best.includes(i) ? ' ★' : ''}`)]);
  body.splice(2, 0, [t.binding, ...c.proposals.map((p) => p.binding ?? '—')]);
  w.table([t.measure, ...c.proposals.map((p) => p.name)], body, { columnStyles: { 0: { cellWidth: 60 } } });
}

function chart(w: ReportWriter, c: Comparison, t: ProposalText): void {
  const { doc } = w;
  const groups = chartGroups(c);
  const n = c.proposals.length;
  const bar = 4;
  const groupHeight = n * (bar + 1) + 4;
  w.ensure(10 + groups.length * groupHeight);
  // legend
  let x = PAGE.margin + 60;
  w.font(8);
  c.proposals.forEach((p, i) => {
    doc.setFillColor(...BAR_COLORS[i % BAR_COLORS.length]!);
    doc.rect(x, w.y, 4, 4, 'F');
    doc.setTextColor(0, 0, 0);
    doc.text(p.name, x + 6, w.y + 3.3);
    x += 70;
  });
  w.y += 8;
  const labelRight = PAGE.margin + 56;
  const plotLeft = PAGE.margin + 60;
  const plotWidth = w.contentWidth - 60 - 45;
  for (const g of groups) {
    const key = g.key;
    const label = key === 'failTotal' || key === 'warnTotal' ? (t.rows[key] ?? key) : rowName(t, key);
    w.font(8);
    doc.setTextColor(0, 0, 0);
    doc.text(label, labelRight, w.y + groupHeight / 2, { align: 'right' });
    g.shares.forEach((share, i) => {
      const y = w.y + 2 + i * (bar + 1);
      const width = share === null ? 0 : Math.max(0.5, share * plotWidth);
      doc.setFillColor(...BAR_COLORS[i % BAR_COLORS.length]!);
      if (width > 0) doc.rect(plotLeft, y, width, bar, 'F');
      const best = g.best.includes(i);
      w.font(7, best);
      doc.text(`${formatValue(key, g.values[i] ?? null, c.currency)}${best ? ' ★' : ''}`, plotLeft + width + 2, y + bar - 0.8);
    });
    w.y += groupHeight;
  }
  w.y += 3;
  w.paragraph(t.chartNote, 8, [90, 90, 90]);
}

function images(w: ReportWriter, list: ProposalImage[], t: ProposalText): void {
  const { doc } = w;
  if (list.length === 0) {
    w.paragraph(t.noImage);
    return;
  }
  const slotWidth = (w.contentWidth - 6) / 2;
  const slotHeight = 78;
  list.forEach((img, i) => {
    if (i % 2 === 0) w.ensure(slotHeight + 8);
    const x = PAGE.margin + (i % 2) * (slotWidth + 6);
    const scale = Math.min(slotWidth / img.width, slotHeight / img.height);
    const width = img.width * scale;
    const height = img.height * scale;
    w.font(9, true);
    doc.setTextColor(20, 40, 80);
    doc.text(img.name, x, w.y + 4);
    const format = img.dataUrl.startsWith('data:image/jpeg') ? 'JPEG' : 'PNG';
    doc.addImage(img.dataUrl, format, x, w.y + 6, width, height, `view-${img.buildingId}`, 'FAST');
    doc.setDrawColor(180, 180, 180);
    doc.rect(x, w.y + 6, width, height);
    if (i % 2 === 1 || i === list.length - 1) w.y += slotHeight + 10;
  });
}

function complianceSummary(w: ReportWriter, c: Comparison, t: ProposalText): void {
  const head = [t.proposals, ...COMPARED_AREAS.map((a) => t.areas[a] ?? a)];
  const body = c.proposals.map((p) => [p.name, ...COMPARED_AREAS.map((a) => `${p.fails[a]} / ${p.warns[a]}`)]);
  w.table(head, body, { columnStyles: { 0: { cellWidth: 60 } } });
  w.paragraph(`${t.fail} / ${t.warn}. ${t.complianceNote}`, 8, [90, 90, 90]);
}

export async function proposalPdf(comparison: Comparison, options: ProposalPdfOptions): Promise<Uint8Array> {
  const t = proposalText(options.locale);
  const fonts = await options.fonts();
  const w = new ReportWriter(fonts, options.locale, {
    left: `${options.meta.project} — ${t.title}`,
    right: `${revisionLabel(options)} · ${options.meta.contentHash}`,
  });
  drawCover(w, t.title, options.meta, comparison.proposals.map((p) => p.name).join(' / '), ['preparedBy', 'approvedBy']);

  w.newPage();
  w.heading(t.kpiTable);
  kpiTable(w, comparison, t);
  const k = options.costs;
  w.paragraph(t.costsBasis(k.currency, amount(k.fitOutPerM2), String(k.rentPerM2Month), amount(k.equipmentPerSeat)), 8, [90, 90, 90]);
  // keep the heading with its chart
  w.ensure(20 + chartGroups(comparison).length * (comparison.proposals.length * 5 + 4));
  w.heading(t.chart, 11);
  chart(w, comparison, t);

  w.newPage();
  w.heading(`${t.views} — ${comparison.proposals[0]?.name ?? ''}`);
  images(w, options.images, t);

  w.ensure(40);
  w.heading(t.compliance);
  complianceSummary(w, comparison, t);
  return w.finish();
}

function revisionLabel(options: ProposalPdfOptions): string {
  return options.meta.revision === null ? '—' : String(options.meta.revision);
}
