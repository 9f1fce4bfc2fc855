import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { reporting, revealOnChart } from '../actions';

/** Connect selected and Common neighbours: on the selected entities, with every link counted. */

const store = () => useAppStore.getState();
const t = i18n.getFixedT(null, 'paths', 'actions');

/** Hops a pair of the selection may be apart and still be joined (the contract's default). */
const CONNECT_HOPS = 4;

/** i2's "find connecting network": the shortest paths between every pair, put on the chart and selected. */
export function connectSelected(): Promise<void> {
  const ids = store().selection.entities;
  return reporting(t('connect'), async () => {
    const result = await store().connectEntities({ ids, maxHops: CONNECT_HOPS });
    const entityIds = result.entities.map((e) => e.id);
    store().setSelection({ entities: entityIds, links: result.links.map((l) => l.id) });
    revealOnChart(entityIds);
    const joined = entityIds.filter((id) => !ids.includes(id)).length;
    const unjoined = result.pairs.filter((p) => p.length === null).length;
    const message = [
      t('connected', { count: joined, formatted: formatNumber(joined) }),
      unjoined > 0 ? t('unjoined', { pairs: formatNumber(unjoined), hops: CONNECT_HOPS }) : '',
    ];
    store().notify(message.filter(Boolean).join(' '), unjoined > 0 ? 'primary' : 'none');
  });
}

/** The entities linked to every selected one, put on the chart with those links and selected. */
export function commonNeighboursOfSelected(): Promise<void> {
  const ids = store().selection.entities;
  return reporting(t('common'), async () => {
    const result = await store().showCommonNeighbours({ ids });
    const found = result.neighbours.map((n) => n.id);
    if (found.length === 0) {
      store().notify(t('noCommon'), 'none');
      return;
    }
    store().setSelection({ entities: found, links: result.links.map((l) => l.id) });
    revealOnChart([...ids, ...found]);
    store().notify(t('commonFound', { count: found.length, formatted: formatNumber(found.length) }), 'none');
  });
}
