import { Button, ButtonGroup, Menu, MenuItem, Popover, Tooltip } from '@blueprintjs/core';
import { LAYOUT_NAMES } from '../../chart/adapter';
import type { LayoutName } from '../../chart/types';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { GuardedButton } from '../../ui/GuardedButton';
import { redo, takeOfflineIds, undo } from '../actions';
import { chartView } from '../chart/chart-controller';
import { ChartMenu } from '../charts/ChartMenu';
import { leaveWork } from '../unsaved/unsaved-work';

export function Toolbar() {
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
    <div className="toolbar" role="toolbar" aria-label="Chart tools">
      <ButtonGroup size="small">
        <GuardedButton
          blockedBy={blockedBy}
          icon="add"
          text="New entity"
          onClick={() => openDialog({ kind: 'newEntity' })}
        />
        <GuardedButton
          blockedBy={blockedBy}
          icon="new-link"
          text="New link"
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
        <Popover
          placement="bottom-start"
          minimal
          content={
            <Menu size="small" aria-label="Layouts">
              {(Object.keys(LAYOUT_NAMES) as LayoutName[]).map((name) => (
                <MenuItem key={name} text={LAYOUT_NAMES[name]} onClick={() => chartView.runLayout(name)} />
              ))}
              <MenuItem
                icon="select"
                text="Selected entities only"
                disabled={selection.entities.length < 2}
                htmlTitle={selection.entities.length < 2 ? 'Select two or more entities first' : undefined}
              >
                {(Object.keys(LAYOUT_NAMES) as LayoutName[]).map((name) => (
                  <MenuItem
                    key={name}
                    text={LAYOUT_NAMES[name]}
                    onClick={() => chartView.runLayout(name, true)}
                  />
                ))}
              </MenuItem>
            </Menu>
          }
        >
          <Button icon="layout-auto" endIcon="caret-down" text="Layout" />
        </Popover>
        <Tooltip content="Fit to view" placement="bottom">
          <Button icon="zoom-to-fit" aria-label="Fit to view" onClick={() => chartView.fit()} />
        </Tooltip>
      </ButtonGroup>
      <ChartMenu />
      <ButtonGroup size="small">
        <Popover
          placement="bottom-start"
          minimal
          content={
            <Menu size="small" aria-label="Data">
              <MenuItem
                icon="import"
                text="Import…"
                label="Ctrl+I"
                disabled={blockedBy !== null}
                htmlTitle={blockedBy ?? undefined}
                onClick={() => openDialog({ kind: 'import' })}
              />
              <MenuItem icon="export" text="Export…" onClick={() => openDialog({ kind: 'export' })} />
            </Menu>
          }
        >
          <Button icon="database" endIcon="caret-down" text="Data" />
        </Popover>
        <Popover
          placement="bottom-start"
          minimal
          content={
            <Menu size="small" aria-label="Case transfer">
              <MenuItem
                icon="export"
                text="Take offline…"
                disabled={chartEmpty}
                htmlTitle={chartEmpty ? 'Put entities on the chart first' : undefined}
                onClick={() => openDialog({ kind: 'takeOffline', ids: takeOfflineIds() })}
              />
              <MenuItem
                icon="import"
                text="Publish a case file…"
                disabled={blockedBy !== null}
                htmlTitle={blockedBy ?? undefined}
                onClick={() => openDialog({ kind: 'publish' })}
              />
            </Menu>
          }
        >
          <Button icon="swap-horizontal" endIcon="caret-down" text="Transfer" />
        </Popover>
      </ButtonGroup>
      <ButtonGroup size="small">
        <Tooltip content={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'} placement="bottom">
          <Button icon="undo" aria-label="Undo" disabled={!undoLabel || busy} onClick={() => void undo()} />
        </Tooltip>
        <Tooltip
          content={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
          placement="bottom"
        >
          <Button icon="redo" aria-label="Redo" disabled={!redoLabel || busy} onClick={() => void redo()} />
        </Tooltip>
      </ButtonGroup>
      <ButtonGroup size="small">
        <Tooltip content="Keyboard shortcuts (?)" placement="bottom">
          <Button
            icon="key"
            aria-label="Keyboard shortcuts"
            onClick={() => openDialog({ kind: 'shortcuts' })}
          />
        </Tooltip>
        <Button icon="cross" text="Close case" onClick={() => void leaveWork('close the case', closeCase)} />
      </ButtonGroup>
    </div>
  );
}
