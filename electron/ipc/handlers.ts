import type {
  AppMethodName,
  ParsedRequest,
  Response,
  SessionMethodName,
} from '../../graph-schema/contract/methods';
import type { AppServices } from '../services/app-services';
import type { Session, SessionRegistry } from '../services/sessions';
import { analystHandlers } from './handlers/analyst';
import { caseHandlers } from './handlers/case';
import { chartHandlers } from './handlers/charts';
import { historyHandlers } from './handlers/history';
import { connectionHandlers } from './handlers/connections';
import { exportHandlers } from './handlers/export';
import { graphHandlers } from './handlers/graph';
import { ioHandlers } from './handlers/io';
import { patternHandlers } from './handlers/patterns';
import { sessionHandlers } from './handlers/sessions';
import { sourceHandlers } from './handlers/sources';

/** Who is calling: an Electron window ('window:<id>') or browser mode ('browser'), and the session it names. */
export interface Caller {
  owner: string;
  session?: string;
}

/**
 * The handler table: one entry per contract method, shared by IPC and browser mode. App
 * methods see only the caller; every other method gets the window session its request
 * named, already checked to be the caller's, so it cannot reach another window's case.
 */
export type Handlers = {
  [M in AppMethodName]: (request: ParsedRequest<M>, caller: Caller) => Promise<Response<M>>;
} & {
  [M in SessionMethodName]: (request: ParsedRequest<M>, session: Session) => Promise<Response<M>>;
};

/** What both transports serve: the handler table and the sessions dispatch() finds requests' sessions in. */
export interface Backend {
  handlers: Handlers;
  sessions: SessionRegistry;
}

export function createBackend(services: AppServices): Backend {
  return { handlers: createHandlers(services), sessions: services.sessions };
}

/**
 * Thin on purpose: requests arrive validated by dispatch(), the store validates records
 * against the schema, so a handler only routes. One group per area keeps each file small.
 */
export function createHandlers(services: AppServices): Handlers {
  return {
    ...sessionHandlers(services),
    ...caseHandlers(services),
    ...graphHandlers(),
    ...ioHandlers(services),
    ...connectionHandlers(services),
    ...chartHandlers(),
    ...historyHandlers(),
    ...analystHandlers(),
    ...sourceHandlers(),
    ...patternHandlers(),
    ...exportHandlers(),
  };
}
