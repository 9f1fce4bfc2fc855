import { PlexusError } from '../../../../graph-schema/model/errors';
import type { WriterContext } from '../graph-store';

/** FORBIDDEN with the reason the case was opened read-only (another window holds it for writing). */
export function refuseReadOnly(writer: WriterContext, location: string): void {
  if (writer.readOnlyReason === undefined) return;
  throw new PlexusError('FORBIDDEN', writer.readOnlyReason, [
    { file: location, message: 'opened read-only' },
  ]);
}
