import { randomUUID } from 'node:crypto';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { type Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import {
  patchEntity,
  patchLink,
  prepareLink,
  prepareLinkExceptEnds,
  type PreparedBatch,
} from '../../../../graph-schema/model/validate';
import {
  checkUnchanged,
  endIds,
  nextStamp,
  inBatch,
  newLinks,
  parseRecord,
  type Audit,
} from '../write-checks';
import { checkLinkType } from './names';
import { Rows } from './rows';
import type { Run } from './session';
import { dropEvidence, restoreItemEvidence } from './sources';
import { withEvidence } from '../source-checks';
import type { ItemEvidence, RemovedItems } from '../../../../graph-schema/model/sources';
import type { ServerJournal } from './journal';

/**
 * Validated writes, each given the `run` of one write transaction: a throw rolls it all back.
 * The same rules and messages as the case file (graph-schema/model/validate). New links' ends
 * are checked by the server as it writes them; other link writes read the ends' types first,
 * in the same transaction.
 */

function notFound(kind: 'entity' | 'link', id: string): PlexusError {
  return new PlexusError('NOT_FOUND', `no ${kind} with id ${id}`, [
    { field: 'id', message: `id: ${id} not found` },
  ]);
}

/** Link types are checked before the transaction opens, so an unknown one sends no query. */
export function checkLinkInputs(index: SchemaIndex, inputs: readonly unknown[]): void {
  inputs.forEach((input, i) =>
    inBatch('links', i, inputs.length, () => {
      const type =
        typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
      if (typeof type === 'string' && type !== '') checkLinkType(index, type);
    }),
  );
}

function stamp(audit: Audit): Pick<Link, 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'> {
  return { createdAt: audit.now, createdBy: audit.actor, updatedAt: audit.now, updatedBy: audit.actor };
}

/** New links checked but for their ends, and stamped; undefined when any input fails. */
function draftLinks(index: SchemaIndex, inputs: readonly unknown[], audit: Audit): Link[] | undefined {
  const out: Link[] = [];
  const stamps = stamp(audit);
  for (const input of inputs) {
    let draft;
    try {
      draft = prepareLinkExceptEnds(index, input);
    } catch {
      return undefined;
    }
    const { id, ...rest } = draft;
    out.push({ id: id ?? randomUUID(), ...rest, ...stamps });
  }
  return out;
}

async function recordLinks(rows: Rows, index: SchemaIndex, raws: readonly unknown[]): Promise<Link[]> {
  const records = raws.map((raw, i) => inBatch('links', i, raws.length, () => parseRecord(Link, raw)));
  const types = await rows.entityTypes(records.flatMap((l) => [l.source, l.target]));
  return records.map((record, i) =>
    inBatch('links', i, records.length, () => {
      const { createdAt, createdBy, updatedAt, updatedBy, id: _id, ...editable } = record;
      const draft = prepareLink(index, editable, (e) => types.get(e));
      return { id: record.id, ...draft, createdAt, createdBy, updatedAt, updatedBy };
    }),
  );
}

export class Writes {
  private readonly rows: Rows;

  /** `journal`: the history of the write's transaction, entered item by item as written. */
  constructor(
    private readonly run: Run,
    private readonly index: SchemaIndex,
    private readonly journal?: ServerJournal,
  ) {
    this.rows = new Rows(run, index);
  }

  async createEntities(entities: readonly Entity[]): Promise<Entity[]> {
    await this.rows.createEntities(entities);
    return this.entered('entity', entities);
  }

  /** New items entered in the history as added; answers them. */
  private entered<T extends Entity | Link>(kind: 'entity' | 'link', items: readonly T[]): T[] {
    if (this.journal) for (const item of items) this.journal.added(kind, item);
    return [...items];
  }

