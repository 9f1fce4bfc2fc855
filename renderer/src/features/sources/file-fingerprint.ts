import { MAX_STORED_FILE_BYTES } from '../../../../graph-schema/model/sources';

export interface FileFingerprint {
  name: string;
  sha256: string;
  size: number;
  /** Base64 of the bytes, when the case is to keep the file. */
  content?: string;
}

/** The file's SHA-256 (Web Crypto, in the renderer: the bytes never cross to Node unless kept). */
export async function fingerprint(file: File, keep: boolean): Promise<FileFingerprint> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  if (!keep) return { name: file.name, sha256, size: bytes.length };
  if (bytes.length > MAX_STORED_FILE_BYTES) throw new RangeError('too large to keep');
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return { name: file.name, sha256, size: bytes.length, content: btoa(binary) };
}
