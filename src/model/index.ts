export * from './common.js';
export * from './scan.js';
export * from './facts.js';
export * from './profile.js';
export * from './verdict.js';
export * from './report.js';
export * from './plan.js';
