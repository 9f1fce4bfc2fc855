import { PlexusError } from '../../../../graph-schema/model/errors';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { conflict } from '../write-checks';
import * as cypher from './cypher';
import { checkEntityType, checkLinkType } from './names';
import { entityFromProperties, entityProperties, entityRow, linkFromRow, linkProperties } from './records';
import type { Run } from './session';
import type { Row } from './values';

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

function refuseTwice(kind: 'entity' | 'link', ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw conflict(kind, id);
    seen.add(id);
  }
}

/**
 * The server's refusal of a taken id (the id constraints: PlexusEntity and each entity type
 * label for entities, PlexusLinkId for links) as the CONFLICT a look-up would give. Its
 * message names the label and the id: "Node(7) already exists with label `PlexusLinkId` and
 * property `id` = 'l1'".
 */
function takenId(error: unknown): PlexusError | undefined {
  if ((error as { code?: unknown }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed')
    return undefined;
  const message = error instanceof Error ? error.message : '';
  const found = /with label `(\w+)` and property `id` = '(.*)'/.exec(message);
  if (!found) return undefined;
  return conflict(found[1] === cypher.LINK_ID_LABEL ? 'link' : 'entity', found[2] ?? '');
}

/** The statements built from the schema's link types, once per schema. */
interface LinkStatements {
  linksById: string;
  createChecked: Map<string, string>;
}

const bySchema = new WeakMap<SchemaIndex, LinkStatements>();

function linkStatements(index: SchemaIndex): LinkStatements {
  const known = bySchema.get(index);
  if (known) return known;
  const linkTypes = index.schema.linkTypes.filter((t) => checkLinkType(index, t.name));
  const made = {
    linksById: cypher.linksById(...linkTypes.map((t) => t.name)),
    createChecked: new Map(linkTypes.map((t) => [t.name, cypher.createCheckedLinks(t)])),
  };
  bySchema.set(index, made);
  return made;
}

export class Rows {
  private readonly statements: LinkStatements;

  constructor(
    private readonly run: Run,
    private readonly index: SchemaIndex,
  ) {
    this.statements = linkStatements(index);
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
      for (const row of await this.run(this.statements.linksById, { ids: part }))
        found.push(linkFromRow(row));
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

  /**
   * CONFLICT for an id given twice in the batch; one already stored is refused by the server
   * as the entity is written (the id constraints), so no look-up goes first.
   */
  async createEntities(entities: readonly Entity[]): Promise<void> {
    refuseTwice(
      'entity',
      entities.map((e) => e.id),
    );
    for (const [type, group] of groupBy(entities, (e) => e.type)) {
      const statement = cypher.createEntities(checkEntityType(this.index, type));
      for (const part of chunks(group, BATCH)) {
        await this.write(statement, { rows: part.map((e) => entityRow(e, this.index)) });
      }
    }
  }

  /** Runs a write whose taken ids the server refuses, as CONFLICT naming the id. */
  private write(statement: string, parameters: Record<string, unknown>): Promise<Row[]> {
    return this.run(statement, parameters).catch((error: unknown) => {
      throw takenId(error) ?? error;
    });
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

  /**
   * CONFLICT for an id given twice in the batch; one already stored is refused by the server
   * as the link is written (cypher.CREATE_LINK_ID_CONSTRAINT). Answers the links whose two
   * ends were found (the others wrote nothing).
   */
  async createLinks(links: readonly Link[]): Promise<Link[]> {
    refuseTwice(
      'link',
      links.map((l) => l.id),
    );
    const written: Link[] = [];
    for (const [type, group] of groupBy(links, (l) => l.type)) {
      const statement = cypher.createLinks(checkLinkType(this.index, type));
      for (const part of chunks(group, BATCH)) {
        const rows = part.map((l) => ({ source: l.source, target: l.target, props: linkProperties(l) }));
        const [result] = await this.write(statement, { rows });
        if (Number(result?.created) === part.length) written.push(...part);
        else written.push(...(await this.withEnds(part)));
      }
    }
    return written;
  }

  /**
   * New links, each written only where both ends are stored and the schema allows the link
   * between their types (the server checks as it writes). Answers the links refused for their
   * ends, which wrote nothing; the caller names the fault. Ids as in createLinks. A batch's
   * statements (one per link type) are sent together, not each after the last one's answer.
   */
  async createCheckedLinks(links: readonly Link[]): Promise<Link[]> {
    refuseTwice(
      'link',
      links.map((l) => l.id),
    );
    const writes: Promise<Row[]>[] = [];
    for (const [type, group] of groupBy(links, (l) => l.type)) {
      const statement = this.statements.createChecked.get(checkLinkType(this.index, type));
      if (!statement) throw new PlexusError('INTERNAL', `no statement for link type ${type}`);
      for (const part of chunks(group, BATCH)) {
        const rows = part.map((l) => ({ source: l.source, target: l.target, props: linkProperties(l) }));
        writes.push(this.write(statement, { rows }));
      }
    }
    const refused = new Set<string>();
    for (const [answer] of await Promise.all(writes)) {
      const ids = answer?.refused;
      if (!Array.isArray(ids))
        throw new PlexusError('INTERNAL', 'the server did not say which links it wrote');
      for (const id of ids) refused.add(String(id));
    }
    return refused.size === 0 ? [] : links.filter((l) => refused.has(l.id));
  }

  /** The links of `part` whose two ends are stored. */
  private async withEnds(part: readonly Link[]): Promise<Link[]> {
    const types = await this.entityTypes(part.flatMap((l) => [l.source, l.target]));
    return part.filter((l) => types.has(l.source) && types.has(l.target));
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
    await this.forgetLinkIds(links.map((l) => l.id));
  }

  /** Frees the ids of links deleted (also by deleting an entity, which takes its links along). */
  async forgetLinkIds(ids: readonly string[]): Promise<void> {
    for (const part of chunks(ids, BATCH)) await this.run(cypher.FORGET_LINK_IDS, { ids: part });
  }
}
