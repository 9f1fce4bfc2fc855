import { useEffect, useState } from 'react';
import type { ItemKind, Source } from '../../../../graph-schema/model/sources';
import { toAppError, type AppError } from '../../stores/app-error';
import { changeEvidence, listSources, loadEvidence, type ItemEvidence } from '../../stores/sources-api';

export interface EvidenceState extends ItemEvidence {
  error: AppError | null;
  busy: boolean;
  /** Runs one evidence write; false when it failed (the error is shown). */
  change(change: Parameters<typeof changeEvidence>[2]): Promise<boolean>;
  reloadSources(): Promise<void>;
}

/** The citations of one item and the case's sources, read from the store when the item or a write changes them. */
export function useEvidence(itemKind: ItemKind, itemId: string): EvidenceState {
  const [loaded, setLoaded] = useState<ItemEvidence>({ citations: [], mode: 'derived', sources: [] });
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    loadEvidence(itemKind, itemId).then(
      (evidence) => live && setLoaded(evidence),
      (e: unknown) => live && setError(toAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [itemKind, itemId, generation]);

  const change = async (what: Parameters<typeof changeEvidence>[2]): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await changeEvidence(itemKind, itemId, what);
      return true;
    } catch (e) {
      setError(toAppError(e));
      return false;
    } finally {
      setBusy(false);
      setGeneration((g) => g + 1);
    }
  };

  const reloadSources = async () => {
    const sources: Source[] = await listSources();
    setLoaded((l) => ({ ...l, sources }));
  };

  return { ...loaded, error, busy, change, reloadSources };
}
