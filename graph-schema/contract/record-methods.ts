import { z } from 'zod';
import { Entity, EntityInput, EntityPatch, Id, Link, LinkInput, LinkPatch } from '../model/records';
import { RemovedItems } from '../model/sources';
import { WriteReason } from './history';
import { graph, Ids, type MethodSpec } from './method-spec';

/** Entities and links of the open case: read by id, created, changed, deleted and put back. */
export const recordMethods = {
  getEntities: {
    summary: 'Entities by id; unknown ids are left out.',
    request: Ids,
    response: z.array(Entity),
    errors: graph,
  },
  getLinks: {
    summary: 'Links by id; unknown ids are left out.',
    request: Ids,
    response: z.array(Link),
    errors: graph,
  },
  linksAmong: {
    summary: 'Every link whose two ends are both among the given entities.',
    request: Ids,
    response: z.array(Link),
    errors: graph,
  },
  createEntity: {
    summary: 'Create an entity.',
    request: z.strictObject({ entity: EntityInput, reason: WriteReason }),
    response: Entity,
    errors: [...graph, 'CONFLICT'],
  },
  updateEntity: {
    summary: 'Change fields of an entity.',
    /** expectedUpdatedAt: the version edited; a newer stored one is a CONFLICT, never overwritten. */
    request: z.strictObject({
      id: Id,
      patch: EntityPatch,
      expectedUpdatedAt: z.string().optional(),
      reason: WriteReason,
    }),
    response: Entity,
    errors: [...graph, 'NOT_FOUND', 'CONFLICT'],
  },
  deleteEntities: {
    summary:
      'Delete entities and, in the same transaction, their links. Returns what was removed, with its citations.',
    request: Ids.extend({ reason: WriteReason }),
    response: RemovedItems,
    errors: graph,
  },
  createLink: {
    summary: 'Create a link between two entities the schema allows it between.',
    request: z.strictObject({ link: LinkInput, reason: WriteReason }),
    response: Link,
    errors: [...graph, 'CONFLICT'],
  },
  updateLink: {
    summary: 'Change fields of a link.',
    request: z.strictObject({
      id: Id,
      patch: LinkPatch,
      expectedUpdatedAt: z.string().optional(),
      reason: WriteReason,
    }),
    response: Link,
    errors: [...graph, 'NOT_FOUND', 'CONFLICT'],
  },
  deleteLinks: {
    summary: 'Delete links. Returns what was removed, with its citations.',
    request: Ids.extend({ reason: WriteReason }),
    response: RemovedItems,
    errors: graph,
  },
  restoreItems: {
    summary: 'Put back entities and links exactly as they were, with their citations (undo of a delete).',
    request: RemovedItems,
    response: z.strictObject({ entities: z.number().int(), links: z.number().int() }),
    errors: [...graph, 'CONFLICT'],
  },
} as const satisfies Record<string, MethodSpec>;
