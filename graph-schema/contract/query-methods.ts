import { ChosenExpandRequest, ExpandOrHub, ExpandSummary, ExpandUnlessHubRequest } from '../model/hubs';
import { ExpandResult, SearchRequest, SearchResult } from '../model/queries';
import {
  CommonNeighboursRequest,
  CommonNeighboursResult,
  ConnectRequest,
  ConnectResult,
  PathsRequest,
  PathsResult,
} from './paths';
import { graph, type MethodSpec } from './method-spec';

/** Questions asked of the case's graph: search, expand, paths, connect and common neighbours. */
export const queryMethods = {
  search: {
    summary: 'Ranked full-text search over labels, aliases and identifiers.',
    request: SearchRequest,
    response: SearchResult,
    errors: graph,
  },
  expand: {
    summary:
      'Neighbours of one or many entities, up to 3 hops, with filters, a limit, a time window and nearest or most linked first.',
    request: ChosenExpandRequest,
    response: ExpandResult,
    errors: graph,
  },
  summarizeExpand: {
    summary: 'What an expansion would add, counted by entity type, link type and time, before adding it.',
    request: ChosenExpandRequest,
    response: ExpandSummary,
    errors: graph,
  },
  expandUnlessHub: {
    summary:
      'Expand, in one store round, unless it reaches more than hubThreshold entities: then only what it would add is counted, nothing added.',
    request: ExpandUnlessHubRequest,
    response: ExpandOrHub,
    errors: graph,
  },
  findPaths: {
    summary:
      'Paths between two entities (shortest, all shortest, k shortest, all simple up to n hops) under link type, direction, confidence, grade and time filters.',
    request: PathsRequest,
    response: PathsResult,
    errors: [...graph, 'NOT_FOUND'],
  },
  connect: {
    summary: "The shortest paths between every pair of a selection, merged (i2's connecting network).",
    request: ConnectRequest,
    response: ConnectResult,
    errors: [...graph, 'NOT_FOUND'],
  },
  commonNeighbours: {
    summary: 'Entities linked to all (or at least some) of a selection.',
    request: CommonNeighboursRequest,
    response: CommonNeighboursResult,
    errors: [...graph, 'NOT_FOUND'],
  },
} as const satisfies Record<string, MethodSpec>;
