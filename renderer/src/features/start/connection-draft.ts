import {
  ConnectionInput,
  SaveConnectionRequest,
  type SavedConnection,
} from '../../../../graph-schema/contract';
import { placesFromZod } from '../../../../graph-schema/model';
import { fieldProblem } from '../../i18n/errors';

/** The connection form as typed: every field a string or a flag. */
export interface ConnectionDraft {
  name: string;
  uri: string;
  database: string;
  user: string;
  password: string;
  readOnly: boolean;
}

export function draftFrom(saved: SavedConnection | null): ConnectionDraft {
  return {
    name: saved?.name ?? '',
    uri: saved?.uri ?? 'neo4j://localhost:7687',
    database: saved?.database ?? 'neo4j',
    user: saved?.user ?? 'neo4j',
    password: '',
    readOnly: saved?.readOnly ?? false,
  };
}

/** The save request: an empty password keeps the stored one rather than forgetting it. */
export function saveRequest(draft: ConnectionDraft, id: string | undefined): SaveConnectionRequest {
  const { password, ...fields } = draft;
  return { ...(id ? { id } : {}), ...fields, ...(password ? { password } : {}) };
}

/**
 * Field messages from the contract's own schema, so the form says exactly what the backend
 * would refuse, before anything is sent.
 */
export function draftErrors(draft: ConnectionDraft, forTest: boolean): Record<string, string> {
  const parsed = forTest
    ? ConnectionInput.safeParse(draft)
    : SaveConnectionRequest.safeParse(saveRequest(draft, undefined));
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const place of placesFromZod(parsed.error)) {
    if (place.field) out[place.field] ??= fieldProblem(place);
  }
  return out;
}
