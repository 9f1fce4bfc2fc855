import type { Entity, Link, PropValue } from '../../../../../graph-schema/model/records';
import type { GraphStore } from '../../../store/graph-store';

/**
 * The columns of an entity/link table pair: every field of the record, aliases joined with
 * "; ", and one `props.<name>` column per property name found in the case (a first pass).
 */

export const SCAN_BATCH = 5_000;
const GRADING = [
  'notes',
  'validFrom',
  'validTo',
  'confidence',
  'reliability',
  'credibility',
  'classification',
];
const AUDIT = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy'];
export const ENTITY_FIELDS = ['id', 'type', 'label', 'aliases', ...GRADING, ...AUDIT] as const;
export const LINK_FIELDS = ['id', 'type', 'source', 'target', 'label', ...GRADING, ...AUDIT] as const;
export const ALIAS_JOIN = '; ';

export type Cell = string | number | boolean;

export interface TableLayout<T> {
  header: string[];
  cells(item: T): Cell[];
}

async function propNames(batches: AsyncIterable<(Entity | Link)[]>): Promise<string[]> {
  const names = new Set<string>();
  for await (const batch of batches)
    for (const item of batch) for (const n of Object.keys(item.props)) names.add(n);
  return [...names].sort();
}

function layout<T extends Entity | Link>(fields: readonly string[], props: string[]): TableLayout<T> {
  return {
    header: [...fields, ...props.map((p) => `props.${p}`)],
    cells(item: T): Cell[] {
      const record = item as unknown as Record<string, unknown>;
      const base = fields.map((f): Cell => {
        const value = record[f];
        if (Array.isArray(value)) return value.join(ALIAS_JOIN);
        return value === null || value === undefined ? '' : (value as Cell);
      });
      return [...base, ...props.map((p): Cell => (item.props[p] ?? '') satisfies PropValue | '')];
    },
  };
}

export async function entityLayout(store: GraphStore): Promise<TableLayout<Entity>> {
  return layout<Entity>(ENTITY_FIELDS, await propNames(store.scanEntities(SCAN_BATCH)));
}

export async function linkLayout(store: GraphStore): Promise<TableLayout<Link>> {
  return layout<Link>(LINK_FIELDS, await propNames(store.scanLinks(SCAN_BATCH)));
}

/** The file names of a pair: `case.csv` -> `case-entities.csv` and `case-links.csv`. */
export function pairPaths(path: string, extension: string): { entities: string; links: string } {
  const stem = path.toLowerCase().endsWith(`.${extension}`) ? path.slice(0, -(extension.length + 1)) : path;
  return { entities: `${stem}-entities.${extension}`, links: `${stem}-links.${extension}` };
}
