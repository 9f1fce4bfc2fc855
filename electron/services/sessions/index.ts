export { CaseHolds, type CaseHolder } from './case-holds';
export {
  createSessionRegistry,
  SESSION_TIMES,
  sweepEvery,
  type Session,
  type SessionParts,
  type SessionRegistry,
  type SessionTimes,
} from './session-registry';
