import { exportWords, linkCount, type ExportWords } from './export-words';
import type { LineDash } from './scene';
import type { LinkLook } from './style-looks';

/** Several links between one pair of entities, drawn as one line with their count. */
export interface MergedLink {
  /** Synthetic: never a link id (those cannot start with "merged:" and a NUL). */
  id: string;
  source: string;
  target: string;
  /** The links it stands for, in input order. */
  members: string[];
  look: LinkLook;
}

const DASH_STRENGTH: Record<LineDash, number> = { solid: 0, dashed: 1, dotted: 2 };

/** Pairs are unordered: A->B and B->A are parallel too. */
export function pairKey(source: string, target: string): string {
  return source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
}

/**
 * Groups links by the pair they join; pairs with two or more links become one merged link.
 * Its line is as strong as its strongest member (one confirmed link confirms the tie), as
 * wide as its widest, and has an arrow only when every member points the same way.
 */
export function mergeParallel(
  links: readonly { id: string; source: string; target: string }[],
  looks: ReadonlyMap<string, LinkLook>,
  fallback: LinkLook,
  words: ExportWords = exportWords(),
): MergedLink[] {
  const groups = new Map<string, { id: string; source: string; target: string }[]>();
  for (const link of links) {
    const key = pairKey(link.source, link.target);
    const group = groups.get(key);
    if (group) group.push(link);
    else groups.set(key, [link]);
  }
  const merged: MergedLink[] = [];
  for (const [key, group] of groups) {
    const first = group[0];
    if (!first || group.length < 2) continue;
    const memberLooks = group.map((l) => looks.get(l.id) ?? fallback);
    const colors = new Set(memberLooks.map((l) => l.color));
    const dash = memberLooks
      .map((l) => l.dash)
      .reduce((a, b) => (DASH_STRENGTH[b] < DASH_STRENGTH[a] ? b : a));
    const oneWay = group.every((l) => l.source === first.source && l.target === first.target);
    merged.push({
      id: `merged:\u0000${key}`,
      source: first.source,
      target: first.target,
      members: group.map((l) => l.id),
      look: {
        color: colors.size === 1 ? (memberLooks[0]?.color ?? fallback.color) : fallback.color,
        width: Math.max(...memberLooks.map((l) => l.width)),
        dash,
        label: linkCount(words, group.length),
        arrow: oneWay && memberLooks.every((l) => l.arrow),
      },
    });
  }
  return merged;
}
