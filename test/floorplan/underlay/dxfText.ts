// Builds small DXF files for the tests: group-code / value pairs, one per line.
export type Group = [code: number, value: string | number];

const lines = (groups: readonly Group[]): string => groups.map(([c, v]) => `${c}\n${v}`).join('\n');

export function dxf({ insunits, entities, blocks = [], layers = [] }: { insunits?: number; entities: Group[][]; blocks?: { name: string; base: [number, number]; entities: Group[][] }[]; layers?: { name: string; off?: boolean; frozen?: boolean }[] }): string {
  const out: Group[] = [];
  out.push([0, 'SECTION'], [2, 'HEADER']);
  if (insunits !== undefined) out.push([9, '$INSUNITS'], [70, insunits]);
  out.push([0, 'ENDSEC']);
  if (layers.length) {
    out.push([0, 'SECTION'], [2, 'TABLES'], [0, 'TABLE'], [2, 'LAYER'], [70, layers.length]);
    for (const l of layers) out.push([0, 'LAYER'], [2, l.name], [70, l.frozen ? 1 : 0], [62, l.off ? -7 : 7], [6, 'CONTINUOUS']);
    out.push([0, 'ENDTAB'], [0, 'ENDSEC']);
  }
  if (blocks.length) {
    out.push([0, 'SECTION'], [2, 'BLOCKS']);
    for (const b of blocks) {
      out.push([0, 'BLOCK'], [8, '0'], [2, b.name], [70, 0], [10, b.base[0]], [20, b.base[1]], [30, 0], [3, b.name]);
      for (const e of b.entities) out.push(...e);
      out.push([0, 'ENDBLK'], [8, '0']);
    }
    out.push([0, 'ENDSEC']);
  }
  out.push([0, 'SECTION'], [2, 'ENTITIES']);
  for (const e of entities) out.push(...e);
  out.push([0, 'ENDSEC'], [0, 'EOF']);
  return `${lines(out)}\n`;
}

export const line = (layer: string, a: [number, number], b: [number, number]): Group[] => [
  [0, 'LINE'], [8, layer], [10, a[0]], [20, a[1]], [30, 0], [11, b[0]], [21, b[1]], [31, 0],
];

export const lwpolyline = (layer: string, points: [number, number, number?][], closed: boolean): Group[] => [
  [0, 'LWPOLYLINE'], [8, layer], [90, points.length], [70, closed ? 1 : 0],
  ...points.flatMap(([x, y, bulge]): Group[] => [[10, x], [20, y], ...(bulge ? [[42, bulge] as Group] : [])]),
];

export const circle = (layer: string, c: [number, number], r: number): Group[] => [[0, 'CIRCLE'], [8, layer], [10, c[0]], [20, c[1]], [30, 0], [40, r]];

export const arc = (layer: string, c: [number, number], r: number, start: number, end: number): Group[] => [
  [0, 'ARC'], [8, layer], [10, c[0]], [20, c[1]], [30, 0], [40, r], [50, start], [51, end],
];

export const insert = (layer: string, name: string, at: [number, number], { scale = 1, rotation = 0 }: { scale?: number; rotation?: number } = {}): Group[] => [
  [0, 'INSERT'], [8, layer], [2, name], [10, at[0]], [20, at[1]], [30, 0], [41, scale], [42, scale], [50, rotation],
];

export const text = (layer: string): Group[] => [[0, 'TEXT'], [8, layer], [10, 0], [20, 0], [30, 0], [40, 2.5], [1, '会议室']];
