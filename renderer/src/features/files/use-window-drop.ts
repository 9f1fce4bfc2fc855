import { useEffect } from 'react';
import { useAppStore } from '../../stores/app-store';
import { leaveDroppedFile } from './dropped-file';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * A data file dropped anywhere on the case window opens the import wizard with it. Every
 * file drop is taken here, so a file that misses its target never makes the browser leave
 * the page to show it (and the unsaved chart with it).
 */
export function useWindowFileDrop(): void {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // The wizard's own drop zone already took it.
      const handled = event.defaultPrevented;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      const { dialog, openDialog } = useAppStore.getState();
      if (handled || !file || dialog) return;
      leaveDroppedFile(file);
      openDialog({ kind: 'import' });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
