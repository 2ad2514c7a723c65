export * from './actor.js';
export * from './analyzed-report.js';
export * from './claim.js';
export * from './mention.js';
export * from './place.js';
export * from './report.js';
export * from './span.js';
export * from './time.js';
