import { describe, expect, it } from 'vitest';
import { readCaseMarking, writeCaseMarking } from '../../electron/services/store/case-marking';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { expectError } from './contract-helpers';

/** The case marking (scheme, level, caveats) in the store's meta, the same on every store. */
export function markingContract(getStore: () => GraphStore): void {
  describe('case marking', () => {
    it('round-trips a Japanese marking with caveats, and reads an unset one as the English default', async () => {
      const store = getStore();
      expect(await readCaseMarking(store)).toEqual({
        scheme: 'en-default',
        level: 'UNCLASSIFIED',
        caveats: [],
      });
      const japanese = {
        scheme: 'ja-police',
        level: 'TOP SECRET' as const,
        caveats: ['BUGAIHI', 'FUKUSEI-KINSHI'],
      };
      await writeCaseMarking(store, { ...japanese, caveats: ['FUKUSEI-KINSHI', 'BUGAIHI'] });
      expect(await readCaseMarking(store)).toEqual(japanese);
      await expectError(
        writeCaseMarking(store, { ...japanese, caveats: ['NO-COPIES'] }),
        'VALIDATION',
        'caveats',
      );
      expect(await readCaseMarking(store)).toEqual(japanese);
    });

    it('reads the bare code an earlier build stored as the English default', async () => {
      const store = getStore();
      await store.writeMeta('case.marking', 'RESTRICTED');
      expect(await readCaseMarking(store)).toEqual({
        scheme: 'en-default',
        level: 'RESTRICTED',
        caveats: [],
      });
    });
  });
}
