export * from './style-spec';
export * from './saved-chart';
export * from './scene';
