import { downloadRequest } from '../../../../graph-schema/contract/files';
import { downloadLink, type DownloadLink } from '../../bridge/downloads';

/** Where an export goes: the browser's download, or a path the backend writes to. */
export type DestinationMode = 'download' | 'path';

/** The file name at the end of a path (either separator). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

/** The path with its last segment replaced by `name`, the folder kept. */
export function withName(path: string, name: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? name : `${path.slice(0, cut + 1)}${name}`;
}

/** What the export method receives as its path: a download request, or the path as typed. */
export function exportTarget(mode: DestinationMode, path: string): string {
  return mode === 'download' ? downloadRequest(baseName(path.trim())) : path.trim();
}

/** The written files that came back as downloads (none when the export went to a path). */
export function downloadsOf(files: readonly string[]): DownloadLink[] {
  return files.map(downloadLink).filter((link): link is DownloadLink => link !== null);
}
