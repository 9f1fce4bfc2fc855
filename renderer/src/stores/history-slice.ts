import type { PlexusApi } from '../../../graph-schema/contract';
import { api } from '../bridge';
import { i18n } from '../i18n';
import type { AppState, SliceCreator } from './app-state';

export interface CommandContext {
  api: PlexusApi;
  get: () => AppState;
}

/**
 * One user edit with its inverse. `run` does it (and redoes it), `revert` undoes it; both
 * go through the API and keep the chart in step.
 */
export interface Command {
  /** Names the edit in the Undo and Redo tooltips: 'Create Person “Wang Wei”'. */
  label: string;
  run(context: CommandContext): Promise<void>;
  revert(context: CommandContext): Promise<void>;
}

export interface HistorySlice {
  undoStack: Command[];
  redoStack: Command[];
  historyBusy: boolean;
  /** Runs an edit and records it; rethrows its error (a form shows the validation places). */
  execute(command: Command): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export const initialHistory: Pick<HistorySlice, 'undoStack' | 'redoStack' | 'historyBusy'> = {
  undoStack: [],
  redoStack: [],
  historyBusy: false,
};

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => {
  const context: CommandContext = { api, get };

  /** Runs one step of the history; a failed undo or redo leaves both stacks without it. */
  const step = async (from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack') => {
    const stack = get()[from];
    const command = stack[stack.length - 1];
    if (!command || get().historyBusy) return;
    set({ historyBusy: true, [from]: stack.slice(0, -1) });
    try {
      if (from === 'undoStack') await command.revert(context);
      else await command.run(context);
      set((state) => ({ [to]: [...state[to], command] }));
    } catch (error) {
      const what = from === 'undoStack' ? 'stores:undoOf' : 'stores:redoOf';
      get().reportFailure(i18n.t(what, { what: command.label }), error);
    } finally {
      set({ historyBusy: false });
    }
    await get().refreshCaseInfo();
  };

  return {
    ...initialHistory,

    execute: async (command) => {
      set({ historyBusy: true });
      try {
        await command.run(context);
        set((state) => ({ undoStack: [...state.undoStack, command], redoStack: [] }));
      } finally {
        set({ historyBusy: false });
      }
      await get().refreshCaseInfo();
    },

    undo: () => step('undoStack', 'redoStack'),
    redo: () => step('redoStack', 'undoStack'),
  };
};
