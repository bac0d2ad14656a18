import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../server/config.ts';
import { TokenBucket } from '../../server/rateLimit.ts';
import { inspectMessage } from '../../server/incomingMessage.ts';

describe('server options', () => {
  it('takes flags over environment over defaults', () => {
    const command = parseCommand(['--port', '5000', '--data=/srv/cf'], { CALLFLOOR_PORT: '6000', CALLFLOOR_REDIS: 'redis://r:6379', CALLFLOOR_RATE: '50' });
    expect(command.kind).toBe('serve');
    if (command.kind !== 'serve') return;
    expect(command.options).toMatchObject({
      port: 5000,
      host: '0.0.0.0',
      dataDir: '/srv/cf',
      secretFile: '/srv/cf/secret.key',
      redisUrl: 'redis://r:6379',
      maxUpdateBytes: 16 * 1024 * 1024,
      rateLimit: { perSecond: 50, burst: 600 },
    });
    const defaults = parseCommand([], {});
    expect(defaults.kind === 'serve' && defaults.options.port).toBe(4300);
    expect(defaults.kind === 'serve' && defaults.options.dataDir).toBe('./callfloor-data');
  });

  it('reads create-project and refuses what it does not know', () => {
    expect(parseCommand(['create-project', 'park-1', '--data', 'd'], {})).toEqual({ kind: 'create-project', project: 'park-1', role: 'owner', days: 365, dataDir: 'd', secretFile: 'd/secret.key' });
    expect(parseCommand(['--port', 'x'], {}).kind).toBe('error');
    expect(parseCommand(['--nope'], {}).kind).toBe('error');
    expect(parseCommand(['create-project', 'p', '--role', 'admin'], {}).kind).toBe('error');
    expect(parseCommand(['--help'], {}).kind).toBe('help');
  });
});

describe('limits', () => {
  it('a token bucket allows its burst, then its rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ perSecond: 2, burst: 3 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now = 500; // half a second: one more token
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
  });

  it('finds the update in a sync message and nothing in others', () => {
    // document "d", sync (0), update (2), 3 bytes
    expect(inspectMessage(Uint8Array.from([1, 100, 0, 2, 3, 7, 8, 9]))).toEqual({ kind: 'update', update: Uint8Array.from([7, 8, 9]) });
    expect(inspectMessage(Uint8Array.from([1, 100, 1, 0]))).toEqual({ kind: 'other' }); // awareness
    expect(inspectMessage(Uint8Array.from([1, 100, 0, 0, 1, 0]))).toEqual({ kind: 'other' }); // sync step 1
    expect(inspectMessage(Uint8Array.from([1, 100, 0, 2, 9, 1]))).toEqual({ kind: 'malformed' });
    expect(inspectMessage(Uint8Array.from([5, 100]))).toEqual({ kind: 'malformed' });
  });
});
