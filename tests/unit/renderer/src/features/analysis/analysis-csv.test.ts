import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../../../../graph-schema/analysis/run';
import { analysisCsv, analysisFileName } from '../../../../../../renderer/src/features/analysis/analysis-csv';
import { inputOf } from '../../../../graph-schema/analysis/data/graphs';

const labels: Record<string, string> = { n0: '=SUM(A1)', n1: 'Lǐ, Míng', n2: '張偉' };
const labelOf = (id: string) => labels[id] ?? id;

describe('an analysis as CSV', () => {
  it('every row with its label, Excel-safe (formula neutralised, commas quoted), BOM and CRLF', () => {
    const csv = analysisCsv(
      runAnalysis(
        inputOf(3, [
          [0, 1],
          [1, 2],
        ]),
        'degree',
      ),
      labelOf,
    );
    expect(csv).toBe(
      '\uFEFFrank,score,id,label\r\n1,2,n1,"Lǐ, Míng"\r\n2,1,n0,\'=SUM(A1)\r\n2,1,n2,張偉\r\n',
    );
  });

  it('pairs name both ends; communities their number and size', () => {
    const pairs = analysisCsv(runAnalysis(inputOf(3, [[0, 1]]), 'link-count'), labelOf);
    expect(pairs.split('\r\n')[1]).toBe('1,1,1,n0,\'=SUM(A1),n1,"Lǐ, Míng"');
    const communities = analysisCsv(runAnalysis(inputOf(3, [[0, 1]]), 'louvain'), labelOf);
    expect(communities.split('\r\n')[0]).toBe('\uFEFFcommunity,size,id,label');
    expect(communities.split('\r\n')).toHaveLength(5);
  });

  it('is named for the measure and the day', () => {
    const result = runAnalysis(inputOf(1, []), 'pagerank');
    expect(analysisFileName(result, new Date('2026-12-06T10:00:00Z'))).toBe('pagerank-2026-12-06.csv');
  });
});
