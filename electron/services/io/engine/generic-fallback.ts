import { PlexusError } from '../../../../graph-schema/model/errors';
import { GENERIC_LINK_TYPE, genericLinkProps } from '../../../../graph-schema/model/generic-link';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { prepareLink, type LinkDraft } from '../../../../graph-schema/model/validate';

/** Refused only because its type may not join these two ends (not for a bad value). */
function onlyEndpoints(error: unknown): boolean {
  if (!(error instanceof PlexusError) || error.code !== 'VALIDATION') return false;
  const details = error.details ?? [];
  return details.length > 0 && details.every((d) => d.rule === 'endpoints');
}

/**
 * The same link as the generic LINKED_TO: the type it was given is kept as its type in the
 * file, and the old type's properties become `Label: value` notes lines.
 */
function asGeneric(schema: SchemaIndex, input: Record<string, unknown>): Record<string, unknown> {
  const typeName = typeof input.type === 'string' ? input.type : '';
  const type = schema.linkType(typeName);
  const props = (input.props ?? {}) as Record<string, unknown>;
  const lines = Object.entries(props).map(([name, value]) => {
    const label = type?.properties.find((p) => p.name === name)?.label ?? name;
    return `${label}: ${String(value)}`;
  });
  const notes = [typeof input.notes === 'string' ? input.notes : '', ...lines].filter((n) => n !== '');
  return {
    ...input,
    type: GENERIC_LINK_TYPE,
    props: genericLinkProps(type?.label ?? typeName),
    ...(notes.length > 0 ? { notes: notes.join('\n') } : {}),
  };
}

/**
 * prepareLink, except that a link whose type does not allow its two ends (a file's type word
 * mapped to a type that cannot join a Person to a Location, an end that turned out to be the
 * case's entity of another type) is kept as a generic link instead of being rejected. i2 and
 * most tools let any link join any two entities: an import keeps every link it can.
 */
export function prepareImportedLink(
  schema: SchemaIndex,
  input: Record<string, unknown>,
  entityTypeOf: (id: string) => string | undefined,
): LinkDraft {
  try {
    return prepareLink(schema, input, entityTypeOf);
  } catch (error) {
    if (!onlyEndpoints(error) || !schema.linkType(GENERIC_LINK_TYPE)) throw error;
    return prepareLink(schema, asGeneric(schema, input), entityTypeOf);
  }
}
