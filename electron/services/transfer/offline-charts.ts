import type { SavedChart } from '../../../graph-schema/chart/saved-chart';
import type { Items } from '../../../graph-schema/model/queries';
import { readCaseMarking, writeCaseMarking } from '../store/case-marking';
import type { GraphStore } from '../store/graph-store';

/**
 * What a case taken offline carries besides the items: the source's protective marking, and
 * every saved chart whose entities and links all made it into the copy (a chart naming
 * something left behind would open with holes, so it stays behind). Charts are created anew
 * in the copy: new ids and the offline analyst as author, as publish does not merge charts.
 */
export async function copyChartsAndMarking(
  source: GraphStore,
  target: GraphStore,
  items: Items,
): Promise<number> {
  await writeCaseMarking(target, await readCaseMarking(source));
  const entities = new Set(items.entities.map((e) => e.id));
  const links = new Set(items.links.map((l) => l.id));
  let copied = 0;
  for (const summary of await source.charts.list()) {
    const chart = await source.charts.get(summary.id);
    if (!within(chart, entities, links)) continue;
    const {
      id: _id,
      version: _v,
      createdAt: _ca,
      createdBy: _cb,
      updatedAt: _ua,
      updatedBy: _ub,
      ...body
    } = chart;
    await target.charts.create(body);
    copied += 1;
  }
  return copied;
}

function within(chart: SavedChart, entities: ReadonlySet<string>, links: ReadonlySet<string>): boolean {
  return (
    chart.entities.every((n) => entities.has(n.id)) &&
    chart.links.every((id) => links.has(id)) &&
    chart.hidden.entities.every((id) => entities.has(id)) &&
    chart.hidden.links.every((id) => links.has(id)) &&
    chart.groups.every((g) => g.members.every((id) => entities.has(id))) &&
    chart.annotations.every((a) => a.attachedTo === null || entities.has(a.attachedTo))
  );
}
