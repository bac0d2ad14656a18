// The fire register as a PDF an inspector signs on site: a first page with the scope, the
// as-of date, the status summary and the inspection intervals with their clauses; then each
// floor's devices (the register's columns plus blank "this inspection" and "remarks" columns to
// fill in by hand) closed by a sign-off block (inspector, signature, date, reviewer); last, the
// open defects and actions.
import { FIRE_DEVICE_TYPES } from '../../floorplan/register/fireDevices.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import type { ResolvedProfile } from '../../rules/profiles/parameter.ts';
import { INSPECTION_STATUSES, type InspectionStatus } from '../../rules/register/inspectionStatus.ts';
import { buildRegister, type RegisterRow } from '../../rules/register/register.ts';
import { sortRows } from '../../rules/register/registerView.ts';
import { ratingText, registerWords } from '../../rules/register/registerWords.ts';
import { clauseText } from '../../rules/format.ts';
import { defectNotes, registerScopeOf } from '../csv/register.ts';
import type { ReportMeta } from '../model/meta.ts';
import { resolveScope, scopeName, type ReportScope } from '../model/scope.ts';
import type { FontLoader } from './fonts.ts';
import { registerPdfText } from './registerPdfText.ts';
import { yieldToEventLoop, type ProgressCallback } from './reportOptions.ts';
import { PAGE, ReportWriter, STATUS_COLORS, type Rgb } from './reportWriter.ts';
import { scopeLabel } from './scopeLabel.ts';

export interface RegisterPdfOptions {
  locale: Locale;
  scope: ReportScope;
  /** project, revision, content hash; `meta.date` is the as-of date of the statuses */
  meta: ReportMeta;
  fonts: FontLoader;
  onProgress?: ProgressCallback;
  /** default: the plan's profile */
  profile?: ResolvedProfile;
}

export const STATUS_RGB: Record<InspectionStatus, Rgb> = {
  ok: STATUS_COLORS.pass,
  'due-soon': STATUS_COLORS.warn,
  overdue: STATUS_COLORS.fail,
  never: [150, 60, 160],
};

function byFloor(rows: readonly RegisterRow[]): RegisterRow[][] {
  const groups = new Map<string, RegisterRow[]>();
  for (const r of rows) {
    const list = groups.get(r.floorId);
    if (list) list.push(r);
    else groups.set(r.floorId, [r]);
  }
  return [...groups.values()];
}

/** The sign-off block: inspector, signature, date and reviewer, with room to write. */
function signOffBlock(w: ReportWriter, title: string, locale: Locale): void {
  const t = registerPdfText(locale);
  w.ensure(26);
  w.font(9, true);
  w.y += 4;
  w.doc.text(title, PAGE.margin, w.y);
  w.y += 1;
  w.table([t.inspector, t.signature, t.date, t.reviewer, t.signature, t.date], [['', '', '', '', '', '']], {
    styles: { font: 'NotoSansSC', fontSize: 9, minCellHeight: 12, lineColor: [120, 120, 120], lineWidth: 0.2 },
    headStyles: { font: 'NotoSansSC', fontStyle: 'bold', fillColor: [235, 238, 244], textColor: 20 },
  });
}