  /**
   * No look-up of the ends' types first: the server writes each link only where its ends are
   * stored and of types the schema allows (Rows.createCheckedLinks). Any refusal, here or by
   * the server, is then named by the full check (newLinks with the ends' types read in this
   * transaction), so its message is prepareLink's, for the first bad link, as always.
   */
  async createLinks(inputs: readonly unknown[], audit: Audit): Promise<Link[]> {
    const links = draftLinks(this.index, inputs, audit);
    if (!links) return this.entered('link', await this.createLinksLookingUp(inputs, audit));
    const refused = await this.rows.createCheckedLinks(links);
    if (refused.length > 0) {
      await this.checkLinks(inputs, audit);
      // Allowed after all: an end whose node lacks its type's label (another tool wrote it),
      // which the full check knows by its stored type.
      await this.rows.createLinks(refused);
    }
    return this.entered('link', links);
  }

  private async createLinksLookingUp(inputs: readonly unknown[], audit: Audit): Promise<Link[]> {
    const links = await this.checkLinks(inputs, audit);
    await this.rows.createLinks(links);
    return links;
  }

  /** Links checked in full, their ends' types read in this transaction; throws for a bad one. */
  private async checkLinks(inputs: readonly unknown[], audit: Audit): Promise<Link[]> {
    const types = await this.rows.entityTypes(endIds(inputs));
    return newLinks(this.index, inputs, (e) => types.get(e), audit);
  }

  /**
   * An import's batch, checked by the engine already (GraphStore.createPreparedStream): only
   * stamped here. Ids taken are refused as for a create; a link whose end is nowhere too.
   */
  async createPrepared(batch: PreparedBatch, audit: Audit): Promise<{ entities: number; links: number }> {
    const stamps = stamp(audit);
    await this.createEntities(batch.entities.map((draft): Entity => ({ ...draft, ...stamps })));
    const links = batch.links.map((draft): Link => ({ ...draft, ...stamps }));
    const written = new Set((await this.rows.createLinks(links)).map((l) => l.id));
    const lost = links.find((l) => !written.has(l.id));
    if (lost) {
      const known = await this.rows.entityTypes([lost.source, lost.target]);
      const field = known.has(lost.source) ? 'target' : 'source';
      throw new PlexusError('VALIDATION', `link ${lost.id}: ${field}: no entity with id ${lost[field]}`, [
        { field, rule: 'exists', message: `${field}: no entity with id ${lost[field]}` },
      ]);
    }
    this.entered('link', links);
    for (const { id, patch } of batch.updates ?? []) await this.updateEntity(id, patch, audit);
    return { entities: batch.entities.length, links: links.length };
  }

  /**
   * The node is locked before it is read, so a second client's update waits for this one and
   * then sees its new version: the check and the write cannot interleave.
   */
  async updateEntity(id: string, patch: unknown, audit: Audit, expectedUpdatedAt?: string): Promise<Entity> {
    await this.rows.lockEntity(id);
    const [found] = await this.rows.entities([id]);
    if (!found) throw notFound('entity', id);
    checkUnchanged('entity', found, expectedUpdatedAt);
    const { id: _id, ...draft } = patchEntity(this.index, found, patch);
    const entity: Entity = {
      id,
      ...draft,
      createdAt: found.createdAt,
      createdBy: found.createdBy,
      updatedAt: nextStamp(found.updatedAt, audit.now),
      updatedBy: audit.actor,
    };
    await this.rows.replaceEntity(entity);
    this.journal?.changed('entity', found, entity);
    return entity;
  }

  async updateLink(id: string, patch: unknown, audit: Audit, expectedUpdatedAt?: string): Promise<Link> {
    const [seen] = await this.rows.links([id]);
    if (!seen) throw notFound('link', id);
    // Its type names the index that finds it; locked, then read again as it is now.
    await this.rows.lockLink(seen);
    const [found] = await this.rows.links([id]);
    if (!found) throw notFound('link', id);
    checkUnchanged('link', found, expectedUpdatedAt);
    const types = await this.rows.entityTypes([found.source, found.target]);
    const { id: _id, ...draft } = patchLink(this.index, found, patch, (e) => types.get(e));
    const link: Link = {
      id,
      ...draft,
      createdAt: found.createdAt,
      createdBy: found.createdBy,
      updatedAt: nextStamp(found.updatedAt, audit.now),
      updatedBy: audit.actor,
    };
    await this.rows.replaceLink(link);
    this.journal?.changed('link', found, link);
    return link;
  }

