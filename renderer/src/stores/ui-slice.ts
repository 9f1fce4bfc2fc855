import type { ChosenExpandRequest, ExpandSummary } from '../../../graph-schema/model';
import type { ChartContextMenuRequest, ChartSelection } from '../chart/types';
import { failureMessage, isCancelled, toAppError } from './app-error';
import type { SliceCreator } from './app-state';

export type Dialog =
  | { kind: 'newEntity' }
  | { kind: 'newLink'; sourceId?: string; targetId?: string }
  | { kind: 'expand'; ids: string[] }
  /** An expansion past the hub threshold: what it would add, and the request to narrow. */
  | { kind: 'hub'; request: ChosenExpandRequest; summary: ExpandSummary }
  | { kind: 'path'; fromId: string; toId?: string }
  | { kind: 'confirmDelete'; ids: ChartSelection }
  | { kind: 'shortcuts' }
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
  notify(message: string, intent?: ToastIntent): void;
  /**
   * "Expand failed: …" as an error toast; a cancelled query as a calm "Query cancelled"; a
   * server out of reach (CONNECTION) as its own message, once while it is showing.
   */
  reportFailure(what: string, error: unknown): void;
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
  notify: (message, intent = 'none') =>
    set((state) => ({ toasts: [...state.toasts, { id: nextToastId++, message, intent }] })),
  reportFailure: (what, error) => {
    const { code, message } = toAppError(error);
    // A server that stopped answering fails every action alike: say it once, as it is.
    if (code === 'CONNECTION') {
      if (!get().toasts.some((t) => t.message === message)) get().notify(message, 'danger');
      return;
    }
    get().notify(failureMessage(what, error), isCancelled(error) ? 'none' : 'danger');
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
});
