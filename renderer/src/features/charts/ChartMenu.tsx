import { Button, ButtonGroup, Menu, MenuDivider, MenuItem, PopoverNext } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { groupSelection, newChart, saveChart } from './chart-actions';
import { printChart } from './print-chart';

/** The chart as a document: saved charts, style, groups, notes, exports and print. */
export function ChartMenu() {
  const { t } = useTranslation('charts', { keyPrefix: 'menu' });
  const openDialog = useAppStore((s) => s.openDialog);
  const openChart = useAppStore((s) => s.openChart);
  const dirty = useAppStore((s) => s.viewDirty);
  const empty = useAppStore((s) => Object.keys(s.chart.entities).length === 0);
  const noSelection = useAppStore((s) => s.selection.entities.length === 0);
  const hidden = useAppStore((s) => s.view.hidden.entities.length + s.view.hidden.links.length);
  const showHidden = useAppStore((s) => s.showHidden);
  const blockedBy = useAppStore(readOnlyReason);
  const writable = { disabled: blockedBy !== null, htmlTitle: blockedBy ?? undefined };
  const title = openChart ? `${openChart.name}${dirty ? ' •' : ''}` : t('title');

  return (
    <ButtonGroup size="small">
      <PopoverNext
        placement="bottom-start"
        arrow={false}
        content={
          <Menu size="small" aria-label={t('title')}>
            <MenuItem icon="document" text={t('newChart')} onClick={() => void newChart()} />
            <MenuItem
              icon="folder-open"
              text={t('openChart')}
              label="Ctrl+O"
              onClick={() => openDialog({ kind: 'charts' })}
            />
            <MenuItem
              icon="floppy-disk"
              text={t('save')}
              label="Ctrl+S"
              {...writable}
              onClick={() => void saveChart()}
            />
            <MenuItem
              icon="duplicate"
              text={t('saveAs')}
              label="Ctrl+Shift+S"
              {...writable}
              onClick={() => openDialog({ kind: 'saveChartAs' })}
            />
            <MenuDivider />
            <MenuItem icon="style" text={t('style')} onClick={() => openDialog({ kind: 'chartStyle' })} />
            <MenuItem
              icon="group-objects"
              text={t('groupSelection')}
              label="Ctrl+G"
              disabled={noSelection}
              onClick={groupSelection}
            />
            <MenuItem
              icon="annotation"
              text={t('addNote')}
              onClick={() => openDialog({ kind: 'note', attachedTo: null })}
            />
            <MenuItem
              icon="eye-open"
              text={hidden > 0 ? t('showHiddenCount', { formatted: formatNumber(hidden) }) : t('showHidden')}
              disabled={hidden === 0}
              onClick={() => void showHidden()}
            />
            <MenuDivider />
            <MenuItem
              icon="export"
              text={t('export')}
              label="Ctrl+E"
              disabled={empty}
              onClick={() => openDialog({ kind: 'exportChart' })}
            />
            <MenuItem
              icon="print"
              text={t('print')}
              label="Ctrl+P"
              disabled={empty}
              onClick={() => void printChart()}
            />
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
