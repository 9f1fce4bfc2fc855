export * from './case';
export * from './connections';
export * from './transfer';
export * from './envelope';
export * from './io';
export * from './methods';
