import { createHash } from 'node:crypto';

/** A fixed namespace for Plexus exports, so one Plexus id always gives the same STIX id. */
const PLEXUS_NAMESPACE = 'a3c4f1e2-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 4122 version 5 (SHA-1, name-based) UUID. */
export function uuid5(name: string, namespace: string = PLEXUS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `type--uuid`: the Plexus id itself when it is uuid-shaped, else its v5 UUID. */
export function stixId(type: string, plexusId: string): string {
  return `${type}--${UUID.test(plexusId) ? plexusId.toLowerCase() : uuid5(plexusId)}`;
}
