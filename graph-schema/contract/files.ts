/**
 * Files in browser mode. A browser knows nothing of the server's folders, so a file it
 * imports is uploaded first and named afterwards by an opaque reference, and a file it
 * exports is written to a server-side slot and offered back as a download. The contract
 * methods (previewImport, importCase, exportCase, exportChart) take these references in
 * their `path` field; browser mode's server swaps them for its temporary files.
 */

/** POST the file's bytes as the body, its name in `?name=`; DELETE `/<id>` drops it. */
export const UPLOAD_ROUTE = '/files/upload';
/** GET `/<token>`: a one-time, unguessable download of an exported file. */
export const DOWNLOAD_ROUTE = '/files/download';

/** `upload:<id>/<name>`: the name rides along so the wizard and file-name helpers show it. */
export const UPLOAD_PREFIX = 'upload:';
/** As an export path, `download:<name>` asks for a download; answered files are `download:<token>/<name>`. */
export const DOWNLOAD_PREFIX = 'download:';

/** The import limit (maxFileSize): a larger upload is refused before a byte is sent. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

/** Ids and tokens are random base64url: nothing a browser sends can name a folder. */
const ID = /^[A-Za-z0-9_-]{16,64}$/;

export interface FileRef {
  id: string;
  name: string;
}

function parse(prefix: string, ref: string): FileRef | null {
  if (!ref.startsWith(prefix)) return null;
  const rest = ref.slice(prefix.length);
  const slash = rest.indexOf('/');
  const id = slash < 0 ? rest : rest.slice(0, slash);
  const name = slash < 0 ? '' : rest.slice(slash + 1);
  return ID.test(id) ? { id, name } : null;
}

export const uploadRef = (id: string, name: string): string => `${UPLOAD_PREFIX}${id}/${name}`;
export const parseUploadRef = (ref: string): FileRef | null => parse(UPLOAD_PREFIX, ref);
export const isUploadRef = (path: string): boolean => path.startsWith(UPLOAD_PREFIX);

export const downloadRef = (token: string, name: string): string => `${DOWNLOAD_PREFIX}${token}/${name}`;
export const parseDownloadRef = (ref: string): FileRef | null => parse(DOWNLOAD_PREFIX, ref);
/** An export path asking for a download: `download:<file name>`. */
export const downloadRequest = (name: string): string => `${DOWNLOAD_PREFIX}${name}`;
export const isDownloadRef = (path: string): boolean => path.startsWith(DOWNLOAD_PREFIX);

/** What the upload route answers. */
export interface UploadAnswer {
  ref: string;
  name: string;
  size: number;
}
