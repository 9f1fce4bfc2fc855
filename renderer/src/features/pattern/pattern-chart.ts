import { useAppStore } from '../../stores/app-store';
import { guarded, usePattern } from '../../stores/pattern-store';
import { revealOnChart } from '../actions';

/** The picked rows (or every row) on the chart: their entities, the entities on their paths, and links among them. */
export async function addRowsToChart(): Promise<void> {
  const { result, picked } = usePattern.getState();
  if (!result) return;
  const rows = picked.length > 0 ? picked.flatMap((r) => result.rows[r] ?? []) : result.rows;
  const links = new Map(result.links.map((l) => [l.id, l]));
  const ids = new Set(rows.flatMap((row) => row.entities));
  for (const row of rows)
    for (const id of row.links.flat()) {
      const link = links.get(id);
      if (link) ids.add(link.source).add(link.target);
    }
  const entities = result.entities.filter((e) => ids.has(e.id));
  const app = useAppStore.getState();
  if (!(await app.confirmAdding({ entities }))) return;
  await guarded(async () => {
    await app.showEntities(entities);
    app.setSelection({ entities: [...ids], links: [] });
    revealOnChart([...ids]);
  });
}
