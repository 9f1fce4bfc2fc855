import { PlexusError } from '../../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';

/**
 * Labels and relationship types cannot be query parameters, so they are the one thing
 * written into Cypher text. They come only from graph-schema and are checked twice: the
 * name must be a type of the schema, and it must look like an identifier, so a backtick
 * can never end the quoting.
 */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

export function quoteName(name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new PlexusError('INTERNAL', `not a safe label or relationship type: ${JSON.stringify(name)}`);
  }
  return `\`${name}\``;
}

function unknownType(kind: 'entity' | 'link', name: string): PlexusError {
  return new PlexusError('VALIDATION', `type: unknown ${kind} type ${name}`, [
    { field: 'type', rule: 'unknown', message: `type: unknown ${kind} type ${name}` },
  ]);
}

/** An entity type name fit to be a node label: refused unless the schema defines it. */
export function checkEntityType(index: SchemaIndex, type: string): string {
  if (!index.entityType(type)) throw unknownType('entity', type);
  quoteName(type);
  return type;
}

/** A link type name fit to be a relationship type: refused unless the schema defines it. */
export function checkLinkType(index: SchemaIndex, type: string): string {
  if (!index.linkType(type)) throw unknownType('link', type);
  quoteName(type);
  return type;
}
