import { buildScene } from '../../../../graph-schema/chart/build-scene';
import type { Scene } from '../../../../graph-schema/chart/scene';
import { iconPaths } from '../../chart/icon-paths';
import { currentLanguage, type Language } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { visibleContent } from '../../stores/view-slice';
import { countBelowGradeFilter } from '../../stores/grade-filter';
import { chartView } from '../chart/chart-controller';

/**
 * The chart on screen as a Scene: what every export and the print draw. Its legend and link
 * labels are in `language` (the export's; the UI's unless told).
 */
export function currentScene(
  language: Language = currentLanguage(),
  options: { gradesOnLinks?: boolean } = {},
): Scene {
  const state = useAppStore.getState();
  if (!state.schema) throw new Error('No schema loaded');
  const { entities, links } = visibleContent(state);
  return buildScene({
    schema: state.schema,
    style: state.view.style,
    entities,
    links,
    positions: chartView.positions(),
    bends: chartView.bends(),
    groups: state.view.groups,
    annotations: state.view.annotations,
    iconPaths,
    language,
    gradesOnLinks: options.gradesOnLinks ?? false,
    ...(state.view.gradeFilter !== null
      ? { gradeFilter: { grade: state.view.gradeFilter, hidden: countBelowGradeFilter(state) } }
      : {}),
  });
}

/** Today as a briefing prints it, in the UI's language: 25 November 2026 / 2026年11月25日. */
export function briefingDate(now = new Date()): string {
  return formatDate(now);
}
