import { Button, Card, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Cut, FoundPath } from '../../../../graph-schema/contract/paths';
import { formatGrade, type Grade } from '../../../../graph-schema/model/grade-order';
import { credibilityLabel, reliabilityLabel } from '../../../../graph-schema/model/grading';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import type { PathView } from '../../stores/chart-slice';
import type { Link, Schema, SchemaIndex } from '../../../../graph-schema/model';
import { useSchemaIndex } from '../../i18n/schema-words';
import { chartView } from './chart-controller';
import './paths.css';

/**
 * A path may walk a directed link against its direction (undirected search): the arrow says
 * which way the link really points, down the list (↓), up it (↑), or neither (↕).
 */
function stepArrow(link: Link, fromId: string, schema: Schema | null): string {
  const directed = schema?.linkTypes.find((t) => t.name === link.type)?.directed ?? true;
  if (!directed) return '↕';
  return link.source === fromId ? '↓' : '↑';
}

/**
 * A link's words: its own label, or, when that is still its type's default label ("employed
 * by", set when the link was made), the type's label in the UI's language (雇用).
 */
function linkWords(link: Link, english: SchemaIndex | null, shown: SchemaIndex | null): string {
  const byDefault = english?.linkType(link.type)?.label === link.label;
  return (byDefault && shown?.linkType(link.type)?.label) || link.label;
}

/** "B2", with the words of both halves on hover. */
function GradeTag({ grade, weakest }: { grade: Grade; weakest?: boolean }) {
  const { t } = useTranslation('paths', { keyPrefix: 'panel' });
  const language = currentLanguage();
  const text = formatGrade(grade);
  const title = weakest
    ? t('weakestTitle', { grade: text })
    : t('gradeTitle', {
        grade: text,
        reliability: reliabilityLabel(grade.reliability, language),
        credibility: credibilityLabel(grade.credibility, language),
      });
  return (
    <Tag minimal className="path-grade" title={title}>
      {weakest ? t('weakest', { grade: text }) : text}
    </Tag>
  );
}

function CutNote({ cut }: { cut: Cut | null }) {
  const { t } = useTranslation('paths', { keyPrefix: 'cut' });
  if (!cut) return null;
  return (
    <p className="path-cut" role="status">
      {t(cut.what, { cap: formatNumber(cut.cap) })}
    </p>
  );
}

interface PathStepsProps {
  view: PathView;
  path: FoundPath;
  index: number;
  many: boolean;
}

/** One path: its header (length, weakest grade, on the chart or not) and its steps with grades. */
function PathSteps({ view, path, index, many }: PathStepsProps) {
  const { t } = useTranslation('paths', { keyPrefix: 'panel' });
  const chart = useAppStore((s) => s.chart);
  const schema = useAppStore((s) => s.schema);
  const english = useAppStore((s) => s.schemaIndex);
  const showPaths = useAppStore((s) => s.showPaths);
  const shownSchema = useSchemaIndex();
  const onChart = view.shown.includes(index);
  const n = index + 1;
  const { result } = view;
  return (
    <section className="path-item" aria-label={t('path', { n })} data-on-chart={onChart}>
      <div className="path-item-header">
        {many && (
          <>
            <strong>{t('path', { n })}</strong>
            <span className="muted">
              {t('links', { count: path.length, formatted: formatNumber(path.length) })}
            </span>
          </>
        )}
        {path.weakest && <GradeTag grade={path.weakest} weakest />}
        <span className="spacer" />
        {many &&
          (onChart ? (
            <Button
              size="small"
              variant="minimal"
              icon="zoom-to-fit"
              aria-label={t('fitPath', { n })}
              title={t('onChart')}
              onClick={() => chartView.fit(path.entityIds)}
            />
          ) : (
            <Button
              size="small"
              variant="minimal"
              icon="add"
              aria-label={t('addPath', { n })}
              title={t('add')}
              onClick={() => void showPaths([index])}
            />
          ))}
      </div>
      <ol className="path-steps">
        {path.entityIds.map((id, i) => {
          const entity = chart.entities[id] ?? result.entities.find((e) => e.id === id);
          const linkId = path.linkIds[i];
          const link = linkId
            ? (chart.links[linkId] ?? result.links.find((l) => l.id === linkId))
            : undefined;
          const grade = path.grades[i];
          return (
            <li key={id}>
              <span className="path-entity">{entity?.label ?? id}</span>
              {link && (
                <span className="path-link" data-arrow={stepArrow(link, id, schema)}>
                  {linkWords(link, english, shownSchema)}
                  {grade && <GradeTag grade={grade} />}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The paths found, each with its links, their grades and its weakest grade; "no path" is an answer. */
export function PathPanel() {
  const { t } = useTranslation(['paths', 'chart']);
  const view = useAppStore((s) => s.path);
  const clear = useAppStore((s) => s.clearPath);
  const showPaths = useAppStore((s) => s.showPaths);
  if (!view) return null;
  const { from, to, result } = view;
  const count = result.paths.length;
  const many = count > 1;
  const first = result.paths[0];
  const notShown = result.paths.map((_, i) => i).filter((i) => !view.shown.includes(i));

  return (
    <Card className="path-panel" elevation={3} role="region" aria-label={t('chart:path.region')}>
      <div className="panel-header">
        <strong>{t('chart:path.title')}</strong>
        <span className="muted">
          {count === 0
            ? t('chart:path.none')
            : many
              ? t('panel.count', { count, formatted: formatNumber(count) })
              : t('chart:path.links', {
                  count: first?.length ?? 0,
                  formatted: formatNumber(first?.length ?? 0),
                })}
        </span>
        <span className="spacer" />
        {many && notShown.length > 0 && (
          <Button
            size="small"
            variant="minimal"
            icon="add"
            text={t('panel.addAll')}
            onClick={() => void showPaths(notShown)}
          />
        )}
        {view.shown.length > 0 && (
          <Button
            size="small"
            variant="minimal"
            icon="zoom-to-fit"
            aria-label={t('chart:path.fit')}
            onClick={() =>
              chartView.fit([...new Set(view.shown.flatMap((i) => result.paths[i]?.entityIds ?? []))])
            }
          />
        )}
        <Button
          size="small"
          variant="minimal"
          icon="cross"
          aria-label={t('chart:path.clear')}
          onClick={clear}
        />
      </div>
      <CutNote cut={result.cut} />
      {count === 0 ? (
        <p className="path-none">{t('chart:path.noPath', { from: from.label, to: to.label })}</p>
      ) : (
        result.paths.map((path, i) => <PathSteps key={i} view={view} path={path} index={i} many={many} />)
      )}
    </Card>
  );
}
