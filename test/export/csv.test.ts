import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from '../../src/export/csv/csv.ts';
import { workstationScheduleCsv, zoneScheduleCsv } from '../../src/export/csv/schedules.ts';
import { worstStatusByElement } from '../../src/rules/results.ts';
import { handPlan, handRules } from './fixtures.ts';

describe('RFC 4180 fields', () => {
  it('quotes only fields with a comma, quote or line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
    expect(csvField(Infinity)).toBe('');
  });
  it('starts with the UTF-8 BOM and ends every record with CRLF', () => {
    const text = toCsv(['a', 'b'], [[1, '话务区']]);
    expect(text).toBe(`${UTF8_BOM}a,b\r\n1,话务区\r\n`);
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

const rows = (text: string): string[] => text.slice(1).split('\r\n').filter((l) => l);

describe('workstation schedule', () => {
  const csv = workstationScheduleCsv(handPlan(), { locale: 'zh-CN', rules: handRules() });
  const lines = rows(csv);
  it('has one row per seat, floors bottom to top, with the occupant point and zone', () => {
    expect(lines).toHaveLength(8); // header + 7
    expect(lines[0]).toBe('工位编号,建筑,楼层,区域,角色,x (m),y (m),步行疏散距离 (m),直线疏散距离 (m),结论');
    // s11 at (15,20), depth 0.7: occupant y = 20 − 0.35 − 0.45 = 19.2; walking 31.25, straight 28.123 → 28.12; warn
    expect(lines[1]).toBe('s11,A栋,1F,话务一区,坐席,15,19.2,31.25,28.12,提示');
    // no finding names s15 or s22 and the checks ran: they passed (the status is not left blank)
    expect(lines[5]).toBe('s15,A栋,1F,休息区,坐席,45,19.2,,,合格');
    expect(lines[7]).toBe('s22,A栋,2F,话务二区,主管,30,19.2,,,合格');
  });
  it('keeps to the scope and speaks English on request', () => {
    const en = rows(workstationScheduleCsv(handPlan(), { locale: 'en', scope: { kind: 'floor', floorId: 'A-2F' } }));
    expect(en).toHaveLength(3);
    expect(en[1]).toBe('s21,A栋,2F,话务二区,agent,20,19.2,,,');
  });
  it('takes the worst status naming an element', () => {
    const s = worstStatusByElement(handRules().findings);
    expect(s.get('A-1F-e1')).toBe('fail'); // pass (door width) and fail (egress width)
    expect(s.get('z21')).toBe('warn'); // warn and n/a
  });
});

describe('zone schedule', () => {
  it('lists every zone with area, seats and m² per seat, quoting names with commas', () => {
    const plan = handPlan();
    plan.site.buildings[0]!.floors[1]!.zones[1]!.name = '休息区, "茶水"';
    const lines = rows(zoneScheduleCsv(plan, { locale: 'zh-CN', rules: handRules() }));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('z11,A栋,1F,话务一区,话务区,600,4,150,312,31.3');
    expect(lines[2]).toBe('z12,A栋,1F,"休息区, ""茶水""",休息区,200,1,200,,');
    expect(lines[3]).toBe('z21,A栋,2F,话务二区,话务区,800,2,400,,');
  });
});
