import { PlexusError } from '../../../../graph-schema/model/errors';
import type { Statements } from './statements';

/** Named JSON values in the store_meta table (migration 2). */

const MAX_KEY = 200;

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.trim() === '' || key.length > MAX_KEY) {
    throw new PlexusError('VALIDATION', `meta key: must be 1 to ${MAX_KEY} characters`, [
      { field: 'key', rule: 'length', message: `key: must be 1 to ${MAX_KEY} characters` },
    ]);
  }
}

export function readMeta(sql: Statements, key: string): unknown {
  checkKey(key);
  const value = sql.get('SELECT value FROM store_meta WHERE key = ?').pluck().get(key) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as unknown);
}

export function writeMeta(sql: Statements, key: string, value: unknown): void {
  checkKey(key);
  // JSON.stringify answers undefined for undefined and functions: nothing a reader could get back.
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) {
    throw new PlexusError('VALIDATION', `meta ${key}: the value must be JSON data`, [
      { field: 'value', rule: 'json', message: 'value: must be JSON data' },
    ]);
  }
  sql
    .get(
      'INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(key, json);
}
