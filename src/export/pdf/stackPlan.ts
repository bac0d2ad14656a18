// The stack plan: per building, one bar per floor (bottom floor at the bottom), split by zone use
// in proportion to area, the seats written at the bar's end. With tenants, a thin strip under
// each bar splits the floor's seats by tenant (grey: vacant) and the end reads "occupied / seats".
import { formatInteger } from '../model/formatValues.ts';
import type { BuildingStack } from '../model/capacityModel.ts';
import { USE_COLORS, type Box } from './planDrawing.ts';
import type { ReportWriter, Rgb } from './reportWriter.ts';
import { VACANT_RGB } from './tenantColors.ts';

/** Seats per tenant on a floor, for the stack plan's tenant strip. */
export interface StackOccupancy {
  /** per floor id */
  floors: Record<string, { seats: number; occupied: number; parts: { rgb: Rgb; seats: number }[] }>;
}

/** Buildings side by side in the box, at most `perRow` a row; returns nothing, draws in place. */
export function drawStackPlan(w: ReportWriter, stacks: BuildingStack[], box: Box, perRow = 4, occupancy?: StackOccupancy): void {
  const { doc } = w;
  const rows = Math.ceil(stacks.length / perRow) || 1;
  const cellW = box.width / Math.min(perRow, Math.max(1, stacks.length));
  const cellH = box.height / rows;
  const maxArea = Math.max(1, ...stacks.flatMap((s) => s.floors.map((f) => f.useAreas.reduce((a, u) => a + u.area, 0))));
  stacks.forEach((stack, i) => {
    const cx = box.x + (i % perRow) * cellW;
    const cy = box.y + Math.floor(i / perRow) * cellH;
    w.font(8, true);
    doc.setTextColor(0, 0, 0);
    doc.text(stack.name, cx, cy + 4);
    const labelW = 12;
    const seatsW = 16;
    const barMax = cellW - labelW - seatsW - 4;
    const n = stack.floors.length;
    const barH = Math.min(7, (cellH - 9) / Math.max(1, n));
    w.font(Math.min(7, Math.max(4, barH * 1.6)));
    stack.floors.forEach((floor, k) => {
      const y = cy + 7 + (n - 1 - k) * barH;
      doc.setTextColor(60, 60, 60);
      doc.text(floor.name, cx, y + barH * 0.75);
      let x = cx + labelW;
      const tenants = occupancy?.floors[floor.floorId];
      // the use bar gives way to the tenant strip at its foot when there are tenants
      const useH = tenants ? (barH - 0.4) * 0.62 : barH - 0.4;
      for (const u of floor.useAreas) {
        const segment = (u.area / maxArea) * barMax;
        doc.setFillColor(...USE_COLORS[u.use]);
        doc.setDrawColor(120, 120, 120);
        doc.setLineWidth(0.05);
        doc.rect(x, y + 0.2, segment, useH, 'FD');
        x += segment;
      }
      if (tenants && tenants.seats > 0) {
        const width = x - (cx + labelW);
        let tx = cx + labelW;
        const stripY = y + 0.2 + useH + 0.15;
        const stripH = barH - 0.4 - useH - 0.15;
        for (const part of [...tenants.parts, { rgb: VACANT_RGB, seats: tenants.seats - tenants.occupied }]) {
          const segment = (part.seats / tenants.seats) * width;
          if (segment <= 0) continue;
          doc.setFillColor(...part.rgb);
          doc.rect(tx, stripY, segment, stripH, 'F');
          tx += segment;
        }
      }
      doc.setTextColor(0, 0, 0);
      doc.text(tenants ? `${formatInteger(tenants.occupied)}/${formatInteger(floor.seats)}` : formatInteger(floor.seats), x + 1.5, y + barH * 0.75);
    });
  });
}
