export * from './lookup.ts';
export * from './areas.ts';
export * from './zones.ts';
export * from './seats.ts';
