import type { MethodName, ParsedRequest, Response } from '../../graph-schema/contract/methods';
import type { AppServices } from '../services/app-services';
import { caseHandlers } from './handlers/case';
import { chartHandlers } from './handlers/charts';
import { connectionHandlers } from './handlers/connections';
import { exportHandlers } from './handlers/export';
import { graphHandlers } from './handlers/graph';
import { ioHandlers } from './handlers/io';

/** The handler table: one entry per contract method, shared by IPC and browser mode. */
export type Handlers = { [M in MethodName]: (request: ParsedRequest<M>) => Promise<Response<M>> };

/**
 * Thin on purpose: requests arrive validated by dispatch(), the store validates records
 * against the schema, so a handler only routes. One group per area keeps each file small.
 */
export function createHandlers(services: AppServices): Handlers {
  return {
    ...caseHandlers(services),
    ...graphHandlers(services),
    ...ioHandlers(services),
    ...connectionHandlers(services),
    ...chartHandlers(services),
    ...exportHandlers(services),
  };
}
