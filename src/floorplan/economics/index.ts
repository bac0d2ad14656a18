// The park's economics: tenants and occupancy, phases, investment and running cost per seat.
export * from './costParameters.ts';
export * from './leases.ts';
export * from './occupancy.ts';
export * from './investment.ts';
export * from './parkEconomics.ts';
export * from './economicsKpis.ts';
