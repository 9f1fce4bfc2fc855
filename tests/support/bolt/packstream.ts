/**
 * PackStream v1, the value encoding inside every Bolt message.
 *
 * Ints and floats are kept apart on purpose: Bolt has two number types and the driver sends a
 * JS number as a FLOAT unless it is wrapped in neo4j.int(). Decoded INTEGERs are therefore
 * `bigint` and FLOATs are `number`, so a test can see that a LIMIT was sent as an integer.
 * For encoding (scripted replies), an integral `number` or a `bigint` becomes an INTEGER and
 * anything else a FLOAT; wrap a value in `Float` to force a FLOAT such as 1.0.
 */

/** A PackStream structure: Node, Relationship, Date... and the Bolt messages themselves. */
export class Structure {
  constructor(
    readonly signature: number,
    readonly fields: PackValue[],
  ) {}
}

/** Forces FLOAT encoding for an integral number (1.0 would otherwise go out as INTEGER 1). */
export class Float {
  constructor(readonly value: number) {}
}

export type PackValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | Float
  | Structure
  | PackValue[]
  | { [key: string]: PackValue };

const INT8_MIN = -128n;
const INT16_MIN = -32_768n;
const INT16_MAX = 32_767n;
const INT32_MIN = -2_147_483_648n;
const INT32_MAX = 2_147_483_647n;

/** Encodes one value; packMessage wraps a whole message. */
export function pack(value: PackValue): Buffer {
  const out: Buffer[] = [];
  write(value, out);
  return Buffer.concat(out);
}

/** Size header for strings, bytes, lists and maps; `tiny` < 0 means the type has no tiny form. */
function header(size: number, tiny: number, small: number, out: Buffer[]): void {
  if (size < 16 && tiny >= 0) out.push(Buffer.from([tiny | size]));
  else if (size < 0x100) out.push(Buffer.from([small, size]));
  else if (size < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = small + 1;
    b.writeUInt16BE(size, 1);
    out.push(b);
  } else {
    const b = Buffer.alloc(5);
    b[0] = small + 2;
    b.writeUInt32BE(size, 1);
    out.push(b);
  }
}

function writeInt(n: bigint, out: Buffer[]): void {
  if (n >= -16n && n <= 127n) {
    out.push(Buffer.from([Number(BigInt.asUintN(8, n))]));
  } else if (n >= INT8_MIN && n < -16n) {
    out.push(Buffer.from([0xc8, Number(BigInt.asUintN(8, n))]));
  } else if (n >= INT16_MIN && n <= INT16_MAX) {
    const b = Buffer.alloc(3);
    b[0] = 0xc9;
    b.writeInt16BE(Number(n), 1);
    out.push(b);
  } else if (n >= INT32_MIN && n <= INT32_MAX) {
    const b = Buffer.alloc(5);
    b[0] = 0xca;
    b.writeInt32BE(Number(n), 1);
    out.push(b);
  } else {
    const b = Buffer.alloc(9);
    b[0] = 0xcb;
    b.writeBigInt64BE(n, 1);
    out.push(b);
  }
}

function writeFloat(n: number, out: Buffer[]): void {
  const b = Buffer.alloc(9);
  b[0] = 0xc1;
  b.writeDoubleBE(n, 1);
  out.push(b);
}

function write(value: PackValue, out: Buffer[]): void {
  if (value === null) out.push(Buffer.from([0xc0]));
  else if (typeof value === 'boolean') out.push(Buffer.from([value ? 0xc3 : 0xc2]));
  else if (typeof value === 'bigint') writeInt(value, out);
  else if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) writeInt(BigInt(value), out);
    else writeFloat(value, out);
  } else if (value instanceof Float) writeFloat(value.value, out);
  else if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    header(bytes.length, 0x80, 0xd0, out);
    out.push(bytes);
  } else if (value instanceof Uint8Array) {
    header(value.length, -1, 0xcc, out);
    out.push(Buffer.from(value));
  } else if (value instanceof Structure) {
    out.push(Buffer.from([0xb0 | value.fields.length, value.signature]));
    for (const field of value.fields) write(field, out);
  } else if (Array.isArray(value)) {
    header(value.length, 0x90, 0xd4, out);
    for (const item of value) write(item, out);
  } else {
    const entries = Object.entries(value);
    header(entries.length, 0xa0, 0xd8, out);
    for (const [key, item] of entries) {
      write(key, out);
      write(item, out);
    }
  }
}

/** Reads values from one complete message body. */
export class Unpacker {
  private offset = 0;

  constructor(private readonly buf: Buffer) {}

  read(): PackValue {
    const marker = this.u8();
    if (marker < 0x80) return BigInt(marker);
    if (marker >= 0xf0) return BigInt(marker - 0x100);
    const high = marker & 0xf0;
    const low = marker & 0x0f;
    if (high === 0x80) return this.string(low);
    if (high === 0x90) return this.list(low);
    if (high === 0xa0) return this.map(low);
    if (high === 0xb0) return new Structure(this.u8(), this.items(low));
    switch (marker) {
      case 0xc0:
        return null;
      case 0xc1:
        return this.take(8).readDoubleBE(0);
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc8:
        return BigInt(this.take(1).readInt8(0));
      case 0xc9:
        return BigInt(this.take(2).readInt16BE(0));
      case 0xca:
        return BigInt(this.take(4).readInt32BE(0));
      case 0xcb:
        return this.take(8).readBigInt64BE(0);
      case 0xcc:
      case 0xcd:
      case 0xce:
        return new Uint8Array(this.take(this.size(marker - 0xcc)));
      case 0xd0:
      case 0xd1:
      case 0xd2:
        return this.string(this.size(marker - 0xd0));
      case 0xd4:
      case 0xd5:
      case 0xd6:
        return this.list(this.size(marker - 0xd4));
      case 0xd8:
      case 0xd9:
      case 0xda:
        return this.map(this.size(marker - 0xd8));
      default:
        throw new Error(`PackStream: unknown marker 0x${marker.toString(16)}`);
    }
  }

  private size(width: number): number {
    if (width === 0) return this.u8();
    if (width === 1) return this.take(2).readUInt16BE(0);
    return this.take(4).readUInt32BE(0);
  }

  private u8(): number {
    return this.take(1).readUInt8(0);
  }

  private take(n: number): Buffer {
    if (this.offset + n > this.buf.length) throw new Error('PackStream: message ends mid-value');
    const slice = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }

  private string(n: number): string {
    return this.take(n).toString('utf8');
  }

  private items(n: number): PackValue[] {
    const items: PackValue[] = [];
    for (let i = 0; i < n; i++) items.push(this.read());
    return items;
  }

  private list(n: number): PackValue[] {
    return this.items(n);
  }

  private map(n: number): { [key: string]: PackValue } {
    const map: { [key: string]: PackValue } = {};
    for (let i = 0; i < n; i++) {
      const key = this.read();
      if (typeof key !== 'string') throw new Error('PackStream: map key is not a string');
      map[key] = this.read();
    }
    return map;
  }
}

export function unpack(buf: Buffer): PackValue {
  return new Unpacker(buf).read();
}
