import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { conflict } from '../write-checks';
import * as cypher from './cypher';
import { checkEntityType, checkLinkType } from './names';
import { entityFromProperties, entityProperties, linkFromRow, linkProperties } from './records';
import type { Run } from './session';

/** Row-level reads and writes inside one transaction, in UNWIND batches. No validation here. */

export const BATCH = 5000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const group = out.get(key(item));
    if (group) group.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** Keeps the order asked, each id once, unknown ids left out. */
function inOrder<T extends { id: string }>(ids: readonly string[], found: readonly T[]): T[] {
  const byId = new Map(found.map((item) => [item.id, item]));
  return [...new Set(ids)].flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}

export class Rows {
  private readonly linksById: string;

  constructor(
    private readonly run: Run,
    private readonly index: SchemaIndex,
  ) {
    this.linksById = cypher.linksById(...index.schema.linkTypes.map((t) => checkLinkType(index, t.name)));
  }

  async entities(ids: readonly string[]): Promise<Entity[]> {
    const found: Entity[] = [];
    for (const part of chunks([...new Set(ids)], BATCH)) {
      for (const row of await this.run(cypher.ENTITIES_BY_ID, { ids: part }))
        found.push(entityFromProperties(row.entity));
    }
    return inOrder(ids, found);
  }

  async links(ids: readonly string[]): Promise<Link[]> {
    const found: Link[] = [];
    for (const part of chunks([...new Set(ids)], BATCH)) {
      for (const row of await this.run(this.linksById, { ids: part })) found.push(linkFromRow(row));
    }
    return inOrder(ids, found);
  }

  async entityTypes(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], BATCH)) {
      for (const row of await this.run(cypher.ENTITY_TYPES_BY_ID, { ids: part })) {
        if (typeof row.id === 'string' && typeof row.type === 'string') out.set(row.id, row.type);
      }
    }
    return out;
  }

  async linksTouching(ids: readonly string[]): Promise<Link[]> {
    const out = new Map<string, Link>();
    for (const part of chunks([...new Set(ids)], BATCH)) {
      for (const row of await this.run(cypher.LINKS_TOUCHING, { ids: part })) {
        const link = linkFromRow(row);
        out.set(link.id, link);
      }
    }
    return [...out.values()];
  }

  /** CONFLICT for an id given twice in the batch or stored already. */
  async refuseExisting(kind: 'entity' | 'link', ids: readonly string[]): Promise<void> {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw conflict(kind, id);
      seen.add(id);
    }
    const stored =
      kind === 'entity'
        ? await this.entityTypes(ids)
        : new Map((await this.links(ids)).map((l) => [l.id, l.type]));
    const clash = ids.find((id) => stored.has(id));
    if (clash !== undefined) throw conflict(kind, clash);
  }

  async createEntities(entities: readonly Entity[]): Promise<void> {
    for (const [type, group] of groupBy(entities, (e) => e.type)) {
      const statement = cypher.createEntities(checkEntityType(this.index, type));
      for (const part of chunks(group, BATCH)) {
        await this.run(statement, { rows: part.map((e) => entityProperties(e, this.index)) });
      }
    }
  }

  /** Inserts or replaces by id; an entity whose type changed loses its old type label first. */
  async mergeEntities(entities: readonly Entity[], storedTypes: ReadonlyMap<string, string>): Promise<void> {
    const retyped = entities.filter((e) => {
      const before = storedTypes.get(e.id);
      return before !== undefined && before !== e.type;
    });
    for (const [type, group] of groupBy(retyped, (e) => storedTypes.get(e.id) ?? e.type)) {
      await this.run(cypher.removeEntityLabel(checkEntityType(this.index, type)), {
        ids: group.map((e) => e.id),
      });
    }
    for (const [type, group] of groupBy(entities, (e) => e.type)) {
      const statement = cypher.mergeEntities(checkEntityType(this.index, type));
      for (const part of chunks(group, BATCH)) {
        await this.run(statement, { rows: part.map((e) => entityProperties(e, this.index)) });
      }
    }
  }

  /** Takes the node's write lock for the rest of the transaction, changing nothing. */
  async lockEntity(id: string): Promise<void> {
    await this.run(cypher.LOCK_ENTITY, { id });
  }

  async lockLink(link: Link): Promise<void> {
    await this.run(cypher.lockLink(checkLinkType(this.index, link.type)), { id: link.id });
  }

  async replaceEntity(entity: Entity): Promise<void> {
    await this.run(cypher.REPLACE_ENTITY, { id: entity.id, props: entityProperties(entity, this.index) });
  }

  async deleteEntities(ids: readonly string[]): Promise<void> {
    for (const part of chunks(ids, BATCH)) await this.run(cypher.DELETE_ENTITIES, { ids: part });
  }

  async createLinks(links: readonly Link[]): Promise<void> {
    for (const [type, group] of groupBy(links, (l) => l.type)) {
      const statement = cypher.createLinks(checkLinkType(this.index, type));
      for (const part of chunks(group, BATCH)) {
        const rows = part.map((l) => ({ source: l.source, target: l.target, props: linkProperties(l) }));
        await this.run(statement, { rows });
      }
    }
  }

  async replaceLink(link: Link): Promise<void> {
    const statement = cypher.replaceLink(checkLinkType(this.index, link.type));
    await this.run(statement, { id: link.id, props: linkProperties(link) });
  }

  /** Links as read from the store: their types say which index finds them. */
  async deleteLinks(links: readonly Link[]): Promise<void> {
    for (const [type, group] of groupBy(links, (l) => l.type)) {
      const statement = cypher.deleteLinks(checkLinkType(this.index, type));
      for (const part of chunks(group, BATCH)) await this.run(statement, { ids: part.map((l) => l.id) });
    }
  }
}
