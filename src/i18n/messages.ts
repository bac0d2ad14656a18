// The shape of the UI messages: every language has the same keys, each a string.
import type { zhCN } from './zh-CN.ts';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Messages = Strings<typeof zhCN>;
