import { Button, ButtonGroup, Menu, MenuItem, PopoverNext, Tooltip } from '@blueprintjs/core';
import { LAYOUT_NAMES } from '../../chart/adapter';
import type { LayoutName } from '../../chart/types';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { GuardedButton } from '../../ui/GuardedButton';
import { redo, takeOfflineIds, undo } from '../actions';
import { chartView } from '../chart/chart-controller';
import { ChartMenu } from '../charts/ChartMenu';
import { leaveWork } from '../unsaved/unsaved-work';
import { useTranslation } from 'react-i18next';

export function Toolbar() {
  const { t } = useTranslation('main', { keyPrefix: 'toolbar' });
  // Layouts by their id; the chart's context menu names them from the same keys.
  const { t: layoutName } = useTranslation('main', { keyPrefix: 'layoutName' });
  const openDialog = useAppStore((s) => s.openDialog);
  const selection = useAppStore((s) => s.selection);
  const undoLabel = useAppStore((s) => s.undoStack[s.undoStack.length - 1]?.label);
  const redoLabel = useAppStore((s) => s.redoStack[s.redoStack.length - 1]?.label);
  const busy = useAppStore((s) => s.historyBusy);
  const closeCase = useAppStore((s) => s.closeCase);
  const blockedBy = useAppStore(readOnlyReason);
  const chartEmpty = useAppStore((s) => Object.keys(s.chart.entities).length === 0);
  const [first, second] = selection.entities;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('label')}>
      <ButtonGroup size="small">
        <GuardedButton
          blockedBy={blockedBy}
          icon="add"
          text={t('newEntity')}
          onClick={() => openDialog({ kind: 'newEntity' })}
        />
        <GuardedButton
          blockedBy={blockedBy}
          icon="new-link"
          text={t('newLink')}
          onClick={() =>
            openDialog({
              kind: 'newLink',
              ...(first ? { sourceId: first } : {}),
              ...(second ? { targetId: second } : {}),
            })
          }
        />
      </ButtonGroup>
      <ButtonGroup size="small">
        <PopoverNext
          placement="bottom-start"
          arrow={false}
          content={
            <Menu size="small" aria-label={t('layouts')}>
              {(Object.keys(LAYOUT_NAMES) as LayoutName[]).map((name) => (
                <MenuItem key={name} text={layoutName(name)} onClick={() => chartView.runLayout(name)} />
              ))}
              <MenuItem
                icon="select"
                text={t('selectedOnly')}
                disabled={selection.entities.length < 2}
                htmlTitle={selection.entities.length < 2 ? t('selectTwoFirst') : undefined}
              >
                {(Object.keys(LAYOUT_NAMES) as LayoutName[]).map((name) => (
                  <MenuItem
                    key={name}
                    text={layoutName(name)}
                    onClick={() => chartView.runLayout(name, true)}
                  />
                ))}
              </MenuItem>
            </Menu>
          }
        >
          <Button icon="layout-auto" endIcon="caret-down" text={t('layout')} />
        </PopoverNext>
        <Tooltip content={t('fit')} placement="bottom">
          <Button icon="zoom-to-fit" aria-label={t('fit')} onClick={() => chartView.fit()} />
        </Tooltip>
      </ButtonGroup>
      <ChartMenu />
      <ButtonGroup size="small">
        <PopoverNext
          placement="bottom-start"
          arrow={false}
          content={
            <Menu size="small" aria-label={t('data')}>
              <MenuItem
                icon="import"
                text={t('import')}
                label="Ctrl+I"
                disabled={blockedBy !== null}
                htmlTitle={blockedBy ?? undefined}
                onClick={() => openDialog({ kind: 'import' })}
              />
              <MenuItem icon="export" text={t('export')} onClick={() => openDialog({ kind: 'export' })} />
            </Menu>
          }
        >
          <Button icon="database" endIcon="caret-down" text={t('data')} />
        </PopoverNext>
        <PopoverNext
          placement="bottom-start"
          arrow={false}
          content={
            <Menu size="small" aria-label={t('transferMenu')}>
              <MenuItem
                icon="export"
                text={t('takeOffline')}
                disabled={chartEmpty}
                htmlTitle={chartEmpty ? t('chartEmptyFirst') : undefined}
                onClick={() => openDialog({ kind: 'takeOffline', ids: takeOfflineIds() })}
              />
              <MenuItem
                icon="import"
                text={t('publish')}
                disabled={blockedBy !== null}
                htmlTitle={blockedBy ?? undefined}
                onClick={() => openDialog({ kind: 'publish' })}
              />
            </Menu>
          }
        >
          <Button icon="swap-horizontal" endIcon="caret-down" text={t('transfer')} />
        </PopoverNext>
      </ButtonGroup>
      <ButtonGroup size="small">
        <HistoryButton
          icon="undo"
          name={t('undo')}
          tip={undoLabel ? t('undoWhat', { what: undoLabel }) : t('nothingToUndo')}
          disabled={!undoLabel || busy}
          onClick={() => void undo()}
        />
        <HistoryButton
          icon="redo"
          name={t('redo')}
          tip={redoLabel ? t('redoWhat', { what: redoLabel }) : t('nothingToRedo')}
          disabled={!redoLabel || busy}
          onClick={() => void redo()}
        />
      </ButtonGroup>
      <ButtonGroup size="small">
        <Tooltip content={t('shortcutsTip')} placement="bottom">
          <Button icon="key" aria-label={t('shortcuts')} onClick={() => openDialog({ kind: 'shortcuts' })} />
        </Tooltip>
        <Button
          icon="cross"
          text={t('closeCase')}
          onClick={() => void leaveWork(t('closeCaseAction'), closeCase)}
        />
      </ButtonGroup>
    </div>
  );
}

/** Undo or redo: an icon button whose tooltip names the step it would take. */
function HistoryButton(props: {
  icon: 'undo' | 'redo';
  name: string;
  tip: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <Tooltip content={props.tip} placement="bottom">
      <Button icon={props.icon} aria-label={props.name} disabled={props.disabled} onClick={props.onClick} />
    </Tooltip>
  );
}
