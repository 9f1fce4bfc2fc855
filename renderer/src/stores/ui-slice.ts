import type { ChosenExpandRequest, ExpandSummary } from '../../../graph-schema/model';
import type { ChartContextMenuRequest, ChartSelection } from '../chart/types';
import { errorLine } from '../i18n/errors';
import { failureMessage, isCancelled, toAppError } from './app-error';
import type { SliceCreator } from './app-state';

export type Dialog =
  | { kind: 'newEntity' }
  | { kind: 'newLink'; sourceId?: string; targetId?: string }
  | { kind: 'expand'; ids: string[] }
  /** An expansion past the hub threshold: what it would add, and the request to narrow. */
  | { kind: 'hub'; request: ChosenExpandRequest; summary: ExpandSummary }
  | { kind: 'path'; fromId: string; toId?: string }
  /** Connect selected or Common neighbours, asking how far and which links count. */
  | { kind: 'connect'; mode: 'connect' | 'common'; ids: string[] }
  | { kind: 'confirmDelete'; ids: ChartSelection }
  /** A found result larger than the hub threshold: `answer` says whether it goes on the chart. */
  | { kind: 'manyToAdd'; entities: number; links: number; answer(add: boolean): void }
  | { kind: 'shortcuts' }
  | { kind: 'palette' }
  | { kind: 'takeOffline'; ids: string[] }
  | { kind: 'publish' }
  | { kind: 'import' }
  | { kind: 'export' }
  | { kind: 'unsavedWork'; action: string; proceed: LeaveAction }
  | ChartDialog;

/** What the analyst asked for when unsaved work stood in the way (close the case, open a chart…). */
export type LeaveAction = () => Promise<void> | void;

/** Dialogs about the chart itself (saved charts, groups, notes, style, exports). */
export type ChartDialog =
  | { kind: 'charts' }
  /** `then`: what to do once saved (the unsaved-work dialog's Save on a chart never named). */
  | { kind: 'saveChartAs'; then?: LeaveAction }
  | { kind: 'groupSelection' }
  | { kind: 'renameGroup'; groupId: string }
  | { kind: 'note'; noteId?: string; attachedTo?: string | null }
  | { kind: 'chartStyle' }
  | { kind: 'exportChart' };

export type ToastIntent = 'success' | 'danger' | 'primary' | 'none';

export interface Toast {
  id: number;
  message: string;
  intent: ToastIntent;
  /** What the toast is about ('search'): a later toast with the same key replaces its words. */
  key?: string;
}

/** A chart menu request moved to viewport pixels, where the menu is drawn. */
export type ContextMenuRequest = ChartContextMenuRequest;

export interface UiSlice {
  dialog: Dialog | null;
  /** x and y in viewport pixels (the chart host converts from the chart's own). */
  contextMenu: ContextMenuRequest | null;
  toasts: Toast[];
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  openContextMenu(request: ContextMenuRequest): void;
  closeContextMenu(): void;
  /** With a key, a toast of that key still showing is updated in place rather than joined. */
  notify(message: string, intent?: ToastIntent, key?: string): void;
  /**
   * "Expand failed: …" as an error toast; a cancelled query as a calm "Query cancelled"; a
   * server out of reach (CONNECTION) as its own message, once while it is showing. `key` as
   * in notify: an action that fails again and again (search as one types) keeps one toast.
   */
  reportFailure(what: string, error: unknown, key?: string): void;
  dismissToast(id: number): void;
}

export const initialUi: Pick<UiSlice, 'dialog' | 'contextMenu' | 'toasts'> = {
  dialog: null,
  contextMenu: null,
  toasts: [],
};

let nextToastId = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  ...initialUi,
  openDialog: (dialog) => set({ dialog, contextMenu: null }),
  closeDialog: () => set({ dialog: null }),
  openContextMenu: (contextMenu) => set({ contextMenu }),
  closeContextMenu: () => set({ contextMenu: null }),
  notify: (message, intent = 'none', key) =>
    set((state) => {
      // Same id: Blueprint keeps the toast where it is and only its words change.
      if (key !== undefined && state.toasts.some((t) => t.key === key))
        return { toasts: state.toasts.map((t) => (t.key === key ? { ...t, message, intent } : t)) };
      return { toasts: [...state.toasts, { id: nextToastId++, message, intent, ...(key ? { key } : {}) }] };
    }),
  reportFailure: (what, error, key) => {
    const appError = toAppError(error);
    // A server that stopped answering fails every action alike: say it once, as it is.
    if (appError.code === 'CONNECTION') {
      const message = errorLine(appError);
      if (!get().toasts.some((t) => t.message === message)) get().notify(message, 'danger', key);
      return;
    }
    get().notify(failureMessage(what, error), isCancelled(error) ? 'none' : 'danger', key);
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
});
