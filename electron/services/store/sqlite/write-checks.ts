/** SQLite's way of saying an id is taken; the store turns it into a CONFLICT. */
export function isSqliteUnique(error: unknown): boolean {
  return (
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
