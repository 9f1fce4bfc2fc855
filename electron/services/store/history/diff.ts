/** Fields every version of a record changes: the entry's own who and when say it. */
const STAMPS = new Set(['updatedAt', 'updatedBy']);

/** Field by field, props by name; the update stamps are left out (the entry carries who and when). */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { before?: unknown; after?: unknown }> {
  const out: Record<string, { before?: unknown; after?: unknown }> = {};
  const compare = (name: string, b: unknown, a: unknown) => {
    if (JSON.stringify(b) !== JSON.stringify(a)) out[name] = { before: b, after: a };
  };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (STAMPS.has(key)) continue;
    const b = before[key];
    const a = after[key];
    if (key === 'props' && isRecord(b) && isRecord(a)) {
      for (const prop of new Set([...Object.keys(b), ...Object.keys(a)]))
        compare(`props.${prop}`, b[prop], a[prop]);
    } else compare(key, b, a);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
