// One small request/reply helper for every worker of the app (rules, overlays, proposals
// comparison): the page numbers each request, the worker answers with the same number, may send
// progress before its answer, and an error comes back as a rejected promise. A worker that
// crashes rejects what was waiting and is started afresh on the next call; `onRestart` lets the
// client send again whatever state the worker kept (a plan copy, a floor).
// Pure TypeScript over a port-like object, so Node tests drive both ends with a MessageChannel.

/** What travels from the page to the worker. */
export interface RpcRequest<Body> {
  id: number;
  body: Body;
}

/** What travels back: progress notes, then one answer or one error. */
export type RpcReply<Result, Progress> =
  | { id: number; progress: Progress }
  | { id: number; result: Result; sentAt?: number }
  | { id: number; error: string; code?: string };

/** Now on a clock every thread shares (ms): an answer's `sentAt` compares with the page's times. */
export const sharedClockMs = (): number => performance.timeOrigin + performance.now();

/** When an answer left the worker and when the page took it (sharedClockMs): the gap is the page being busy. */
export interface AnswerTimes {
  sentAt: number | undefined;
  receivedAt: number;
}

/** The part of a Worker (or MessagePort) the client uses. */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate?(): void;
  close?(): void;
}

/** An error answered by the worker, with its code when it gave one (e.g. 'resync'). */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WorkerError';
  }
}

export interface CallOptions<Progress> {
  onProgress?(progress: Progress): void;
  /** told, just before the call resolves, when its answer was sent and received */
  onAnswer?(times: AnswerTimes): void;
  transfer?: Transferable[];
}

export interface RpcClient<Body, Result, Progress = never> {
  call(body: Body, options?: CallOptions<Progress>): Promise<Result>;
  /** requests sent and not yet answered */
  readonly waiting: number;
  /** Stops the worker; waiting calls reject. The next call starts a new one. */
  restart(reason?: string): void;
  close(): void;
}

export interface RpcClientOptions {
  /** called when a new worker replaces one that crashed or was restarted (not for the first) */
  onRestart?(): void;
  /** name for error messages ('rules worker') */
  name?: string;
}

interface Waiting<Result, Progress> {
  resolve(result: Result): void;
  reject(error: Error): void;
  onProgress?: (progress: Progress) => void;
  onAnswer?: (times: AnswerTimes) => void;
}

export function rpcClient<Body, Result, Progress = never>(create: () => WorkerLike, options: RpcClientOptions = {}): RpcClient<Body, Result, Progress> {
  const name = options.name ?? 'worker';
  const waiting = new Map<number, Waiting<Result, Progress>>();
  let worker: WorkerLike | null = null;
  let started = 0;
  let nextId = 1;

  const rejectAll = (error: Error) => {
    const entries = [...waiting.values()];
    waiting.clear();
    for (const entry of entries) entry.reject(error);
  };

  const stop = () => {
    if (!worker) return;
    worker.onmessage = null;
    if (worker.onerror !== undefined) worker.onerror = null;
    worker.terminate?.();
    worker.close?.();
    worker = null;
  };

  const open = (): WorkerLike => {
    if (worker) return worker;
    const w = create();
    w.onmessage = (event: MessageEvent) => {
      const reply = event.data as RpcReply<Result, Progress>;
      const entry = waiting.get(reply.id);
      if (!entry) return;
      if ('progress' in reply) {
        entry.onProgress?.(reply.progress);
        return;
      }
      waiting.delete(reply.id);
      if ('error' in reply) entry.reject(new WorkerError(reply.error, reply.code));
      else {
        entry.onAnswer?.({ sentAt: reply.sentAt, receivedAt: sharedClockMs() });
        entry.resolve(reply.result);
      }
    };
    if ('onerror' in w) {
      w.onerror = (event: ErrorEvent) => {
        event.preventDefault?.();
        stop();
        rejectAll(new WorkerError(event.message || `${name} failed`, 'crashed'));
      };
    }
    worker = w;
    if (started++ > 0) options.onRestart?.();
    return w;
  };

  return {
    call(body, callOptions = {}) {
      return new Promise<Result>((resolve, reject) => {
        const id = nextId++;
        const w = open();
        waiting.set(id, { resolve, reject, ...(callOptions.onProgress ? { onProgress: callOptions.onProgress } : {}), ...(callOptions.onAnswer ? { onAnswer: callOptions.onAnswer } : {}) });
        const request: RpcRequest<Body> = { id, body };
        try {
          w.postMessage(request, callOptions.transfer ?? []);
        } catch (error) {
          waiting.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    get waiting() {
      return waiting.size;
    },
    restart(reason = 'restarted') {
      stop();
      rejectAll(new WorkerError(`${name} ${reason}`, 'restarted'));
    },
    close() {
      stop();
      rejectAll(new WorkerError(`${name} closed`, 'closed'));
    },
  };
}

/** What a handler may do besides answering. */
export interface RequestContext<Progress> {
  progress(progress: Progress): void;
}

/** A handler's answer with buffers to transfer rather than copy. */
export interface Transferring<Result> {
  result: Result;
  transfer: Transferable[];
}

export function transferring<Result>(result: Result, transfer: Transferable[]): Transferring<Result> {
  return { result, transfer };
}

function isTransferring<Result>(value: unknown): value is Transferring<Result> {
  return typeof value === 'object' && value !== null && 'transfer' in value && 'result' in value && Array.isArray((value as Transferring<Result>).transfer);
}

/** An error a handler throws to give the page a code to act on (e.g. 'resync'). */
export class CodedError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The part of a worker's global scope (or a MessagePort) the server uses. */
export interface PortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/**
 * Answers requests on `port` with `handle`, in arrival order: a handler that returns a promise is
 * awaited before the next request is taken, so requests that build on each other (a plan copy,
 * then a check of it) never overtake.
 */
export function serveRpc<Body, Result, Progress = never>(
  port: PortLike,
  handle: (body: Body, ctx: RequestContext<Progress>) => Result | Transferring<Result> | Promise<Result | Transferring<Result>>,
): void {
  let queue: Promise<void> = Promise.resolve();
  port.onmessage = (event: MessageEvent) => {
    const { id, body } = event.data as RpcRequest<Body>;
    const reply = (message: RpcReply<Result, Progress>, transfer: Transferable[] = []) => port.postMessage(message, transfer);
    const answer = async () => {
      try {
        const value = await handle(body, { progress: (progress) => reply({ id, progress }) });
        if (isTransferring<Result>(value)) reply({ id, result: value.result, sentAt: sharedClockMs() }, value.transfer);
        else reply({ id, result: value as Result, sentAt: sharedClockMs() });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const code = error instanceof CodedError ? error.code : undefined;
        reply({ id, error: message, ...(code ? { code } : {}) });
      }
    };
    queue = queue.then(answer);
  };
}
