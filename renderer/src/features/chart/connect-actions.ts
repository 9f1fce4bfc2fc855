import type { AnalysisOptionsInput } from '../../../../graph-schema/analysis/options';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { reporting, revealOnChart } from '../actions';

/** Connect selected and Common neighbours: on the entities chosen, with the links the filters let count. */

const store = () => useAppStore.getState();
const t = i18n.getFixedT(null, 'paths', 'actions');

/** i2's "find connecting network": the shortest paths between every pair, put on the chart and selected. */
export function connectEntities(
  ids: string[],
  maxHops: number,
  filters: AnalysisOptionsInput,
): Promise<void> {
  return reporting(i18n.t('paths:connectDialog.connectTitle'), async () => {
    const result = await store().connectEntities({ ids, maxHops, filters });
    if (!result) return;
    const entityIds = result.entities.map((e) => e.id);
    store().setSelection({ entities: entityIds, links: result.links.map((l) => l.id) });
    revealOnChart(entityIds);
    const joined = entityIds.filter((id) => !ids.includes(id)).length;
    const unjoined = result.pairs.filter((p) => p.length === null).length;
    const message = [
      t('connected', { count: joined, formatted: formatNumber(joined) }),
      unjoined > 0 ? t('unjoined', { pairs: formatNumber(unjoined), hops: maxHops }) : '',
    ];
    store().notify(message.filter(Boolean).join(' '), unjoined > 0 ? 'primary' : 'none');
  });
}

/** The entities linked to at least `minShared` of the chosen ones, put on the chart with those links and selected. */
export function commonNeighboursOf(
  ids: string[],
  minShared: number,
  filters: AnalysisOptionsInput,
): Promise<void> {
  return reporting(i18n.t('paths:connectDialog.commonTitle'), async () => {
    const result = await store().showCommonNeighbours({ ids, minShared, filters });
    if (!result) return;
    const found = result.neighbours.map((n) => n.id);
    if (found.length === 0) {
      store().notify(minShared < ids.length ? t('noneShared', { count: minShared }) : t('noCommon'), 'none');
      return;
    }
    store().setSelection({ entities: found, links: result.links.map((l) => l.id) });
    revealOnChart([...ids, ...found]);
    store().notify(t('commonFound', { count: found.length, formatted: formatNumber(found.length) }), 'none');
  });
}
