/**
 * The pure domain core shared by the single window and the enterprise hub's pre-flight check: no I/O, no clock;
 * time, rates, limits, tariff rows and registries are arguments. One namespace per module.
 */
export * as bonded from './bonded/index.js';
export * as clearance from './clearance/index.js';
export * as identity from './identity/index.js';
export * as matching from './matching/index.js';
export * as model from './model/index.js';
export * as quota from './quota/index.js';
export * as tax from './tax/index.js';
