// Generated ASCII DXF drawings of a given size for the DXF reading benchmark: storeys of a
// call-centre floor side by side (outline and walls as LWPOLYLINEs, axis LINEs, door blocks with
// swings, columns as CIRCLEs, hatched cores, room-name TEXTs), in millimetres, GBK-free ASCII.
const g = (code: number, value: string | number) => `${code}\n${value}\n`;

function header(): string {
  return g(0, 'SECTION') + g(2, 'HEADER') + g(9, '$ACADVER') + g(1, 'AC1027') + g(9, '$INSUNITS') + g(70, 4) + g(0, 'ENDSEC')
    + g(0, 'SECTION') + g(2, 'TABLES') + g(0, 'TABLE') + g(2, 'LAYER') + g(70, 6)
    + ['WALL', 'AXIS', 'DOOR', 'COLU', 'HATCH', 'TEXT'].map((n) => g(0, 'LAYER') + g(2, n) + g(70, 0) + g(62, 7) + g(6, 'CONTINUOUS')).join('')
    + g(0, 'ENDTAB') + g(0, 'ENDSEC')
    + g(0, 'SECTION') + g(2, 'BLOCKS')
    + g(0, 'BLOCK') + g(8, '0') + g(2, 'DOOR900') + g(70, 0) + g(10, 0) + g(20, 0) + g(30, 0)
    + g(0, 'LINE') + g(8, '0') + g(10, 0) + g(20, 0) + g(11, 0) + g(21, 900)
    + g(0, 'ARC') + g(8, '0') + g(10, 0) + g(20, 0) + g(40, 900) + g(50, 0) + g(51, 90)
    + g(0, 'ENDBLK') + g(8, '0') + g(0, 'ENDSEC');
}

/** One 60 × 30 m floor at x offset `ox` (mm). */
function floor(ox: number, n: number): string {
  const parts: string[] = [];
  const poly = (layer: string, pts: [number, number][], closed: boolean) =>
    g(0, 'LWPOLYLINE') + g(8, layer) + g(90, pts.length) + g(70, closed ? 1 : 0) + pts.map(([x, y]) => g(10, (ox + x).toFixed(3)) + g(20, y.toFixed(3))).join('');
  parts.push(poly('WALL', [[0, 0], [60000, 0], [60000, 30000], [0, 30000]], true), poly('WALL', [[200, 200], [59800, 200], [59800, 29800], [200, 29800]], true));
  for (let x = 4000; x < 60000; x += 4000) {
    parts.push(g(0, 'LINE') + g(8, 'AXIS') + g(10, ox + x) + g(20, -1000) + g(11, ox + x) + g(21, 31000));
    parts.push(poly('WALL', [[x - 100, 200], [x + 100, 200], [x + 100, 12000], [x - 100, 12000]], true));
    parts.push(g(0, 'INSERT') + g(8, 'DOOR') + g(2, 'DOOR900') + g(10, ox + x + 300) + g(20, 12000) + g(41, 1) + g(42, 1) + g(50, 0));
    parts.push(g(0, 'CIRCLE') + g(8, 'COLU') + g(10, ox + x) + g(20, 15000) + g(40, 300));
    parts.push(g(0, 'TEXT') + g(8, 'TEXT') + g(10, ox + x - 1500) + g(20, 6000) + g(40, 350) + g(1, `ROOM ${n}-${x / 4000}`));
  }
  parts.push(g(0, 'HATCH') + g(8, 'HATCH') + g(2, 'ANSI31') + g(70, 0) + g(71, 0) + g(91, 1) + g(92, 3) + g(72, 0) + g(73, 1) + g(93, 4)
    + [[26000, 18000], [34000, 18000], [34000, 26000], [26000, 26000]].map(([x, y]) => g(10, ox + x!) + g(20, y!)).join('') + g(97, 0) + g(75, 1) + g(76, 1) + g(98, 0));
  return parts.join('');
}

/** An ASCII DXF of at least `bytes` characters. */
export function generatedDxf(bytes: number): string {
  const parts = [header(), g(0, 'SECTION'), g(2, 'ENTITIES')];
  let size = parts.reduce((n, p) => n + p.length, 0);
  for (let n = 0; size < bytes; n++) {
    const f = floor(n * 70000, n);
    parts.push(f);
    size += f.length;
  }
  parts.push(g(0, 'ENDSEC'), g(0, 'EOF'));
  return parts.join('');
}
