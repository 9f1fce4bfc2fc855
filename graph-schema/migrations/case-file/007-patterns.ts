/**
 * Saved pattern searches (issue 14): one row per pattern, found and re-run by its name. The
 * pattern is kept as JSON, checked again against the case's types each time it runs.
 */
export const patternsSql = `
CREATE TABLE patterns (
  name TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) WITHOUT ROWID;
`;
