import type { MatchRule } from '../../../../graph-schema/contract/io';
import type { Entity } from '../../../../graph-schema/model/records';
import type { GraphStore } from '../../store/graph-store';
import { foldText } from '../../../../graph-schema/names/fold';
import type { FileEntity } from './file-entities';

const LOOKUP_BATCH = 1_000;
/** Search takes at most this much text; a longer label cannot be looked up by search. */
const MAX_SEARCH_TEXT = 500;
const SEARCH_LIMIT = 500;
const IDENTIFIER_TYPE = 'Identifier';
const IDENTIFIER_KIND = 'identifierKind';

/**
 * Entities this import has written already: an open import transaction lets the store's reads
 * see them, and a file entity must meet the case as it was, not its own earlier rows.
 */
export type Ours = (id: string) => boolean;

/** Stored entities by id, in batches; ids the store does not hold (or this import wrote) are left out. */
export async function storedById(
  store: GraphStore,
  ids: readonly string[],
  ours: Ours = () => false,
): Promise<Map<string, Entity>> {
  const found = new Map<string, Entity>();
  const unique = [...new Set(ids)];
  for (let at = 0; at < unique.length; at += LOOKUP_BATCH) {
    for (const entity of await store.getEntities(unique.slice(at, at + LOOKUP_BATCH)))
      if (!ours(entity.id)) found.set(entity.id, entity);
  }
  return found;
}

/** The first stored entity search finds of this type whose folded label equals the given one. */
async function sameLabel(
  store: GraphStore,
  type: string,
  label: string,
  also: (entity: Entity) => boolean = () => true,
): Promise<Entity | undefined> {
  if (label.length > MAX_SEARCH_TEXT) return undefined;
  const folded = foldText(label);
  const { hits } = await store.search({ text: label, types: [type], limit: SEARCH_LIMIT });
  return hits.map((h) => h.entity).find((e) => e.type === type && foldText(e.label) === folded && also(e));
}

/**
 * Which of the file's entities are already in the case, by the rule the analyst chose:
 * 'identifier' (the key is a stored id, or an Identifier with the same value and kind),
 * 'label' (same type and the same label, ignoring case and accents) or 'never'.
 * Answers file key -> stored entity. `checkpoint` runs between look-ups (cancel).
 */
export async function matchCase(
  store: GraphStore,
  entities: readonly FileEntity[],
  rule: MatchRule,
  checkpoint: () => void,
  ours: Ours = () => false,
): Promise<Map<string, Entity>> {
  const matched = new Map<string, Entity>();
  if (rule === 'never' || entities.length === 0) return matched;
  if (rule === 'identifier') {
    const byId = await storedById(
      store,
      entities.map((e) => e.key),
      ours,
    );
    for (const entity of entities) {
      const stored = byId.get(entity.key);
      if (stored) matched.set(entity.key, stored);
    }
  }
  const cache = new Map<string, Entity | undefined>();
  for (const entity of entities) {
    if (matched.has(entity.key)) continue;
    let found: Entity | undefined;
    if (rule === 'label') {
      const key = `${entity.type}\u0000${foldText(entity.label)}`;
      if (!cache.has(key)) {
        checkpoint();
        cache.set(key, await sameLabel(store, entity.type, entity.label, (e) => !ours(e.id)));
      }
      found = cache.get(key);
    } else if (entity.type === IDENTIFIER_TYPE) {
      checkpoint();
      const kind = entity.props[IDENTIFIER_KIND];
      found = await sameLabel(
        store,
        IDENTIFIER_TYPE,
        entity.label,
        (e) => e.props[IDENTIFIER_KIND] === kind && !ours(e.id),
      );
    }
    if (found) matched.set(entity.key, found);
  }
  return matched;
}
