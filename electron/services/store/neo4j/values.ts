import neo4j from 'neo4j-driver';

/**
 * Driver values become plain JSON-able data here and nowhere else (the idea of neo4j-browser's
 * boltMappings): Integer -> number (or a decimal string beyond 2^53, so no digit is lost),
 * temporal values -> their ISO text, Node / Relationship / Path -> plain objects, lists and
 * maps recursively. Nothing the driver made leaves the adapter.
 */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function plainProps(properties: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toPlain(value);
  return out;
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    const point: { [key: string]: Plain } = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (neo4j.isNode(value)) {
    return { labels: [...value.labels], properties: plainProps(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return { type: value.type, properties: plainProps(value.properties) };
  }
  if (neo4j.isPath(value)) {
    return {
      start: toPlain(value.start),
      end: toPlain(value.end),
      segments: value.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainProps(value as Record<string, unknown>);
  return String(value);
}

/** A result record (its keys and values) as a plain row. */
export function plainRow(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

export type Row = { [key: string]: Plain };
