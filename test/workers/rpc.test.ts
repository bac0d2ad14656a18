import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { CodedError, rpcClient, serveRpc, transferring, WorkerError, type PortLike, type WorkerLike } from '../../src/workers/rpc.ts';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

/** A "worker" on the other end of a MessageChannel, served by `handle`. */
function channel<B, R, P = never>(handle: Parameters<typeof serveRpc<B, R, P>>[1]): () => WorkerLike {
  return () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    serveRpc<B, R, P>(port2 as unknown as PortLike, handle);
    return port1 as unknown as WorkerLike;
  };
}

describe('rpcClient and serveRpc', () => {
  it('answers each call with its own result, in order, with progress before the answer', async () => {
    const seen: number[] = [];
    const client = rpcClient<number, number, number>(
      channel<number, number, number>(async (n, ctx) => {
        ctx.progress(n * 10);
        await new Promise((r) => setTimeout(r, 5 - n));
        seen.push(n);
        return n * n;
      }),
    );
    const progress: number[] = [];
    const answers = await Promise.all([1, 2, 3].map((n) => client.call(n, { onProgress: (p) => progress.push(p) })));
    expect(answers).toEqual([1, 4, 9]);
    // a slower first request is not overtaken by quicker later ones
    expect(seen).toEqual([1, 2, 3]);
    expect(progress).toEqual([10, 20, 30]);
    expect(client.waiting).toBe(0);
    client.close();
  });

  it('a thrown error rejects that call only, with its code; the next call is answered', async () => {
    const client = rpcClient<string, string>(
      channel<string, string>((s) => {
        if (s === 'bad') throw new CodedError('copy behind', 'resync');
        if (s === 'worse') throw new Error('broken');
        return s.toUpperCase();
      }),
    );
    const bad = client.call('bad').catch((e: unknown) => e);
    const worse = client.call('worse').catch((e: unknown) => e);
    expect(await client.call('ok')).toBe('OK');
    const e1 = (await bad) as WorkerError;
    expect(e1).toBeInstanceOf(WorkerError);
    expect([e1.message, e1.code]).toEqual(['copy behind', 'resync']);
    const e2 = (await worse) as WorkerError;
    expect([e2.message, e2.code]).toEqual(['broken', undefined]);
    client.close();
  });

  it('transfers buffers it is told to', async () => {
    const client = rpcClient<number, Float64Array>(channel<number, Float64Array>((n) => {
      const a = new Float64Array(n).fill(2);
      return transferring(a, [a.buffer]);
    }));
    const a = await client.call(3);
    expect([...a]).toEqual([2, 2, 2]);
    client.close();
  });

  it('restart rejects what waits and starts a new worker on the next call, telling the client', async () => {
    let made = 0;
    let restarts = 0;
    const make = channel<number, number>(async (n) => {
      await new Promise((r) => setTimeout(r, 20));
      return n;
    });
    const client = rpcClient<number, number>(() => (made++, make()), { onRestart: () => restarts++, name: 'test worker' });
    const waiting = client.call(1).catch((e: unknown) => e);
    client.restart('stopped: the plan changed');
    const error = (await waiting) as WorkerError;
    expect(error.message).toBe('test worker stopped: the plan changed');
    expect(error.code).toBe('restarted');
    expect(await client.call(2)).toBe(2);
    expect([made, restarts]).toEqual([2, 1]);
    client.close();
    await expect(client.call(3).then(() => 'answered')).resolves.toBe('answered');
    client.close();
  });
});
