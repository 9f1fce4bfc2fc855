/**
 * Bolt message framing: each message travels as chunks of at most 65535 bytes, each behind a
 * two-byte length, and ends with an empty chunk (0x0000).
 */

const MAX_CHUNK = 0xffff;

/** Frames one encoded message for the wire. */
export function frame(message: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let offset = 0; offset < message.length; offset += MAX_CHUNK) {
    const chunk = message.subarray(offset, offset + MAX_CHUNK);
    const size = Buffer.alloc(2);
    size.writeUInt16BE(chunk.length, 0);
    parts.push(size, chunk);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}

/**
 * Reassembles messages from socket data, which TCP may split or join anywhere: a chunk header
 * can straddle two reads, and one read can hold several messages.
 */
export class Dechunker {
  private pending: Buffer = Buffer.alloc(0);
  private parts: Buffer[] = [];

  /** Feeds bytes in; returns every message they complete. */
  push(data: Buffer): Buffer[] {
    this.pending = Buffer.concat([this.pending, data]);
    const messages: Buffer[] = [];
    for (;;) {
      if (this.pending.length < 2) break;
      const size = this.pending.readUInt16BE(0);
      if (size === 0) {
        this.pending = this.pending.subarray(2);
        // Empty chunks with nothing before them are NOOP keep-alives, not messages.
        if (this.parts.length > 0) messages.push(Buffer.concat(this.parts));
        this.parts = [];
        continue;
      }
      if (this.pending.length < 2 + size) break;
      this.parts.push(this.pending.subarray(2, 2 + size));
      this.pending = this.pending.subarray(2 + size);
    }
    return messages;
  }
}
