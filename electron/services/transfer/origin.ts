import { z } from 'zod';
import { StoreKind } from '../../../graph-schema/contract/case';
import { PlexusError, placesFromZod } from '../../../graph-schema/model/errors';
import type { GraphStore } from '../store/graph-store';

/** The meta key under which a case taken offline remembers where it came from. */
export const ORIGIN_KEY = 'origin';

const Versions = z.record(z.string(), z.string());

/**
 * Where a case was taken offline from and each item's updatedAt as it was then (the base):
 * publish compares both sides against it to tell "changed here" from "changed there".
 * After a publish the base moves to what both sides now agree on.
 */
export const Origin = z.object({
  kind: StoreKind,
  location: z.string(),
  name: z.string(),
  takenAt: z.string(),
  publishedAt: z.string().optional(),
  base: z.object({ entities: Versions, links: Versions }),
});
export type Origin = z.infer<typeof Origin>;

/** The case's origin, or undefined for a case never taken offline. */
export async function readOrigin(store: GraphStore): Promise<Origin | undefined> {
  const raw = await store.readMeta(ORIGIN_KEY);
  if (raw === undefined) return undefined;
  const parsed = Origin.safeParse(raw);
  if (!parsed.success) {
    const places = placesFromZod(parsed.error, ORIGIN_KEY);
    throw new PlexusError(
      'CASE_CORRUPT',
      `${store.location}: the record of where this case was taken from is damaged (${places[0]?.message ?? 'invalid'})`,
      places,
    );
  }
  return parsed.data;
}

/** updatedAt by id, for the base of an origin. */
export function versionsOf(items: readonly { id: string; updatedAt: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) out[item.id] = item.updatedAt;
  return out;
}
