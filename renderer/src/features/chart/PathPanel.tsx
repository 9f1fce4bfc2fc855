import { Button, Card } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import type { Link, Schema, SchemaIndex } from '../../../../graph-schema/model';
import { useSchemaIndex } from '../../i18n/schema-words';
import { chartView } from './chart-controller';

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

/** The highlighted path, listed step by step; "no path" is an answer, shown as such. */
export function PathPanel() {
  const { t } = useTranslation('chart', { keyPrefix: 'path' });
  const path = useAppStore((s) => s.path);
  const clear = useAppStore((s) => s.clearPath);
  const chart = useAppStore((s) => s.chart);
  const schema = useAppStore((s) => s.schema);
  const english = useAppStore((s) => s.schemaIndex);
  const shown = useSchemaIndex();
  if (!path) return null;
  const { from, to, result } = path;

  return (
    <Card className="path-panel" elevation={3} role="region" aria-label={t('region')}>
      <div className="panel-header">
        <strong>{t('title')}</strong>
        <span className="muted">
          {result.found
            ? t('links', { count: result.length, formatted: formatNumber(result.length) })
            : t('none')}
        </span>
        <span className="spacer" />
        {result.found && (
          <Button
            size="small"
            variant="minimal"
            icon="zoom-to-fit"
            aria-label={t('fit')}
            onClick={() => chartView.fit(result.entityIds)}
          />
        )}
        <Button size="small" variant="minimal" icon="cross" aria-label={t('clear')} onClick={clear} />
      </div>
      {result.found ? (
        <ol className="path-steps">
          {result.entityIds.map((id, i) => {
            const entity = chart.entities[id] ?? result.entities.find((e) => e.id === id);
            const linkId = result.linkIds[i];
            const link = linkId
              ? (chart.links[linkId] ?? result.links.find((l) => l.id === linkId))
              : undefined;
            return (
              <li key={id}>
                <span className="path-entity">{entity?.label ?? id}</span>
                {link && (
                  <span className="path-link" data-arrow={stepArrow(link, id, schema)}>
                    {linkWords(link, english, shown)}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="path-none">{t('noPath', { from: from.label, to: to.label })}</p>
      )}
    </Card>
  );
}
