import { Button, ButtonGroup, Menu, MenuDivider, PopoverNext } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { ActionItem } from '../ActionItem';
import { GradeFilterMenu } from './GradeFilterMenu';

/** The chart as a document: saved charts, style, groups, notes, exports and print (the action table's items). */
export function ChartMenu() {
  const { t } = useTranslation('charts', { keyPrefix: 'menu' });
  const openChart = useAppStore((s) => s.openChart);
  const dirty = useAppStore((s) => s.viewDirty);
  const hidden = useAppStore((s) => s.view.hidden.entities.length + s.view.hidden.links.length);
  const title = openChart ? `${openChart.name}${dirty ? ' •' : ''}` : t('title');

  return (
    <ButtonGroup size="small">
      <PopoverNext
        placement="bottom-start"
        arrow={false}
        // Most items move on to a dialog or the chart: focus pulled back to this button as the
        // menu fades would take it from there (the search box typed into after New chart).
        shouldReturnFocusOnClose={false}
        content={
          <Menu size="small" aria-label={t('title')}>
            <ActionItem id="newChart" />
            <ActionItem id="openChart" />
            <ActionItem id="saveChart" />
            <ActionItem id="saveChartAs" />
            <MenuDivider />
            <ActionItem id="style" />
            <ActionItem id="group" />
            <ActionItem id="addNote" />
            <ActionItem
              id="showHidden"
              {...(hidden > 0 ? { text: t('showHiddenCount', { formatted: formatNumber(hidden) }) } : {})}
            />
            <GradeFilterMenu />
            <MenuDivider />
            <ActionItem id="exportChart" />
            <ActionItem id="print" />
          </Menu>
        }
      >
        <Button
          icon="graph"
          endIcon="caret-down"
          text={title}
          className="chart-menu-button"
          data-testid="chart-menu"
        />
      </PopoverNext>
    </ButtonGroup>
  );
}
