/**
 * The i2 type table lives in graph-schema (i2-types.ts): the import wizard reads the same
 * synonyms to show which type a file's word becomes.
 */
export * from '../../../../../graph-schema/model/i2-types';
