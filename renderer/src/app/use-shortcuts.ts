import { useEffect } from 'react';
import { action, actionBlocked, actionForKeys, type Action } from '../features/action-table';
import {
  closeMenusAndSelection,
  deleteFromChart,
  openMenuForSelection,
  redo,
  selectAll,
} from '../features/actions';
import { useAppStore } from '../stores/app-store';
import { SEARCH_INPUT_ID } from './shortcuts';

/** Runs an action of the table unless it is off now (the same rule as its menu item). */
function runIfAllowed(a: Action): void {
  if (actionBlocked(a) === null) a.run();
}

/**
 * Ctrl+ keys the browser would act on itself (save page, open file, print, bookmark, view
 * source, downloads...). Always held back, wherever the focus is and whatever dialog is open:
 * Plexus has its own save, open, print and export.
 */
const PAGE_KEYS = new Set(['s', 'o', 'p', 'e', 'g', 'd', 'u', 'j']);

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * App-wide keys. Inside text fields only Ctrl+K is taken, so typing, and the field's own
 * undo, work as usual; open dialogs keep their keys to themselves. The browser's own Ctrl+
 * commands never run (PAGE_KEYS).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      // A field already acted on it (Ctrl+S in the inspector saves the item, not the chart).
      const handled = event.defaultPrevented;
      if (ctrl && !event.altKey && PAGE_KEYS.has(key)) event.preventDefault();
      if (handled) return;
      const focusSearch = () => {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      };
      if (ctrl && key === 'k') return focusSearch();
      const state = useAppStore.getState();
      // Ctrl+Shift+P, the command palette, from anywhere but another dialog (not Ctrl+P: print).
      if (ctrl && event.shiftKey && key === 'p') {
        event.preventDefault();
        if (!state.dialog) state.openDialog({ kind: 'palette' });
        return;
      }
      // Ctrl+I opens the import wizard from anywhere but another dialog (or a read-only store).
      if (ctrl && key === 'i' && !event.shiftKey) {
        event.preventDefault();
        if (!state.dialog) runIfAllowed(action('importData'));
        return;
      }
      // A slow query is the most urgent thing Escape can stop, wherever the focus is.
      if (event.key === 'Escape' && state.slowQuery) {
        event.preventDefault();
        void state.cancelQueries();
        return;
      }
      if (isEditable(event.target) || state.dialog) return;
      // The keys of the action table: Ctrl+S, Ctrl+O, Ctrl+G, Ctrl+E, Ctrl+P, Ctrl+Z, N, L, ?...
      const bound = actionForKeys(event);
      if (bound) {
        if (ctrl) event.preventDefault();
        runIfAllowed(bound);
        return;
      }
      if (event.key === '/' && !ctrl) return focusSearch();
      if (ctrl && key === 'y') {
        event.preventDefault();
        void redo();
      } else if (ctrl && key === 'a') {
        event.preventDefault();
        selectAll();
      } else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
        event.preventDefault();
        openMenuForSelection();
      } else if (event.key === 'Delete' && !ctrl) {
        // As in i2: off the chart only; "Delete from case…" (menu, inspector) asks first.
        void deleteFromChart(state.selection);
      } else if (event.key === 'Escape') {
        closeMenusAndSelection();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
