import { useSyncExternalStore } from 'react';
import { sourceForDocument } from '../../../../graph-schema/model/document-source';
import type { Entity } from '../../../../graph-schema/model/records';
import type { Source } from '../../../../graph-schema/model/sources';
import { createSource, listSources } from '../../stores/sources-api';

/**
 * "Use as source" on a Document entity: the source that stands for it, made from its label and
 * dates the first time, the same one after (the store keeps one per Document).
 */
export async function sourceOfDocument(document: Entity): Promise<Source> {
  const held = (await listSources()).find((s) => s.documentId === document.id);
  const source = held ?? (await createSource({ source: sourceForDocument(document) }));
  if (!held) bump();
  return source;
}

// Made from a chart menu, a source must show in an inspector already open: one counter to watch.
let made = 0;
const watchers = new Set<() => void>();
function bump(): void {
  made += 1;
  for (const w of watchers) w();
}

/** Changes each time a source is made for a Document, so views listing sources read them again. */
export function useDocumentSourcesMade(): number {
  return useSyncExternalStore(
    (watch) => {
      watchers.add(watch);
      return () => watchers.delete(watch);
    },
    () => made,
  );
}
