/**
 * The Bolt handshake: the client sends the magic 0x6060B017 and four version proposals (each
 * may be a range: [0, range, minor, major]); the server answers with the one it picked, or with
 * 255.1 followed by a manifest of what it supports (Bolt 5.7+ "handshake v2").
 */

export const MAGIC = 0x6060b017;
const MANIFEST = { major: 255, minor: 1 };
export const HANDSHAKE_LENGTH = 20;

export interface Version {
  major: number;
  minor: number;
}

function offers(proposal: Buffer, v: Version): boolean {
  const range = proposal[1] ?? 0;
  const minor = proposal[2] ?? 0;
  const major = proposal[3] ?? 0;
  return major === v.major && v.minor <= minor && v.minor >= minor - range;
}

export type HandshakeOutcome =
  | { kind: 'picked'; reply: Buffer }
  | { kind: 'manifest'; reply: Buffer }
  | { kind: 'refused'; reply: Buffer };

/** Decides the answer to the 20-byte client handshake. */
export function answerHandshake(data: Buffer, want: Version, manifest: boolean): HandshakeOutcome {
  if (data.readUInt32BE(0) !== MAGIC) return { kind: 'refused', reply: Buffer.alloc(0) };
  const proposals = [4, 8, 12, 16].map((at) => data.subarray(at, at + 4));
  if (manifest && proposals.some((p) => offers(p, MANIFEST))) {
    // One buffer on purpose: the driver parses the manifest from the same read as the 255.1.
    return {
      kind: 'manifest',
      reply: Buffer.from([0, 0, MANIFEST.minor, MANIFEST.major, 1, 0, 0, want.minor, want.major, 0]),
    };
  }
  if (proposals.some((p) => offers(p, want))) {
    return { kind: 'picked', reply: Buffer.from([0, 0, want.minor, want.major]) };
  }
  return { kind: 'refused', reply: Buffer.from([0, 0, 0, 0]) };
}

/**
 * Length of the client's manifest choice (4-byte version + varint capabilities), or null
 * while incomplete.
 */
export function manifestChoiceLength(data: Buffer): number | null {
  for (let i = 4; i < data.length; i++) {
    if (((data[i] ?? 0) & 0x80) === 0) return i + 1;
  }
  return null;
}
