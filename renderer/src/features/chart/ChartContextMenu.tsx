import { ContextMenuPopover, Menu, MenuDivider, MenuItem } from '@blueprintjs/core';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT_NAMES } from '../../chart/adapter';
import type { ChartSelection, LayoutName } from '../../chart/types';
import { action } from '../action-table';
import { ActionItem } from '../ActionItem';
import type { ContextMenuRequest } from '../../stores/ui-slice';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { deleteFromChart, expandOne, hideItems, requestDelete } from '../actions';
import { EntityChartItems, GroupMenu, NoteMenu } from '../charts/DecorMenus';
import { UseAsSourceItem } from '../sources/UseAsSourceItem';

/** The key's name as printed on keyboards, in every language. */
const DELETE_KEY = 'Del';

/** Arrow keys move between items and Enter or Space runs one: the menu works without a mouse. */
function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  const items = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]:not(.bp6-disabled)'),
  ];
  const index = items.indexOf(document.activeElement as HTMLElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(index + step + items.length) % items.length]?.focus();
  } else if ((event.key === 'Enter' || event.key === ' ') && index >= 0) {
    event.preventDefault();
    items[index]?.click();
  }
}

export function ChartContextMenu() {
  const request = useAppStore((s) => s.contextMenu);
  const close = useAppStore((s) => s.closeContextMenu);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!request) return;
    const timer = window.setTimeout(
      () => menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(),
      0,
    );
    return () => window.clearTimeout(timer);
  }, [request]);

  const offset = request ? { left: request.x, top: request.y } : undefined;

  return (
    <ContextMenuPopover
      isOpen={request !== null}
      targetOffset={offset}
      onClose={close}
      content={
        <div ref={menu} onKeyDown={onMenuKeyDown}>
          {request && <MenuContent request={request} />}
        </div>
      }
    />
  );
}

function MenuContent({ request }: { request: ContextMenuRequest }) {
  const { t } = useTranslation('chart', { keyPrefix: 'menu' });
  const openDialog = useAppStore((s) => s.openDialog);
  const close = useAppStore((s) => s.closeContextMenu);
  const blockedBy = useAppStore(readOnlyReason);
  const allOnChart = useAppStore((s) => s.chart.entities);
  const { target, selection } = request;
  const writable = { disabled: blockedBy !== null, htmlTitle: blockedBy ?? undefined };
  const then = (action: () => void) => () => {
    close();
    action();
  };

  if (target.kind === 'group' && target.id) return <GroupMenu id={target.id} then={then} />;
  if (target.kind === 'note' && target.id) return <NoteMenu id={target.id} then={then} />;

  if (target.kind === 'background' || !target.id) {
    return (
      <Menu size="small" aria-label={t('chart')}>
        <MenuItem
          icon="add"
          text={t('newEntity')}
          {...writable}
          onClick={then(() => openDialog({ kind: 'newEntity' }))}
        />
        <ActionItem id="addNote" onClick={then(() => action('addNote').run())} />
        <ActionItem id="fit" onClick={then(() => action('fit').run())} />
        <MenuItem
          icon="export"
          text={t('takeOffline')}
          disabled={Object.keys(allOnChart).length === 0}
          onClick={then(() => openDialog({ kind: 'takeOffline', ids: Object.keys(allOnChart) }))}
        />
        <MenuDivider title={t('layout')} />
        {(Object.keys(LAYOUT_NAMES) as LayoutName[]).map((name) => (
          <ActionItem key={name} id={`layout.${name}`} onClick={then(() => action(`layout.${name}`).run())} />
        ))}
      </Menu>
    );
  }

  const id = target.id;
  const items =
    selection.entities.length + selection.links.length > 0 ? selection : { entities: [], links: [] };
  const many = items.entities.length + items.links.length > 1;
  if (target.kind === 'link') {
    return (
      <Menu size="small" aria-label={t('link')}>
        <MenuItem
          icon="eye-off"
          text={many ? t('hideSelected') : t('hide')}
          onClick={then(() => hideItems(items))}
        />
        <DeleteItems items={items} many={many} writable={writable} then={then} />
      </Menu>
    );
  }

  const seeds = selection.entities.includes(id) ? selection.entities : [id];
  const other = selection.entities.length === 2 ? selection.entities.find((e) => e !== id) : undefined;
  return (
    <Menu size="small" aria-label={t('entity')}>
      <MenuItem
        icon="graph"
        text={seeds.length > 1 ? t('expandMany', { count: seeds.length }) : t('expand')}
        onClick={then(() =>
          seeds.length > 1 ? openDialog({ kind: 'expand', ids: seeds }) : void expandOne(id),
        )}
      />
      <MenuItem
        icon="filter"
        text={t('expandFiltered')}
        onClick={then(() => openDialog({ kind: 'expand', ids: seeds }))}
      />
      <MenuItem
        icon="route"
        text={t('findPath')}
        onClick={then(() => openDialog({ kind: 'path', fromId: id, ...(other ? { toId: other } : {}) }))}
      />
      {seeds.length > 1 && (
        <>
          <ActionItem id="connectSelected" onClick={then(() => action('connectSelected').run())} />
          <ActionItem id="commonNeighbours" onClick={then(() => action('commonNeighbours').run())} />
        </>
      )}
      <MenuItem
        icon="export"
        text={t('takeOffline')}
        onClick={then(() => openDialog({ kind: 'takeOffline', ids: seeds }))}
      />
      <MenuItem
        icon="new-link"
        text={t('newLink')}
        {...writable}
        onClick={then(() =>
          openDialog({ kind: 'newLink', sourceId: id, ...(other ? { targetId: other } : {}) }),
        )}
      />
      <EntityChartItems id={id} seeds={seeds} then={then} />
      <UseAsSourceItem id={id} then={then} />
      <MenuDivider />
      <MenuItem
        icon="eye-off"
        text={many ? t('hideSelected') : t('hide')}
        onClick={then(() => hideItems(items))}
      />
      <DeleteItems items={items} many={many} writable={writable} then={then} />
    </Menu>
  );
}

interface DeleteItemsProps {
  items: ChartSelection;
  many: boolean;
  writable: { disabled: boolean; htmlTitle: string | undefined };
  then(action: () => void): () => void;
}

/** Delete takes items off the chart (as in i2); deleting from the case is the explicit, asked one. */
function DeleteItems({ items, many, writable, then }: DeleteItemsProps) {
  const { t } = useTranslation('chart', { keyPrefix: 'menu' });
  return (
    <>
      <MenuItem
        icon="remove"
        text={many ? t('deleteSelectedFromChart') : t('deleteFromChart')}
        label={DELETE_KEY}
        onClick={then(() => void deleteFromChart(items))}
      />
      <MenuItem
        icon="trash"
        intent="danger"
        text={many ? t('deleteSelectedFromCase') : t('deleteFromCase')}
        {...writable}
        onClick={then(() => requestDelete(items))}
      />
    </>
  );
}
