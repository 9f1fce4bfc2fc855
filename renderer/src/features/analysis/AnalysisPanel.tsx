import { Button, Card, InputGroup, ProgressBar, Tooltip } from '@blueprintjs/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_MEASURES } from '../../../../graph-schema/analysis/measures';
import type { AnalysisResult } from '../../../../graph-schema/analysis/result';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { visibleContent } from '../../stores/view-slice';
import { chartView } from '../chart/chart-controller';
import { downloadText } from '../import/rejected-csv';
import { AnalysisFormFields } from './AnalysisFormFields';
import { analysisCsv, analysisFileName } from './analysis-csv';
import { colouredByCommunity, restyledFor, sizedByScore } from './drive-chart';
import { dateProblem, formOf, INITIAL_FORM, optionsOf, type AnalysisForm } from './form-state';
import { closeAnalysisPanel, useAnalysisPanel } from './panel-state';
import { ResultTable } from './ResultTable';
import { startAnalysis, type AnalysisRun } from './run-analysis';
import './analysis.css';

/** The panel, when open: questions asked of what is on the chart and in sight. */
export function AnalysisPanel() {
  const open = useAnalysisPanel((s) => s.open);
  return open ? <OpenPanel /> : null;
}

function OpenPanel() {
  const { t } = useTranslation('analysis');
  const result = useAppStore((s) => s.view.analysis);
  const [form, setForm] = useState<AnalysisForm>(() =>
    result ? formOf(result.measure, result.options) : INITIAL_FORM,
  );
  const [progress, setProgress] = useState<number | null>(null);
  const run = useRef<AnalysisRun | null>(null);
  const chartEmpty = useAppStore((s) => Object.keys(s.chart.entities).length === 0);

  // Closing the panel or leaving the case ends a running analysis.
  useEffect(() => () => run.current?.cancel(), []);

  const start = () => {
    const state = useAppStore.getState();
    if (!state.schema) return;
    const { entities, links } = visibleContent(state);
    const request = {
      entities,
      links,
      schema: state.schema,
      measure: form.measure,
      options: optionsOf(form),
    };
    setProgress(PROGRESS_MEASURES.has(form.measure) ? 0 : -1);
    const current = startAnalysis(request, (fraction) => setProgress(fraction));
    run.current = current;
    current.done
      .then((answer) => {
        if (!answer) return;
        const { view, putView, setChartStyle } = useAppStore.getState();
        putView({ ...view, analysis: answer });
        const restyled = restyledFor(view.style, answer);
        if (restyled) void setChartStyle(restyled);
      })
      .catch((error: unknown) => useAppStore.getState().reportFailure(t('failed'), error))
      .finally(() => {
        if (run.current === current) {
          run.current = null;
          setProgress(null);
        }
      });
  };
  const running = progress !== null;
  const badDates = dateProblem(form.from) || dateProblem(form.to);

  return (
    <Card className="analysis-panel" elevation={3} role="region" aria-label={t('region')}>
      <div className="panel-header">
        <strong>{t('title')}</strong>
        <span className="spacer" />
        <Button
          size="small"
          variant="minimal"
          icon="cross"
          aria-label={t('close')}
          onClick={closeAnalysisPanel}
        />
      </div>
      <AnalysisFormFields form={form} onChange={setForm} disabled={running} />
      <div className="analysis-run">
        {running ? (
          <>
            <ProgressBar
              aria-label={t('running')}
              intent="primary"
              value={progress >= 0 ? progress : undefined}
              stripes={progress < 0}
            />
            <Button size="small" text={t('cancel')} onClick={() => run.current?.cancel()} />
          </>
        ) : (
          <Button
            size="small"
            intent="primary"
            icon="play"
            text={t('run')}
            disabled={chartEmpty || badDates}
            onClick={start}
          />
        )}
        {chartEmpty && !running && <span className="muted">{t('empty')}</span>}
      </div>
      {result && <Answer result={result} />}
    </Card>
  );
}

/** What the answer stood on, what it can drive on the chart, and the table itself. */
function Answer({ result }: { result: AnalysisResult }) {
  const { t } = useTranslation('analysis');
  const entities = useAppStore((s) => s.chart.entities);
  const selection = useAppStore((s) => s.selection);
  const style = useAppStore((s) => s.view.style);
  const [rank, setRank] = useState(10);
  const labelOf = useCallback((id: string) => entities[id]?.label ?? id, [entities]);
  const selected = useMemo(() => new Set(selection.entities), [selection]);
  const { counted } = result;
  const state = useAppStore.getState;

  const sizeByScore = () => {
    const next = sizedByScore(style, result);
    if (next) void state().setChartStyle(next);
  };
  const colourByCommunity = () => {
    const next = colouredByCommunity(style, result);
    if (next) void state().setChartStyle(next);
  };
  const hideBelow = () => {
    if (result.kind !== 'entities') return;
    const ids = result.rows.filter((r) => r.rank > rank && entities[r.id]).map((r) => r.id);
    void state().hideOnChart({ entities: ids, links: [] });
  };

  return (
    <>
      <p className="analysis-summary">
        {t('counted', { entities: formatNumber(counted.entities), links: formatNumber(counted.links) })}
        {counted.leftOut > 0 && (
          <>
            {' · '}
            {t('leftOut', { count: counted.leftOut, formatted: formatNumber(counted.leftOut) })}
          </>
        )}
        {counted.undated > 0 && (
          <>
            {' · '}
            {t('undated', { count: counted.undated, formatted: formatNumber(counted.undated) })}
          </>
        )}
      </p>
      {result.kind === 'communities' && (
        <p className="analysis-summary">
          {t('communities', {
            count: result.count,
            formatted: formatNumber(result.count),
            modularity: formatNumber(result.modularity, undefined, { maximumFractionDigits: 3 }),
          })}
        </p>
      )}
      {result.kind === 'pairs' && result.total > result.rows.length && (
        <p className="analysis-summary muted">
          {t('pairsCut', { shown: formatNumber(result.rows.length), total: formatNumber(result.total) })}
        </p>
      )}
      <div className="analysis-actions">
        {result.kind === 'entities' && (
          <>
            <Button size="small" icon="circle" text={t('sizeByScore')} onClick={sizeByScore} />
            <Tooltip content={t('hideTip')} placement="bottom">
              <span className="analysis-actions">
                <label htmlFor="analysis-rank" className="muted">
                  {t('hideBelow')}
                </label>
                <InputGroup
                  id="analysis-rank"
                  className="analysis-rank"
                  size="small"
                  type="number"
                  min={1}
                  value={String(rank)}
                  onValueChange={(text) => setRank(Math.max(1, Math.floor(Number(text)) || 1))}
                />
                <Button size="small" icon="eye-off" text={t('hide')} onClick={hideBelow} />
              </span>
            </Tooltip>
          </>
        )}
        {result.kind === 'communities' && (
          <Button size="small" icon="tint" text={t('colourByCommunity')} onClick={colourByCommunity} />
        )}
        <Button
          size="small"
          icon="export"
          text={t('exportCsv')}
          onClick={() => downloadText(analysisFileName(result), analysisCsv(result, labelOf))}
        />
      </div>
      <ResultTable
        result={result}
        labelOf={labelOf}
        selected={selected}
        onSelect={(ids) => state().setSelection({ entities: ids, links: [] })}
        onFit={(ids) => chartView.fit(ids)}
      />
    </>
  );
}
