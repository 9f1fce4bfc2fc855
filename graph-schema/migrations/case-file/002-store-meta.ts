/**
 * Small named JSON values kept with the case: where it was taken offline from and the
 * versions it took (publish merges against them), later saved charts. One row per key so
 * each value is written in its own transaction without rewriting the others.
 */
export const storeMetaSql = `
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`;
