import { MenuDivider, MenuItem } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { formatGrade } from '../../../../graph-schema/model/grade-order';
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from '../../../../graph-schema/model/grading';
import { useAppStore } from '../../stores/app-store';
import { ActionItem } from '../ActionItem';
import { gradeFilterActionId } from './grade-filter-actions';

/**
 * The chart menu's Grade filter: every grade off, or "B2 or better", one reliability per row
 * of credibilities so 36 grades stay one short list each. The grade in force is ticked.
 */
export function GradeFilterMenu() {
  const { t } = useTranslation('gradeFilter');
  const current = useAppStore((s) => s.view.gradeFilter);
  return (
    <MenuItem
      icon="filter"
      text={current === null ? t('menu') : t('menuOn', { grade: current })}
      data-testid="grade-filter-menu"
    >
      <ActionItem id={gradeFilterActionId(null)} />
      <MenuDivider />
      {RELIABILITY_GRADES.map((reliability) => (
        <MenuItem
          key={reliability}
          text={t('reliability', { reliability })}
          active={current?.startsWith(reliability) ?? false}
        >
          {CREDIBILITY_GRADES.map((credibility) => {
            const grade = formatGrade({ reliability, credibility });
            return (
              <ActionItem
                key={grade}
                id={gradeFilterActionId(grade)}
                icon={grade === current ? 'tick' : 'blank'}
              />
            );
          })}
        </MenuItem>
      ))}
    </MenuItem>
  );
}
