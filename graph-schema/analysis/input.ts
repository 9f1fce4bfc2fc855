import type { Link } from '../model/records';
import type { AnalysisLink } from './options';

/**
 * A stored link as an analysis reads it. Whether it has an arrow comes from its type's
 * definition; a type the schema no longer knows is read without one, as the chart draws it.
 */
export function analysisLink(link: Link, isDirected: (linkType: string) => boolean): AnalysisLink {
  return {
    id: link.id,
    type: link.type,
    source: link.source,
    target: link.target,
    directed: isDirected(link.type),
    confidence: link.confidence,
    reliability: link.reliability,
    credibility: link.credibility,
    validFrom: link.validFrom,
    validTo: link.validTo,
  };
}
