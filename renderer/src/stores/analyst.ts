import { parseAnalystName } from '../../../graph-schema/contract/analyst';
import { api } from '../bridge';
import { rememberAnalystName } from '../app/analyst-name';

/**
 * Sets the analyst name this window's writes enter in the case history: checked here as the
 * backend checks it (VALIDATION naming the rule), kept once the backend has it. Blank clears it.
 */
export async function saveAnalystName(typed: string): Promise<string | undefined> {
  const name = parseAnalystName(typed, 'name');
  await api.setAnalyst(name !== undefined ? { name } : {});
  rememberAnalystName(name);
  return name;
}
