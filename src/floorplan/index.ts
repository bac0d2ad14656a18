// The model's public surface: types, file format, geometry and queries. Pure TypeScript.
export * from './types.ts';
export * from './format/index.ts';
export * from './geometry/polygon.ts';
export * from './geometry/elements.ts';
export * from './queries/index.ts';
