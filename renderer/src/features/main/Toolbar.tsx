import { Button, ButtonGroup, Menu, MenuItem, PopoverNext, Tooltip } from '@blueprintjs/core';
import { LAYOUT_NAMES } from '../../chart/adapter';
import type { LayoutName } from '../../chart/types';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { GuardedButton } from '../../ui/GuardedButton';
import { action } from '../action-table';
import { ActionItem } from '../ActionItem';
import { ChartMenu } from '../charts/ChartMenu';
import { AnalysisButton } from '../analysis/AnalysisButton';
import { CryptMenu } from '../crypt/CryptMenu';
import { useTranslation } from 'react-i18next';

const LAYOUTS = Object.keys(LAYOUT_NAMES) as LayoutName[];
/** A button's click: the action table's run (the same as its menu item, key and palette entry). */
const run = (id: string) => () => action(id).run();

export function Toolbar() {
  const { t } = useTranslation('main', { keyPrefix: 'toolbar' });
  const selection = useAppStore((s) => s.selection);
  const undoLabel = useAppStore((s) => s.undoStack[s.undoStack.length - 1]?.label);
  const redoLabel = useAppStore((s) => s.redoStack[s.redoStack.length - 1]?.label);
  const busy = useAppStore((s) => s.historyBusy);
  const blockedBy = useAppStore(readOnlyReason);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('label')}>
      <ButtonGroup size="small">
        <GuardedButton blockedBy={blockedBy} icon="add" text={t('newEntity')} onClick={run('newEntity')} />
        <GuardedButton blockedBy={blockedBy} icon="new-link" text={t('newLink')} onClick={run('newLink')} />
      </ButtonGroup>
      <ButtonGroup size="small">
        <PopoverNext
          placement="bottom-start"
          arrow={false}
          content={
            <Menu size="small" aria-label={t('layouts')}>
              {LAYOUTS.map((name) => (
                <ActionItem key={name} id={`layout.${name}`} />
              ))}
              <MenuItem
                icon="select"
                text={t('selectedOnly')}
                disabled={selection.entities.length < 2}
                htmlTitle={selection.entities.length < 2 ? t('selectTwoFirst') : undefined}
              >
                {LAYOUTS.map((name) => (
                  <ActionItem key={name} id={`layoutSelected.${name}`} />
                ))}
              </MenuItem>
            </Menu>
          }
        >
          <Button icon="layout-auto" endIcon="caret-down" text={t('layout')} />
        </PopoverNext>
        <Tooltip content={t('fit')} placement="bottom">
          <Button icon="zoom-to-fit" aria-label={t('fit')} onClick={run('fit')} />
        </Tooltip>
      </ButtonGroup>
      <ChartMenu />
      <AnalysisButton />
      <ButtonGroup size="small">
        <PopoverNext
          placement="bottom-start"
          arrow={false}
          content={
            <Menu size="small" aria-label={t('data')}>
              <ActionItem id="importData" />
              <ActionItem id="exportData" />
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
              <ActionItem id="takeOffline" />
              <ActionItem id="publish" />
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
          onClick={run('undo')}
        />
        <HistoryButton
          icon="redo"
          name={t('redo')}
          tip={redoLabel ? t('redoWhat', { what: redoLabel }) : t('nothingToRedo')}
          disabled={!redoLabel || busy}
          onClick={run('redo')}
        />
      </ButtonGroup>
      <ButtonGroup size="small">
        <Tooltip content={t('shortcutsTip')} placement="bottom">
          <Button icon="key" aria-label={t('shortcuts')} onClick={run('shortcuts')} />
        </Tooltip>
        <CryptMenu />
        {/* An icon with its name as a tip: with the encryption menu the Japanese toolbar ran past 1,440 px. */}
        <Tooltip content={t('closeCase')} placement="bottom-end">
          <Button icon="cross" aria-label={t('closeCase')} onClick={run('closeCase')} />
        </Tooltip>
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
