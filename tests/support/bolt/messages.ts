/**
 * Bolt 5 message signatures (request and response) and helpers to read their fields.
 */
import { pack, Structure, type PackValue } from './packstream';
import type { MessageName, PlainMap } from './script';
import { frame } from './framing';

export const REQUESTS: { [signature: number]: MessageName } = {
  0x01: 'HELLO',
  0x02: 'GOODBYE',
  0x0f: 'RESET',
  0x10: 'RUN',
  0x11: 'BEGIN',
  0x12: 'COMMIT',
  0x13: 'ROLLBACK',
  0x2f: 'DISCARD',
  0x3f: 'PULL',
  0x54: 'TELEMETRY',
  0x66: 'ROUTE',
  0x6a: 'LOGON',
  0x6b: 'LOGOFF',
};

const SUCCESS = 0x70;
const RECORD = 0x71;
const IGNORED = 0x7e;
const FAILURE = 0x7f;

export const success = (metadata: PlainMap = {}): Buffer => frame(pack(new Structure(SUCCESS, [metadata])));
export const record = (values: PackValue[]): Buffer => frame(pack(new Structure(RECORD, [values])));
export const ignored = (): Buffer => frame(pack(new Structure(IGNORED, [])));
/** Bolt 5.7+ drivers read `neo4j_code` and GQL fields, older ones `code`: both are sent. */
export const failure = (code: string, message: string): Buffer =>
  frame(
    pack(
      new Structure(FAILURE, [
        { code, neo4j_code: code, message, gql_status: '50N42', description: message, diagnostic_record: {} },
      ]),
    ),
  );

export function asMap(value: PackValue | undefined): PlainMap {
  if (value === null || value === undefined || typeof value !== 'object') return {};
  if (Array.isArray(value) || value instanceof Structure || value instanceof Uint8Array) return {};
  if (!Object.getPrototypeOf(value) || Object.getPrototypeOf(value) === Object.prototype)
    return value as PlainMap;
  return {};
}

export function asString(value: PackValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function asNumber(value: PackValue | undefined): number | null {
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'number' ? value : null;
}
