/** A STIX property value as one notes line's text. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    // kill chain phases and external references read better as their parts.
    if (typeof o.kill_chain_name === 'string') return `${o.kill_chain_name}:${String(o.phase_name)}`;
    if (typeof o.source_name === 'string') {
      return [o.source_name, o.external_id, o.url, o.description]
        .filter((p) => typeof p === 'string')
        .join(' ');
    }
    return JSON.stringify(value);
  }
  return String(value);
}

export function stringField(object: Record<string, unknown>, name: string): string | undefined {
  const value = object[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
