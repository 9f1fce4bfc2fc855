import type { Items } from '../../../../graph-schema/model/queries';
import { validationError } from '../../../../graph-schema/model/errors';
import { Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { prepareEntity, prepareLink } from '../../../../graph-schema/model/validate';
import type { Rows } from './entity-rows';
import { endIds, inBatch, parseRecord } from '../write-checks';

/**
 * Insert-or-replace of complete records by id (publish merges a case file into a store this
 * way). Checked like restore; audit fields kept as given. The caller runs it in one
 * transaction, so a refused record leaves nothing written.
 *
 * What an id names does not change on replace: an entity keeps its type (links already
 * checked against it would otherwise go stale) and a link keeps its type and ends, the same
 * fields a patch may not touch.
 */
export function putItems(rows: Rows, index: SchemaIndex, items: Items): { created: number; updated: number } {
  const entities = items.entities.map((raw, i) =>
    inBatch('entities', i, items.entities.length, () => {
      const record = parseRecord(Entity, raw);
      const { createdAt, createdBy, updatedAt, updatedBy, id: _id, ...editable } = record;
      const draft = prepareEntity(index, editable);
      return { id: record.id, ...draft, createdAt, createdBy, updatedAt, updatedBy } satisfies Entity;
    }),
  );
  refuseTwice('entities', entities);
  const storedEntities = rows.refsOf(entities.map((e) => e.id));
  const freshEntities: Entity[] = [];
  const replacedEntities: [number, Entity][] = [];
  entities.forEach((entity, i) => {
    const stored = storedEntities.get(entity.id);
    if (!stored) freshEntities.push(entity);
    else if (stored.type !== entity.type)
      throw fixed(
        'entities',
        i,
        entities.length,
        'type',
        `an entity's type cannot change (stored as ${stored.type})`,
      );
    else replacedEntities.push([stored.rid, entity]);
  });
  rows.insertEntities(freshEntities);
  for (const [rid, entity] of replacedEntities) rows.replaceEntity(rid, entity);

  // Entities are written first, so a link may end at an entity of the same call.
  const refs = rows.refsOf(endIds(items.links));
  const links = items.links.map((raw, i) =>
    inBatch('links', i, items.links.length, () => {
      const record = parseRecord(Link, raw);
      const { createdAt, createdBy, updatedAt, updatedBy, id: _id, ...editable } = record;
      const draft = prepareLink(index, editable, (e) => refs.get(e)?.type);
      return { id: record.id, ...draft, createdAt, createdBy, updatedAt, updatedBy } satisfies Link;
    }),
  );
  refuseTwice('links', links);
  const storedLinks = rows.linkRowsOf(links.map((l) => l.id));
  const freshLinks: (readonly [Link, number, number])[] = [];
  const replacedLinks: [number, Link][] = [];
  links.forEach((link, i) => {
    // prepareLink has checked both ends exist, so the refs are there.
    const source = refs.get(link.source)?.rid ?? -1;
    const target = refs.get(link.target)?.rid ?? -1;
    const stored = storedLinks.get(link.id);
    if (!stored) freshLinks.push([link, source, target]);
    else if (stored.type !== link.type)
      throw fixed('links', i, links.length, 'type', `a link's type cannot change (stored as ${stored.type})`);
    else if (stored.source !== source || stored.target !== target)
      throw fixed('links', i, links.length, 'source', "a link's ends cannot change");
    else replacedLinks.push([stored.rid, link]);
  });
  rows.insertLinks(freshLinks);
  for (const [rid, link] of replacedLinks) rows.replaceLink(rid, link);

  return {
    created: freshEntities.length + freshLinks.length,
    updated: replacedEntities.length + replacedLinks.length,
  };
}

/** One call cannot say two things about the same id: which one should win is not ours to guess. */
function refuseTwice(what: string, records: readonly { id: string }[]): void {
  const seen = new Set<string>();
  records.forEach(({ id }, i) => {
    if (seen.has(id)) throw fixed(what, i, records.length, 'id', `id ${id} is given twice`);
    seen.add(id);
  });
}

/** A VALIDATION error naming the field, and the item when the batch holds more than one. */
function fixed(what: string, index: number, size: number, field: string, message: string): unknown {
  try {
    return inBatch(what, index, size, () => {
      throw validationError([
        { field, rule: field === 'id' ? 'unique' : 'immutable', message: `${field}: ${message}` },
      ]);
    });
  } catch (error) {
    return error;
  }
}
