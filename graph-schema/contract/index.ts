export * from './case';
export * from './envelope';
export * from './methods';
