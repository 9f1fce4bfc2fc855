import type { HistoryOp } from '../../../../graph-schema/contract/history';

/** Who writes, when, and as which operation: one per write transaction. */
export interface JournalContext {
  osUser: string;
  analyst?: string;
  at: string;
  op: HistoryOp;
  reason?: string;
}
