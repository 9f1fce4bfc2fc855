import type { IconName } from '@blueprintjs/core';
import { setThemeChoice } from '../app/theme';
import { LAYOUT_NAMES } from '../chart/adapter';
import type { LayoutName } from '../chart/types';
import { i18n, LANGUAGES, setLanguage, type Language } from '../i18n';
import { useAppStore } from '../stores/app-store';
import type { AppState } from '../stores/app-state';
import { readOnlyReason } from '../stores/connection-slice';
import { redo, takeOfflineIds, undo } from './actions';
import { chartView } from './chart/chart-controller';
import { CRYPT_ACTIONS } from './crypt/crypt-actions';
import { groupSelection, newChart, saveChart } from './charts/chart-actions';
import { GRADE_FILTER_ACTIONS } from './charts/grade-filter-actions';
import { printChart } from './charts/print-chart';
import { openAnalysisPanel } from './analysis/panel-state';
import { PATTERN_ACTIONS } from './pattern/pattern-actions';
import { HISTORY_ACTIONS } from './history/history-actions';
import { leaveWork } from './unsaved/unsaved-work';

/**
 * Every action the analyst can name, once: its name in the current language (the palette's
 * words, distinct for every action), the shorter words its own menu shows, its icon and key.
 * The toolbar, the chart menu, the keyboard and the command palette all read this table,
 * so an action has one name, one key and one rule for when it is off.
 */
export interface Action {
  id: string;
  /** Catalogue key of its name: what the palette lists; no two actions share one. */
  name: string;
  /** Values for the name's template (a layout's or a language's own name). */
  nameValues?: () => Record<string, string>;
  /** Catalogue key of the words in its own menu, where the menu already says the rest. */
  menu?: string;
  icon?: IconName;
  /** The key that runs it, as menus and the shortcut sheet show it: "Ctrl+Shift+S". */
  keys?: string;
  /** Why it cannot run now (a tooltip), or null; reads only the store (a zustand selector). */
  blocked?(state: AppState): string | null;
  run(): void;
}

const state = () => useAppStore.getState();
const open = (dialog: Parameters<AppState['openDialog']>[0]) => () => state().openDialog(dialog);
const selectTwo = (s: AppState) =>
  s.selection.entities.length < 2 ? i18n.t('main:toolbar.selectTwoFirst') : null;
const chartEmpty = (s: AppState) =>
  Object.keys(s.chart.entities).length === 0 ? i18n.t('main:toolbar.chartEmptyFirst') : null;

function layoutAction(name: LayoutName, selected: boolean): Action {
  return {
    id: `layout${selected ? 'Selected' : ''}.${name}`,
    name: selected ? 'actions:name.layoutSelected' : 'actions:name.layout',
    nameValues: () => ({ layout: i18n.t(`main:layoutName.${name}`) }),
    menu: `main:layoutName.${name}`,
    ...(selected
      ? {
          blocked: (s: AppState) =>
            s.selection.entities.length < 2 ? i18n.t('main:toolbar.selectTwoFirst') : null,
        }
      : {}),
    run: () => chartView.runLayout(name, selected),
  };
}

function languageAction(language: Language): Action {
  return {
    id: `language.${language}`,
    name: 'actions:name.language',
    nameValues: () => ({ language: i18n.t(`common:language.${language}`) }),
    run: () => void setLanguage(language),
  };
}

const LAYOUTS = Object.keys(LAYOUT_NAMES) as LayoutName[];