  async deleteEntities(ids: readonly string[]): Promise<RemovedItems> {
    const entities = await this.rows.entities(ids);
    const links = await this.rows.linksTouching(entities.map((e) => e.id));
    await this.rows.deleteEntities(entities.map((e) => e.id));
    await this.rows.forgetLinkIds(links.map((l) => l.id));
    // As the case file enters them: the links that went with the entities first.
    for (const link of links) this.journal?.removed('link', link);
    for (const entity of entities) this.journal?.removed('entity', entity);
    const ofEntities = await dropEvidence(this.run, 'entity', entities, this.journal);
    const ofLinks = await dropEvidence(this.run, 'link', links, this.journal);
    return withEvidence(
      { entities, links },
      {
        citations: [...ofEntities.citations, ...ofLinks.citations],
        gradeSet: [...ofEntities.gradeSet, ...ofLinks.gradeSet],
      },
    );
  }

  async deleteLinks(ids: readonly string[]): Promise<RemovedItems> {
    const links = await this.rows.links(ids);
    await this.rows.deleteLinks(links);
    for (const link of links) this.journal?.removed('link', link);
    return withEvidence({ entities: [], links }, await dropEvidence(this.run, 'link', links, this.journal));
  }

  /** Entities first, so the links' ends are there to be checked in the same transaction. */
  async restore(
    entities: readonly Entity[],
    rawLinks: readonly unknown[],
    evidence?: ItemEvidence,
  ): Promise<{ entities: number; links: number }> {
    await this.createEntities(entities);
    const links = await recordLinks(this.rows, this.index, rawLinks);
    this.entered('link', await this.rows.createLinks(links));
    if (evidence) await restoreItemEvidence(this.run, evidence, this.journal);
    return { entities: entities.length, links: links.length };
  }

  /**
   * Inserts or replaces by id. Entities merge in place (their links stay); a link is
   * replaced whole by deleting the stored one first, since its type or ends may differ.
   */
  async put(
    entities: readonly Entity[],
    rawLinks: readonly unknown[],
  ): Promise<{ created: number; updated: number }> {
    const storedTypes = await this.rows.entityTypes(entities.map((e) => e.id));
    // The history enters what a replace changed, so it needs the records as they were.
    const before = this.journal ? await this.rows.entities([...storedTypes.keys()]) : [];
    await this.rows.mergeEntities(entities, storedTypes);
    const links = await recordLinks(this.rows, this.index, rawLinks);
    const linkIds = links.map((l) => l.id);
    const storedLinks = await this.rows.links(linkIds);
    await this.rows.deleteLinks(storedLinks);
    const written = await this.rows.createLinks(links);
    this.enterPut('entity', before, entities);
    this.enterPut('link', storedLinks, written);
    const updated = storedTypes.size + storedLinks.length;
    const created = new Set(entities.map((e) => e.id)).size + links.length - updated;
    return { created, updated };
  }

  /** A put's items: changed where one was stored under the id, added otherwise. */
  private enterPut<T extends Entity | Link>(
    kind: 'entity' | 'link',
    stored: readonly T[],
    put: readonly T[],
  ) {
    if (!this.journal) return;
    const now = new Map(stored.map((item) => [item.id, item]));
    for (const item of put) {
      const was = now.get(item.id);
      if (was) this.journal.changed(kind, was, item);
      else this.journal.added(kind, item);
      now.set(item.id, item);
    }
  }
}
