import { useEffect } from 'react';
import { useAppStore } from '../../stores/app-store';
import { hasUnsavedWork } from './unsaved-work';
import { i18n } from '../../i18n';

/** Set once the analyst chose to leave: the next beforeunload lets the window go. */
let leaving = false;

function closeWindow(): void {
  leaving = true;
  window.close();
}

/**
 * Closing the tab or window with unsaved work asks first. A browser only allows its own
 * "Leave site?" box, which is what browser mode gets. The desktop shell shows no box for a
 * cancelled unload, so there the close is held and the app's own Save / Discard / Cancel
 * dialog asks; Save or Discard then closes the window itself. No main-process code needed.
 */
export function useLeaveGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const state = useAppStore.getState();
      if (leaving || !hasUnsavedWork(state)) return;
      event.preventDefault();
      // Electron (and older Chromium) hold the unload only when returnValue is set explicitly.
      event.returnValue = '';
      if (state.transport === 'desktop' && state.dialog?.kind !== 'unsavedWork') {
        state.openDialog({
          kind: 'unsavedWork',
          action: i18n.t('unsaved:closeWindow'),
          proceed: closeWindow,
        });
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
