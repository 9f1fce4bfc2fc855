import type { Entity } from './records';
import { isPartialDate } from './partial-date';
import type { SourceInput } from './sources';

/** The entity type whose entities can stand as sources (types/entities/Document.json). */
export const DOCUMENT_TYPE = 'Document';

export function isDocument(entity: Pick<Entity, 'type'>): boolean {
  return entity.type === DOCUMENT_TYPE;
}

/**
 * The source a Document entity stands as, as "Use as source" and `plexus source add --document`
 * make it: its label as the title, its author as the origin, and the date of the information
 * from its publication date (else the date it is valid from). Copied, not linked: the source
 * keeps reading the same if the Document is edited or deleted later.
 */
export function sourceForDocument(document: Entity, title?: string): SourceInput {
  const text = (name: string) => {
    const value = document.props[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const published = text('published');
  const date = isPartialDate(published) ? published : document.validFrom;
  return {
    title: (title ?? document.label).trim().slice(0, 500) || document.id,
    origin: text('author'),
    informationDate: date ?? null,
    documentId: document.id,
  };
}