export async function registerPdf(plan: PlanDocument, options: RegisterPdfOptions): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => {});
  const { locale, meta } = options;
  const register = buildRegister(plan, registerScopeOf(options.scope), { asOf: meta.date, ...(options.profile ? { profile: options.profile } : {}) });
  const scoped = resolveScope(plan, options.scope);
  if (!register || !scoped) throw new Error('scope not found in plan');
  const t = registerPdfText(locale);
  const w8 = registerWords(locale);
  progress(0.05, locale === 'en' ? 'fonts' : '字体');
  const fonts = await options.fonts();
  const label = scopeLabel(options.scope, scopeName(plan, scoped), locale);
  const w = new ReportWriter(fonts, locale, { left: `${meta.project} — ${t.title}`, right: `${label} · ${t.asOf} ${meta.date} · ${meta.contentHash}` });

  // First page: what the register covers and how its statuses are reckoned.
  w.font(20, true);
  w.doc.setTextColor(20, 40, 80);
  w.doc.text(t.title, PAGE.margin, 26);
  w.doc.setTextColor(0, 0, 0);
  w.y = 32;
  const profile = plan.profile?.base ?? 'gb';
  const overrides = Object.keys(plan.profile?.overrides ?? {}).length;
  w.paragraph(`${meta.project} · ${label}`, 11);
  w.paragraph(
    `${t.asOf}: ${meta.date} · ${w.text.revision}: ${meta.revision ?? '—'} · ${w.text.contentHash}: ${meta.contentHash} · ${t.profile}: ${profile}${overrides ? ` (+${overrides})` : ''}`,
    9,
    [70, 70, 70],
  );
  w.heading(t.summary, 12);
  const typesPresent = FIRE_DEVICE_TYPES.filter((type) => register.rows.some((r) => r.type === type));
  const statusHead = INSPECTION_STATUSES.map((s) => w8.statuses[s]);
  w.table(
    [w8.columns.type, t.devices, ...statusHead, w8.columns.openDefects],
    typesPresent.map((type) => {
      const rows = register.rows.filter((r) => r.type === type);
      return [w8.types[type], String(rows.length), ...INSPECTION_STATUSES.map((s) => String(rows.filter((r) => r.status === s).length)), String(rows.reduce((n, r) => n + r.openDefects, 0))];
    }),
    { columnStyles: { 0: { cellWidth: 50 } } },
  );
  w.heading(t.intervals, 12);
  w.table(
    [w8.columns.type, t.interval, t.clause],
    typesPresent.map((type) => [w8.types[type], t.days(register.policy.intervals[type].days), clauseText(register.policy.intervals[type].clause, locale)]),
    { columnStyles: { 0: { cellWidth: 50 }, 1: { cellWidth: 30 } } },
  );
  w.paragraph(t.statement, 8, [110, 110, 110]);
  w.paragraph(t.resultHint, 8, [110, 110, 110]);

  // Each floor: its devices in place order (zone, then type), then its sign-off.
  const floors = byFloor(register.rows);
  for (let i = 0; i < floors.length; i++) {
    const rows = sortRows(sortRows(floors[i]!, { column: 'type', direction: 'asc' }), { column: 'zone', direction: 'asc' });
    const first = rows[0]!;
    w.newPage();
    w.heading(`${first.buildingName} ${first.floorName}`, 12);
    w.table(
      ['#', w8.columns.id, w8.columns.type, w8.columns.rating, w8.columns.zone, w8.columns.lastInspected, w8.columns.nextDue, w8.columns.status, w8.columns.openDefects, t.thisInspection, t.remarks],
      rows.map((r, n) => [
        String(n + 1),
        r.id,
        w8.types[r.type],
        ratingText(r.type, r.rating, locale),
        r.zoneName ?? '',
        r.lastInspected ?? '—',
        r.nextDue ?? '—',
        w8.statuses[r.status],
        r.openDefects ? `${r.openDefects}${defectNotes(r) ? `: ${defectNotes(r)}` : ''}` : '',
        '',
        '',
      ]),
      {
        styles: { font: 'NotoSansSC', fontSize: 7, cellPadding: 0.9 },
        columnStyles: { 0: { cellWidth: 9 }, 1: { cellWidth: 24 }, 2: { cellWidth: 24 }, 3: { cellWidth: 16 }, 5: { cellWidth: 20 }, 6: { cellWidth: 20 }, 7: { cellWidth: 18 }, 8: { cellWidth: 36 }, 9: { cellWidth: 18 }, 10: { cellWidth: 34 } },
        didParseCell: (data) => {
          if (data.section !== 'body' || data.column.index !== 7) return;
          const row = rows[data.row.index];
          if (row) data.cell.styles.textColor = STATUS_RGB[row.status];
        },
      },
    );
    signOffBlock(w, `${t.floorSignOff} — ${first.buildingName} ${first.floorName}`, locale);
    progress(0.1 + (0.8 * (i + 1)) / floors.length, `${first.buildingName} ${first.floorName}`);
    if (i % 3 === 2) await yieldToEventLoop();
  }

  // Open defects and actions, overdue first.
  w.newPage();
  w.heading(t.openItems, 12);
  const open = sortRows(register.rows.filter((r) => r.openDefects > 0), { column: 'status', direction: 'asc' });
  if (open.length === 0) w.paragraph(t.noOpenItems);
  else {
    w.table(
      [w8.columns.id, w8.columns.type, `${w8.columns.building} / ${w8.columns.floor}`, w8.columns.zone, t.found, t.owner, t.due],
      open.map((r) => {
        const action = r.actions[0];
        return [
          r.id,
          w8.types[r.type],
          `${r.buildingName} ${r.floorName}`,
          r.zoneName ?? '',
          r.defects.map((d) => `${d.date} ${d.note ?? ''}`.trim()).join('\n') || action?.note || '',
          r.actions.map((a) => a.owner ?? '').filter((s) => s).join('\n'),
          r.actions.map((a) => a.due ?? '').filter((s) => s).join('\n'),
        ];
      }),
      { styles: { font: 'NotoSansSC', fontSize: 8, cellPadding: 1 } },
    );
  }
  signOffBlock(w, t.title, locale);
  progress(1, locale === 'en' ? 'output' : '输出');
  return w.finish();
}
