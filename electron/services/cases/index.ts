export * from './case-service';
export { caseName, listCaseFiles, resolveCasePath } from './case-files';
export { MAX_RECENT, RECENT_FILE } from './recent';
