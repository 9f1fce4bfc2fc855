import { formatGrade, weakestGrade } from '../model/grade-order';
import type { Link } from '../model/records';
import type { StyleLooks } from './style-rules';

/**
 * "Print grades on links" (an export option): each link's label gains its Admiralty grade,
 * "owns · B2"; a merged line shows the weakest grade of the links it stands for, never a
 * better one than the evidence holds. Changes the looks in place, after the style decided them.
 */
export function printGradesOnLinks(looks: StyleLooks, links: readonly Link[]): void {
  const byId = new Map(links.map((l) => [l.id, l]));
  const withGrade = (label: string, grade: string) => (label === '' ? grade : `${label} · ${grade}`);
  for (const [id, look] of looks.links) {
    const link = byId.get(id);
    if (link) look.label = withGrade(look.label, formatGrade(link));
  }
  for (const merged of looks.merged) {
    const weakest = weakestGrade(merged.members.flatMap((id) => byId.get(id) ?? []));
    if (weakest) merged.look.label = withGrade(merged.look.label, formatGrade(weakest));
  }
}
