export { runImport, type EngineProgress, type RunImportOptions } from './run-import';
export { MAX_LISTED_REJECTS } from './rejects';
export { checkFileSize, importLimits, type ImportLimits } from './limits';
