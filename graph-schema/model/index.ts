export * from './errors';
export * from './grading';
export * from './partial-date';
export * from './queries';
export * from './records';
export * from './schema';
export * from './type-definition';
export * from './validate';
