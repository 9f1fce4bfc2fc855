import { setThemeChoice } from '../../app/theme';
import { i18n } from '../../i18n';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { redo, undo } from '../actions';
import { chartView } from '../chart/chart-controller';
import { groupSelection, saveChart } from '../charts/chart-actions';
import { printChart } from '../charts/print-chart';

/**
 * What the command palette (Ctrl+Shift+P) offers: each action under the words its menu or
 * button already shows, so the palette and the toolbar read the same in both languages.
 */
export interface Command {
  id: string;
  /** A catalogue key (namespace:key) of the menu or button label. */
  label: string;
  /** False when the action would do nothing now (a read-only store cannot import). */
  available(): boolean;
  run(): void;
}

const state = () => useAppStore.getState();
const always = () => true;
const writable = () => readOnlyReason(state()) === null;
const open = (dialog: Parameters<ReturnType<typeof state>['openDialog']>[0]) => () =>
  state().openDialog(dialog);

export const COMMANDS: readonly Command[] = [
  { id: 'newEntity', label: 'main:toolbar.newEntity', available: writable, run: open({ kind: 'newEntity' }) },
  { id: 'newLink', label: 'main:toolbar.newLink', available: writable, run: open({ kind: 'newLink' }) },
  { id: 'import', label: 'main:toolbar.import', available: writable, run: open({ kind: 'import' }) },
  { id: 'export', label: 'main:toolbar.export', available: always, run: open({ kind: 'export' }) },
  { id: 'publish', label: 'main:toolbar.publish', available: always, run: open({ kind: 'publish' }) },
  { id: 'fit', label: 'main:toolbar.fit', available: always, run: () => chartView.fit() },
  { id: 'undo', label: 'main:toolbar.undo', available: always, run: () => void undo() },
  { id: 'redo', label: 'main:toolbar.redo', available: always, run: () => void redo() },
  { id: 'openChart', label: 'charts:menu.openChart', available: always, run: open({ kind: 'charts' }) },
  { id: 'saveChart', label: 'charts:menu.save', available: always, run: () => void saveChart() },
  { id: 'saveChartAs', label: 'charts:menu.saveAs', available: always, run: open({ kind: 'saveChartAs' }) },
  { id: 'style', label: 'charts:menu.style', available: always, run: open({ kind: 'chartStyle' }) },
  { id: 'group', label: 'charts:menu.groupSelection', available: always, run: () => groupSelection() },
  { id: 'exportChart', label: 'charts:menu.export', available: always, run: open({ kind: 'exportChart' }) },
  { id: 'print', label: 'charts:menu.print', available: always, run: () => void printChart() },
  { id: 'shortcuts', label: 'main:toolbar.shortcuts', available: always, run: open({ kind: 'shortcuts' }) },
  {
    id: 'themeSystem',
    label: 'common:theme.useSystem',
    available: always,
    run: () => setThemeChoice('system'),
  },
  { id: 'themeLight', label: 'common:theme.useLight', available: always, run: () => setThemeChoice('light') },
  { id: 'themeDark', label: 'common:theme.useDark', available: always, run: () => setThemeChoice('dark') },
];

/** The command's words in the current language, without the menu's trailing ellipsis. */
export function commandName(command: Command): string {
  return i18n.t(command.label).replace(/…$/, '');
}

/** Every command whose name holds each typed word, in table order; case and width ignored. */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return commands.filter((c) => c.available() && words.every((w) => fold(commandName(c)).includes(w)));
}
