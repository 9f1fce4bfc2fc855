/**
 * Every stored body carries the version of its shape beside it (graph-schema/migrations/
 * bodies.ts), read back through that kind's body migrations. A column, not a field in the
 * JSON: adding it rewrites no row (SQLite keeps the default in the schema), and the bodies,
 * whose bytes the history hashes, stay as they were. Rows from before read as version 1.
 */
export const bodyVersionsSql = `
ALTER TABLE entity_bodies ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE links ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE charts ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE patterns ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sources ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE citations ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1;
`;
