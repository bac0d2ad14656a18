// Loaded into the server process by the load benchmark (`node --import tsx --import <this>`): over
// the IPC channel the benchmark opens, it answers each request with the process's memory, CPU and
// event-loop time, so the server is measured apart from the clients and without an endpoint for it.
// { gc: true } collects garbage first (the process runs with --expose-gc).
import { performance } from 'node:perf_hooks';

interface MemoryRequest {
  readonly gc?: boolean;
}

if (process.send) {
  process.on('message', (request: MemoryRequest) => {
    const collect = (globalThis as { gc?: () => void }).gc;
    if (request?.gc && collect) collect();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    // maxRSS is in KiB: the peak resident size since the process started
    const { user, system } = process.cpuUsage();
    // event loop time busy (running code or blocked in a synchronous call such as SQLite's fsync) and idle, ms
    const { active, idle } = performance.eventLoopUtilization();
    process.send?.({ rss, heapUsed, heapTotal, external, arrayBuffers, maxRss: process.resourceUsage().maxRSS * 1024, cpuMs: (user + system) / 1000, loopActiveMs: active, loopIdleMs: idle });
  });
  // the channel must not keep the server alive once it stops
  process.channel?.unref();
}
