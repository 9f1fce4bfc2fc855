/**
 * Text folding lives with the other name code in graph-schema/names (fold.ts, readings.ts,
 * query.ts); both stores import it from there. The import engine's match-case reads foldText here.
 */
export { foldText } from '../../../graph-schema/names/fold';
