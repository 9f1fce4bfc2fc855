import { useCallback, useEffect, useRef, useState } from 'react';
import { startUpload, type Upload, type UploadProgress } from '../../bridge/uploads';
import { isCancelled, toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { holdUpload } from './held-uploads';

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'sending'; name: string; progress: UploadProgress }
  | { kind: 'failed'; name: string; error: AppError };

/**
 * One upload at a time for the file step: progress while it goes, Cancel, and the reference
 * handed to `onUploaded` once the server holds the whole file.
 */
export function useUpload(onUploaded: (ref: string) => void) {
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const running = useRef<Upload | null>(null);

  // The wizard closed mid-upload: stop sending. (Only then: React's development checks unmount
  // and remount the step while the wizard stays open, and that must not cancel anything.)
  useEffect(
    () => () => {
      if (useAppStore.getState().dialog?.kind !== 'import') running.current?.cancel();
    },
    [],
  );

  const upload = useCallback(
    async (file: File) => {
      running.current?.cancel();
      setState({ kind: 'sending', name: file.name, progress: { sent: 0, total: file.size } });
      const current = startUpload(file, (progress) =>
        setState({ kind: 'sending', name: file.name, progress }),
      );
      running.current = current;
      try {
        const answer = await current.done;
        holdUpload(answer);
        if (running.current === current) {
          setState({ kind: 'idle' });
          onUploaded(answer.ref);
        }
      } catch (error) {
        if (running.current !== current) return;
        setState(
          isCancelled(error)
            ? { kind: 'idle' }
            : { kind: 'failed', name: file.name, error: toAppError(error) },
        );
      } finally {
        if (running.current === current) running.current = null;
      }
    },
    [onUploaded],
  );

  const cancel = useCallback(() => running.current?.cancel(), []);
  return { state, upload, cancel };
}
