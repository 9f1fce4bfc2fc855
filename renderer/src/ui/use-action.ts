import { useRef, useState } from 'react';
import { toAppError, type AppError } from '../stores/app-error';

/**
 * One action a dialog runs on submit: running while it runs (a second submit is ignored), its
 * result or its error afterwards. `settle` runs when it ends either way (dialogs put the focus
 * back: the disabled button lost it, and Escape must still close the dialog).
 */
export function useAction<T>(settle?: () => void) {
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const busy = useRef(false);

  const run = async (action: () => Promise<T>): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    setError(null);
    setResult(null);
    try {
      setResult(await action());
    } catch (e) {
      setError(toAppError(e));
    } finally {
      busy.current = false;
      setRunning(false);
      settle?.();
    }
  };

  /** Forgets the last result (the form changed since). */
  const clearResult = () => setResult(null);

  return { result, error, running, run, clearResult };
}
