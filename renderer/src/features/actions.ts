import type { ChosenExpandRequest, Entity, ExpandResult } from '../../../graph-schema/model';
import type { ChartSelection } from '../chart/types';
import { i18n } from '../i18n';
import { formatNumber } from '../i18n/format';
import { useAppStore } from '../stores/app-store';
import { deleteItemsCommand, removeFromChartCommand } from '../stores/commands';
import { visibleContent } from '../stores/view-slice';
import { chartView } from './chart/chart-controller';

/** User actions reached from several places (menus, toolbar, keyboard, chart events). */

const store = () => useAppStore.getState();
const t = i18n.getFixedT(null, 'actions');

/** `what` is already translated: the toast reads "<what> failed: …" in the UI's language. */
export async function reporting(what: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    store().reportFailure(what, error);
  }
}

/** Below this many entities the whole chart is the context worth seeing; above it, the items. */
const WHOLE_CHART_FIT = 200;

/** Brings items just added or found into view without losing the rest of a small chart. */
export function revealOnChart(ids: string[]): void {
  const whole = Object.keys(store().chart.entities).length <= WHOLE_CHART_FIT;
  chartView.fit(whole ? undefined : ids);
}

/** Expands and brings the seeds with what they reached into view. */
export async function expand(request: ChosenExpandRequest): Promise<ExpandResult> {
  const result = await store().expandEntities(request);
  revealOnChart([...request.ids, ...result.entities.map((e) => e.id)]);
  return result;
}

export function expandOne(entityId: string): Promise<void> {
  return reporting(t('expand'), async () => {
    const request = { ids: [entityId], hops: 1 };
    // One read when it is no hub. A hub would flood the chart: the analyst sees what is
    // there and chooses what to add.
    const answer = await store().expandUnlessHub({ ...request, hubThreshold: store().hubThreshold });
    if (answer.kind === 'hub') {
      store().openDialog({ kind: 'hub', request, summary: answer.summary });
      return;
    }
    const result = answer.result;
    revealOnChart([...request.ids, ...result.entities.map((e) => e.id)]);
    const count = result.entities.length;
    if (count === 0 && result.omitted === 0) store().notify(t('noNeighbours'), 'none');
    else if (result.omitted > 0)
      store().notify(
        t('addedSome', { count, formatted: formatNumber(count), omitted: formatNumber(result.omitted) }),
        'primary',
      );
  });
}

/** Puts a search hit on the chart with its links to what is already there, selected. */
export function addToChart(entity: Entity): Promise<void> {
  return reporting(t('addToChart'), async () => {
    await store().showEntities([entity]);
    store().setSelection({ entities: [entity.id], links: [] });
    revealOnChart([entity.id]);
  });
}

/** Out of sight, still on the chart: "Show hidden items" or putting one on the chart again brings it back. */
export function hideItems(ids: ChartSelection): void {
  void store().hideOnChart(ids);
}

/**
 * Delete as in i2: off the chart, still in the case (and undoable). Not an edit of the case,
 * so a read-only store allows it, like Hide.
 */
export function deleteFromChart(ids: ChartSelection): Promise<void> {
  if (ids.entities.length + ids.links.length === 0) return Promise.resolve();
  return reporting(t('delete'), () => store().execute(removeFromChartCommand(ids, describeItems(ids))));
}

/** Deleting from the case is explicit: it asks first, naming what goes. */
export function requestDelete(ids: ChartSelection): void {
  if (ids.entities.length + ids.links.length === 0) return;
  store().openDialog({ kind: 'confirmDelete', ids });
}

/** 'Wang Wei', 'link “owns”' or '3 items': how confirmations and history name a set. */
export function describeItems(ids: ChartSelection): string {
  const { chart } = store();
  const count = ids.entities.length + ids.links.length;
  if (count > 1) return t('items', { count, formatted: formatNumber(count) });
  const entity = ids.entities[0] ? chart.entities[ids.entities[0]] : undefined;
  if (entity) return t('entity', { label: entity.label });
  const link = ids.links[0] ? chart.links[ids.links[0]] : undefined;
  return link ? t('link', { label: link.label }) : t('item');
}

/** `reason`: the analyst's why, entered in the case history beside each item deleted. */
export function deleteItems(ids: ChartSelection, reason?: string): Promise<void> {
  return reporting(t('delete'), () =>
    store().execute(deleteItemsCommand(ids, describeItems(ids), reason?.trim() || undefined)),
  );
}

export function undo(): Promise<void> {
  return store().undo();
}

export function redo(): Promise<void> {
  return store().redo();
}

export function closeMenusAndSelection(): void {
  const s = store();
  if (s.contextMenu) s.closeContextMenu();
  else if (s.path) s.clearPath();
  else s.setSelection({ entities: [], links: [] });
}

export function selectAll(): void {
  const state = store();
  const { entities, links } = visibleContent(state);
  state.setSelection({ entities: entities.map((e) => e.id), links: links.map((l) => l.id) });
}

/** The chart menu without a mouse: for the first selected item, in the middle of the chart. */
export function openMenuForSelection(): void {
  const { selection, openContextMenu } = store();
  const area = document.querySelector('.chart-area')?.getBoundingClientRect();
  if (!area) return;
  const entity = selection.entities[0];
  const link = selection.links[0];
  const target = entity
    ? { kind: 'entity' as const, id: entity }
    : link
      ? { kind: 'link' as const, id: link }
      : { kind: 'background' as const };
  openContextMenu({ x: area.left + area.width / 2, y: area.top + area.height / 2, target, selection });
}

/** Take offline starts from the selected entities, or from everything on the chart. */
export function takeOfflineIds(): string[] {
  const { selection, chart } = store();
  return selection.entities.length > 0 ? [...selection.entities] : Object.keys(chart.entities);
}
