// Entry of a rules thread (worker_threads) for the command line and benchmarks: compiles the
// TypeScript engine on the fly, as the command line does, then serves rulesThreadMain.ts.
import { register } from 'tsx/esm/api';

register();
await import('./rulesThreadMain.ts');
