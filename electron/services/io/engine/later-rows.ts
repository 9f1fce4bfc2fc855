import type { ImportGrading, SourcePlace } from '../../../../graph-schema/contract/io';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { prepareEntity, type PreparedEntity } from '../../../../graph-schema/model/validate';
import { FileEntities } from './file-entities';
import { isMatched, type KeyRefs } from './key-refs';
import { isBare } from './plan-records';

/**
 * A first row that held nothing but the type and the key as label ({type, label}), the common
 * case in link tables: nothing is kept for it, and a later row is compared field by field.
 */
export const BARE = '';

/** An entity's first row as the plan keeps it: BARE, or its input as JSON. */
export function firstRow(input: Record<string, unknown>, key: string, type: string): string {
  return isBare(input, key, type) ? BARE : JSON.stringify(input);
}

/** Whether a row says nothing its entity's first row did not (it is then passed over). */
export function sameAsFirst(
  first: string,
  input: Record<string, unknown>,
  key: string,
  type: string,
): boolean {
  return first === BARE ? isBare(input, key, type) : JSON.stringify(input) === first;
}

interface LaterRow {
  input: Record<string, unknown>;
  place: SourcePlace;
}

/**
 * What a file says of the entities this import creates beyond each one's first row: the later
 * rows that add to it, and, once its batch is handed out, the first row itself (unless BARE)
 * to merge them with. At the end of the file they become updates, or replace the entity in
 * the last batch.
 */
export class LaterRows {
  /** First rows of created entities that were not BARE, as JSON. */
  private readonly firsts = new Map<string, string>();
  private readonly rows = new Map<string, LaterRow[]>();

  /** The first row of a created entity (BARE when nothing was kept). */
  firstOf(key: string): string {
    return this.firsts.get(key) ?? BARE;
  }

  keepFirst(key: string, first: string): void {
    if (first !== BARE) this.firsts.set(key, first);
  }

  add(key: string, input: Record<string, unknown>, place: SourcePlace): void {
    const rows = this.rows.get(key);
    if (rows) rows.push({ input, place });
    else this.rows.set(key, [{ input, place }]);
  }

  delete(key: string): void {
    this.rows.delete(key);
  }

  /**
   * Later rows about a created entity, merged with its first row as FileEntities always has
   * (both facts kept): replaced in place when the entity is in the last batch, else an update.
   */
  merges(
    last: PreparedEntity[],
    refs: KeyRefs,
    schema: SchemaIndex,
    grading: ImportGrading,
  ): { id: string; patch: unknown }[] {
    const inLast = new Map(last.map((e, i) => [e.id, i]));
    const updates: { id: string; patch: unknown }[] = [];
    for (const [key, rows] of this.rows) {
      const ref = refs.get(key);
      if (ref === undefined || isMatched(ref) || rows.length === 0) continue;
      const id = refs.idOf(ref);
      const first = this.firstOf(key);
      const firstInput =
        first === BARE
          ? { type: refs.typeOf(ref), label: key }
          : (JSON.parse(first) as Record<string, unknown>);
      const entities = new FileEntities(schema, grading);
      entities.add(key, firstInput, prepareEntity(schema, firstInput), rows[0]?.place ?? { file: '' });
      const entity = entities.get(key);
      if (!entity) continue;
      const alone = JSON.stringify(entities.draftOf(entity, id));
      for (const row of rows) entities.add(key, row.input, prepareEntity(schema, row.input), row.place);
      const merged = entities.draftOf(entity, id);
      if (JSON.stringify(merged) === alone) continue;
      const at = inLast.get(id);
      if (at !== undefined) last[at] = merged;
      else {
        const { id: _id, type: _type, ...patch } = merged;
        updates.push({ id, patch });
      }
    }
    this.rows.clear();
    return updates;
  }
}
