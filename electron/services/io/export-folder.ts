import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PlexusError } from '../../../graph-schema/model/errors';

/** What the system's error codes mean, in words an analyst reads (never `ENOENT … .partial`). */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a file of that name is in the way',
  EEXIST: 'a file of that name is in the way',
  ENAMETOOLONG: 'the name is too long',
  EINVAL: 'the name is not allowed here',
};

export function plainReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? 'the system refused it';
}

/**
 * Creates the folder an export goes into when it is missing, as a desktop app's Save does,
 * or says in plain words why it cannot: "The folder /x/y cannot be created: permission denied".
 */
export async function ensureFolderFor(path: string): Promise<void> {
  const folder = dirname(path);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const message = `The folder ${folder} cannot be created: ${plainReason(error)}`;
    throw new PlexusError('IO', message, [{ file: folder, message }]);
  }
}
