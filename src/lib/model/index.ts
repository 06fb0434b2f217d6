export * from './schema';
export * from './dates';
export * from './load';
export * from './slice';
