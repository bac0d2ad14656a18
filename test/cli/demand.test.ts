// `callfloor demand`: the example, intervals with shifts, --json, and bad input (exit 2).
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['demand', ...args], { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('callfloor demand', () => {
  it('--json: 1200 calls/h × 280 s = 93.33 Erlangs → 101 agents at 80/20 → 145 with 30 % shrinkage → 145 seats (one shift)', async () => {
    const { code, out } = await run(['--calls', '1200', '--aht', '280', '--sl', '80/20', '--shrinkage', '0.3', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ trafficErlangs: 93.3333, agents: 101, withShrinkage: 145, seatsNeeded: 145, dailyAgents: 145 });
    // 101 / 0.7 = 144.29 → 145; 100 agents would miss: see the Erlang C boundary test
    expect(json.intervals[0]).toMatchObject({ start: '08:00', end: '16:00', agents: 101, scheduled: 145, boundBy: 'service-level' });
    expect(json.intervals[0].serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(json.shifts).toEqual([{ start: '08:00', end: '16:00', agents: 145 }]);
    expect(json.inputs.hoursOfOperation).toEqual({ open: '08:00', close: '16:00' });
  });

  it('--hours 08:00-20:00 with 8 h shifts: two shifts overlapping 12:00–16:00 need 290 seats', async () => {
    const { code, out } = await run(['--calls', '1200', '--aht', '280', '--sl', '80/20', '--shrinkage', '30%', '--hours', '08:00-20:00', '--shift', '8', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.shifts).toEqual([{ start: '08:00', end: '16:00', agents: 145 }, { start: '12:00', end: '20:00', agents: 145 }]);
    expect(json.seatsNeeded).toBe(290);
  });

  it('prints a table of intervals and the figures in the language asked', async () => {
    const { code, out } = await run(['--calls', '08:00=300,12:00=1200,18:00=400', '--aht', '280', '--sl', '80/20', '--shrinkage', '0.3', '--hours', '08:00-22:00', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toMatch(/12:00–18:00\s+1200\s+93\.33\s+101\s+145/);
    expect(out).toContain('Traffic: 93.33 Erl');
    expect(out).toContain('Seats needed: ');
    const zh = await run(['--calls', '1200', '--aht', '280', '--sl', '80/20', '--shrinkage', '0.3']);
    expect(zh.out).toContain('所需工位数: 145');
    expect(zh.out).toContain('话务强度: 93.33 Erl');
  });

  it('exit 2 with a bilingual message on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['--aht', '280', '--sl', '80/20'], /缺少选项 \/ missing option: --calls/],
      [['--calls', 'many', '--aht', '280', '--sl', '80/20'], /--calls 须为.* \/ --calls must be/],
      [['--calls', '1200', '--aht', '280', '--sl', '80%'], /--sl 须为 .* \/ --sl must be percent\/seconds/],
      [['--calls', '1200', '--aht', '0', '--sl', '80/20'], /平均处理时长须大于 0 秒。 \/ Average handling time must be more than 0 s\./],
      [['--calls', '1200', '--aht', '280', '--sl', '100/20'], /Service level must be between 0 and 100/],
      [['--calls', '1200', '--aht', '280', '--sl', '80/20', '--shrinkage', '1.2'], /人力损耗率.* \/ Shrinkage must be/],
      [['--calls', '1200', '--aht', '280', '--sl', '80/20', '--hours', '8-20'], /--hours 须为 HH:MM-HH:MM/],
      [['--calls', '1200', '--aht', '280', '--sl', '80/20', '--bogus', '1'], /未知选项 \/ unknown option: --bogus/],
    ];
    for (const [args, message] of cases) {
      const { code, err, out } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(message);
      expect(out).toBe('');
    }
  });
});
