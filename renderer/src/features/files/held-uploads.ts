import { parseUploadRef, type UploadAnswer } from '../../../../graph-schema/contract/files';
import { discardUpload } from '../../bridge/uploads';
import { useAppStore } from '../../stores/app-store';

/** Uploads the import wizard holds on the server, by reference, with the names people know them by. */
const held = new Map<string, UploadAnswer>();
let watching: (() => void) | null = null;

/** The file's own name for an upload reference (the temp name is never shown). */
export function uploadName(ref: string): string | undefined {
  return held.get(ref)?.name ?? parseUploadRef(ref)?.name;
}

export function uploadSize(ref: string): number | undefined {
  return held.get(ref)?.size;
}

/** The server drops it now: another file was chosen, or the wizard closed. */
export function forgetUpload(ref: string): void {
  if (!held.delete(ref)) return;
  void discardUpload(ref);
}

function forgetAll(): void {
  for (const ref of [...held.keys()]) forgetUpload(ref);
  watching?.();
  watching = null;
}

/**
 * Keeps an upload until the import wizard closes. The wizard's steps come and go while it is
 * open, so its dialog state, not a step's lifetime, says when the file is no longer needed.
 */
export function holdUpload(answer: UploadAnswer): void {
  held.set(answer.ref, answer);
  // It finished after the wizard closed: nobody will read it.
  if (useAppStore.getState().dialog?.kind !== 'import') {
    forgetAll();
    return;
  }
  watching ??= useAppStore.subscribe((state) => {
    if (state.dialog?.kind !== 'import') forgetAll();
  });
}
