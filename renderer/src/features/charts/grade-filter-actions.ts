import { formatGrade } from '../../../../graph-schema/model/grade-order';
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from '../../../../graph-schema/model/grading';
import { i18n } from '../../i18n';
import { useAppStore } from '../../stores/app-store';
import type { Action } from '../action-table';

/** Every grade a filter can be set to, best first: A1 … F6. */
export const FILTER_GRADES: readonly string[] = RELIABILITY_GRADES.flatMap((reliability) =>
  CREDIBILITY_GRADES.map((credibility) => formatGrade({ reliability, credibility })),
);

export const gradeFilterActionId = (grade: string | null) => `gradeFilter.${grade ?? 'off'}`;

function onlyAction(grade: string): Action {
  return {
    id: gradeFilterActionId(grade),
    name: 'gradeFilter:only',
    nameValues: () => ({ grade }),
    menu: 'gradeFilter:onlyMenu',
    icon: 'filter',
    run: () => void useAppStore.getState().setGradeFilter(grade),
  };
}

/**
 * "Show only B2 or better" for each grade, and the filter off: in the palette (type "B2") and
 * the chart menu's Grade filter submenu.
 */
export const GRADE_FILTER_ACTIONS: readonly Action[] = [
  ...FILTER_GRADES.map(onlyAction),
  {
    id: gradeFilterActionId(null),
    name: 'gradeFilter:off',
    menu: 'gradeFilter:offMenu',
    icon: 'filter-remove',
    blocked: (s) => (s.view.gradeFilter === null ? i18n.t('gradeFilter:alreadyOff') : null),
    run: () => void useAppStore.getState().setGradeFilter(null),
  },
];
