// `callfloor import-dxf`: a DXF written in code becomes a one-floor plan that `validate` accepts
// and `check` runs on; bad input gets one bilingual line and exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { CHINESE_LAYERS, officeFloorDxf } from '../floorplan/underlay/convert/officeFloorDxf.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'callfloor-import-dxf-'));
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('callfloor import-dxf', () => {
  it('makes a plan from an office drawing that validate accepts and check runs on', async () => {
    const dxf = file('office.dxf', officeFloorDxf());
    const out = join(dir, 'office.callfloor.json');
    const c = capture();
    expect(await main(['import-dxf', dxf, '--out', out, '--floor-name', '3F'], c.io)).toBe(0);
    const said = c.out.join('\n');
    expect(said).toContain('1 层 floor 3F (A-3F)');
    expect(said).toContain('墙 walls 7; 门 doors 6; 窗 windows 3; 柱 columns 5; 分区 zones 8');
    expect(said).toContain('轮廓 outline 224.9 m²');
    expect(said).toContain('墙 walls: A-WALL');
    expect(said).toContain('1 window is in interior walls');
    const plan = JSON.parse(readFileSync(out, 'utf8')) as PlanDocument;
    const floor = plan.site.buildings[0]!.floors[0]!;
    expect(floor.level).toBe(3);
    // the building's lower-left corner 20 m from the site's: the outline (inner face) starts at 20.24
    expect(floor.outline).toContainEqual([20.24, 20.24]);
    expect(floor.zones.map((z) => z.use).sort()).toEqual(['corridor', 'management', 'meeting', 'server', 'toilet', 'training', 'work', 'work']);

    const v = capture();
    expect(await main(['validate', out], v.io)).toBe(0);
    const k = capture();
    const code = await main(['check', out, '--json'], k.io);
    expect([0, 1]).toContain(code);
    const report = JSON.parse(k.out.join('')) as { findings: unknown[] };
    expect(report.findings.length).toBeGreaterThan(0);
  }, 60_000);

  it('takes layer roles and units from the command line', async () => {
    const dxf = file('chinese.dxf', officeFloorDxf(CHINESE_LAYERS));
    const out = join(dir, 'chinese.callfloor.json');
    const c = capture();
    expect(await main(['import-dxf', dxf, '--out', out, '--layers', 'walls=墙体,doors=门,names=房间名称', '--units', 'mm', '--lang', 'en'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('墙 walls 7; 门 doors 6');
    // windows layer named nothing and guessed: still windows
    expect(c.out.join('\n')).toContain('窗 windows: 窗');
    // read as centimetres, the walls' faces stand 1.2–2.4 m apart: too far to be walls
    const cm = capture();
    expect(await main(['import-dxf', dxf, '--out', join(dir, 'cm.json'), '--units', 'cm'], cm.io)).toBe(2);
    expect(cm.err.join('\n')).toContain('no walls found');
  });

  const bad: [string, () => string[], string][] = [
    ['no file', () => ['import-dxf', '--out', join(dir, 'x.json')], 'no drawing.dxf given'],
    ['no --out', () => ['import-dxf', file('a.dxf', officeFloorDxf())], '--out plan.callfloor.json is required'],
    ['a missing file', () => ['import-dxf', join(dir, 'nope.dxf'), '--out', join(dir, 'x.json')], 'file not found'],
    ['a DWG', () => ['import-dxf', file('d.dwg', new Uint8Array([0x41, 0x43, 0x31, 0x30, 0x33, 0x32, 0, 0, 0, 0, 0, 0])), '--out', join(dir, 'x.json')], 'DWG'],
    ['an unknown role', () => ['import-dxf', file('b.dxf', officeFloorDxf()), '--out', join(dir, 'x.json'), '--layers', 'roof=A-WALL'], 'unknown role'],
    ['an unknown layer', () => ['import-dxf', file('c.dxf', officeFloorDxf()), '--out', join(dir, 'x.json'), '--layers', 'walls=NOPE'], 'no layer "NOPE"'],
    ['unknown units', () => ['import-dxf', file('e.dxf', officeFloorDxf()), '--out', join(dir, 'x.json'), '--units', 'furlong'], '--units must be one of'],
    ['no walls in the drawing', () => ['import-dxf', file('f.dxf', officeFloorDxf()), '--out', join(dir, 'x.json'), '--layers', 'walls=AXIS'], 'no walls found'],
  ];
  it.each(bad)('refuses %s with exit 2 and says why', async (_name, args, message) => {
    const c = capture();
    expect(await main(args(), c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(message);
  });
});
