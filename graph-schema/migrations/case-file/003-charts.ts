/**
 * Saved charts: one row per chart. The body (what is on the chart and how it looks) is kept
 * as JSON so a reopened chart is exactly what was saved; name, version and the counts sit
 * beside it so the chart list never parses a body. `version` is the optimistic-save guard.
 */
export const chartsSql = `
CREATE TABLE charts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  body TEXT NOT NULL,
  entity_count INTEGER NOT NULL,
  link_count INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) WITHOUT ROWID;
`;
