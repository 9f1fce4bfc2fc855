/**
 * The link every import falls back on. i2 and most link-analysis tools let any link join any
 * two entities; a file whose link says nothing about its type (or says it in words the schema
 * does not know) must not lose that link because a guessed type does not allow its two ends.
 * LINKED_TO (graph-schema/types/links/LINKED_TO.json) allows any two entity types, and keeps
 * the file's own word for the type in its `sourceType` property ("Type in file").
 */
export const GENERIC_LINK_TYPE = 'LINKED_TO';
export const SOURCE_TYPE_PROP = 'sourceType';

/** The props of a generic link: the file's type word, when it gave one. */
export function genericLinkProps(word: string | undefined): Record<string, string> {
  const text = word?.trim() ?? '';
  return text === '' ? {} : { [SOURCE_TYPE_PROP]: text };
}
