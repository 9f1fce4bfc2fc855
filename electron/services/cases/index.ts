export * from './case-service';
export { caseName, listCaseFiles, listFiles, resolveCasePath } from './case-files';
export { MAX_RECENT, RECENT_FILE } from './recent';