/** In the palette's order: making things, the chart, data and transfer, history, the app. */
export const ACTIONS: readonly Action[] = [
  {
    id: 'newEntity',
    name: 'main:toolbar.newEntity',
    icon: 'add',
    keys: 'N',
    blocked: readOnlyReason,
    run: open({ kind: 'newEntity' }),
  },
  {
    id: 'newLink',
    name: 'main:toolbar.newLink',
    icon: 'new-link',
    keys: 'L',
    blocked: readOnlyReason,
    // From the first selected entity to the second, when two are selected.
    run: () => {
      const [first, second] = state().selection.entities;
      state().openDialog({
        kind: 'newLink',
        ...(first ? { sourceId: first } : {}),
        ...(second ? { targetId: second } : {}),
      });
    },
  },
  ...LAYOUTS.map((name) => layoutAction(name, false)),
  ...LAYOUTS.map((name) => layoutAction(name, true)),
  { id: 'fit', name: 'main:toolbar.fit', icon: 'zoom-to-fit', run: () => chartView.fit() },
  {
    id: 'newChart',
    name: 'actions:name.newChart',
    menu: 'charts:menu.newChart',
    icon: 'document',
    run: () => void newChart(),
  },
  {
    id: 'openChart',
    name: 'charts:menu.openChart',
    icon: 'folder-open',
    keys: 'Ctrl+O',
    run: open({ kind: 'charts' }),
  },
  {
    id: 'saveChart',
    name: 'actions:name.saveChart',
    menu: 'charts:menu.save',
    icon: 'floppy-disk',
    keys: 'Ctrl+S',
    blocked: readOnlyReason,
    run: () => void saveChart(),
  },
  {
    id: 'saveChartAs',
    name: 'actions:name.saveChartAs',
    menu: 'charts:menu.saveAs',
    icon: 'duplicate',
    keys: 'Ctrl+Shift+S',
    blocked: readOnlyReason,
    run: open({ kind: 'saveChartAs' }),
  },
  { id: 'style', name: 'charts:menu.style', icon: 'style', run: open({ kind: 'chartStyle' }) },
  { id: 'analysis', name: 'analysis:open', icon: 'predictive-analysis', run: openAnalysisPanel },
  ...PATTERN_ACTIONS,
  ...HISTORY_ACTIONS,
  {
    id: 'group',
    name: 'charts:menu.groupSelection',
    icon: 'group-objects',
    keys: 'Ctrl+G',
    blocked: (s) => (s.selection.entities.length === 0 ? i18n.t('actions:name.selectFirst') : null),
    run: () => groupSelection(),
  },
  {
    id: 'connectSelected',
    name: 'paths:actions.connect',
    menu: 'paths:actions.connectMenu',
    icon: 'layout-auto',
    blocked: selectTwo,
    run: () => state().openDialog({ kind: 'connect', mode: 'connect', ids: state().selection.entities }),
  },
  {
    id: 'commonNeighbours',
    name: 'paths:actions.common',
    menu: 'paths:actions.commonMenu',
    icon: 'intersection',
    blocked: selectTwo,
    run: () => state().openDialog({ kind: 'connect', mode: 'common', ids: state().selection.entities }),
  },
  {
    id: 'showHidden',
    name: 'charts:menu.showHidden',
    icon: 'eye-open',
    blocked: (s) =>
      s.view.hidden.entities.length + s.view.hidden.links.length === 0
        ? i18n.t('actions:name.nothingHidden')
        : null,
    run: () => void state().showHidden(),
  },
  ...GRADE_FILTER_ACTIONS,
  {
    id: 'addNote',
    name: 'charts:menu.addNote',
    icon: 'annotation',
    run: open({ kind: 'note', attachedTo: null }),
  },
  {
    id: 'exportChart',
    name: 'actions:name.exportChart',
    menu: 'charts:menu.export',
    icon: 'export',
    keys: 'Ctrl+E',
    blocked: chartEmpty,
    run: open({ kind: 'exportChart' }),
  },
  {
    id: 'print',
    name: 'actions:name.print',
    menu: 'charts:menu.print',
    icon: 'print',
    keys: 'Ctrl+P',
    blocked: chartEmpty,
    run: () => void printChart(),
  },
  {
    id: 'importData',
    name: 'actions:name.importData',
    menu: 'main:toolbar.import',
    icon: 'import',
    keys: 'Ctrl+I',
    blocked: readOnlyReason,
    run: open({ kind: 'import' }),
  },
  {
    id: 'exportData',
    name: 'actions:name.exportData',
    menu: 'main:toolbar.export',
    icon: 'export',
    run: open({ kind: 'export' }),
  },
  {
    id: 'takeOffline',
    name: 'main:toolbar.takeOffline',
    icon: 'export',
    blocked: chartEmpty,
    run: () => state().openDialog({ kind: 'takeOffline', ids: takeOfflineIds() }),
  },
  {
    id: 'publish',
    name: 'main:toolbar.publish',
    icon: 'import',
    blocked: readOnlyReason,
    run: open({ kind: 'publish' }),
  },
  { id: 'undo', name: 'main:toolbar.undo', icon: 'undo', keys: 'Ctrl+Z', run: () => void undo() },
  { id: 'redo', name: 'main:toolbar.redo', icon: 'redo', keys: 'Ctrl+Shift+Z', run: () => void redo() },
  {
    id: 'shortcuts',
    name: 'main:toolbar.shortcuts',
    icon: 'key',
    keys: '?',
    run: open({ kind: 'shortcuts' }),
  },
  ...CRYPT_ACTIONS,
  ...LANGUAGES.map(languageAction),
  { id: 'themeSystem', name: 'common:theme.useSystem', run: () => setThemeChoice('system') },
  { id: 'themeLight', name: 'common:theme.useLight', run: () => setThemeChoice('light') },
  { id: 'themeDark', name: 'common:theme.useDark', run: () => setThemeChoice('dark') },
  {
    id: 'closeCase',
    name: 'main:toolbar.closeCase',
    icon: 'cross',
    run: () => void leaveWork(i18n.t('main:toolbar.closeCaseAction'), state().closeCase),
  },
];

const byId = new Map(ACTIONS.map((a) => [a.id, a]));

/** The action of an id; ids are the table's, so a missing one is a typo caught by the tests. */
export function action(id: string): Action {
  const found = byId.get(id);
  if (!found) throw new Error(`no action ${id}`);
  return found;
}

/** The action's name in the current language, without a menu's trailing ellipsis. */
export function actionName(a: Action): string {
  return i18n.t(a.name, a.nameValues?.() ?? {}).replace(/…$/, '');
}

/** The words its own menu shows (with the ellipsis of an action that asks first). */
export function actionMenuWords(a: Action): string {
  return i18n.t(a.menu ?? a.name, a.nameValues?.() ?? {});
}

/** Why it is off now, or null. */
export function actionBlocked(a: Action, s: AppState = state()): string | null {
  return a.blocked?.(s) ?? null;
}

/**
 * The action a key press names, if any: "Ctrl+Shift+S" matches Control or Command with Shift
 * and s. Plain keys ("N", "?") match only without Ctrl.
 */
export function actionForKeys(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
) {
  if (event.altKey) return undefined;
  const ctrl = event.ctrlKey || event.metaKey;
  return ACTIONS.find((a) => {
    if (!a.keys) return false;
    const parts = a.keys.split('+');
    const key = parts[parts.length - 1]?.toLowerCase();
    const wantsCtrl = parts.includes('Ctrl');
    // '?' is typed with Shift on most layouts: only letters compare Shift.
    const letter = key !== undefined && /^[a-z]$/.test(key);
    return (
      key === event.key.toLowerCase() &&
      wantsCtrl === ctrl &&
      (!letter || parts.includes('Shift') === event.shiftKey)
    );
  });
}
