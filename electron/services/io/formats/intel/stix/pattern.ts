/** One observable named in a STIX pattern: `[ipv4-addr:value = '1.2.3.4']`. */
export interface Observable {
  objectType: string;
  path: string;
  value: string;
}

const COMPARISON = /([a-z0-9-]+):([A-Za-z0-9_.\-[\]'*]+)\s*(?:=|LIKE|MATCHES)\s*'((?:[^'\\]|\\.)*)'/g;

/** Every equality-style comparison in a pattern, in order, without repeats. */
export function observablesOf(pattern: string): Observable[] {
  const found: Observable[] = [];
  const seen = new Set<string>();
  for (const m of pattern.matchAll(COMPARISON)) {
    const [, objectType = '', path = '', raw = ''] = m;
    const value = raw.replace(/\\(.)/g, '$1');
    const key = `${objectType}:${path}=${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ objectType, path, value });
  }
  return found;
}

/** The Identifier kind for an observable type (the rest are "other"). */
export function identifierKind(objectType: string): string {
  switch (objectType) {
    case 'ipv4-addr':
    case 'ipv6-addr':
      return 'ip address';
    case 'email-addr':
      return 'email';
    case 'user-account':
      return 'online account';
    default:
      return 'other';
  }
}
