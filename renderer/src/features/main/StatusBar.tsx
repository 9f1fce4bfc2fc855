import { Button } from '@blueprintjs/core';
import type { CaseInfo, SavedConnection } from '../../../../graph-schema/contract';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { AnalystMenu } from '../../app/AnalystMenu';
import { LanguageMenu } from '../../app/LanguageMenu';
import { ThemeMenu } from '../../app/ThemeMenu';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { visibleContent } from '../../stores/view-slice';
import { countBelowGradeFilter } from '../../stores/grade-filter';
import type { AppState } from '../../stores/app-state';
import { EncryptedMark } from '../crypt/EncryptedMark';

function visibleCounts(state: AppState): { entities: number; links: number } {
  const { hidden } = state.view;
  // Runs on every store change: only filter when something is hidden.
  if (hidden.entities.length + hidden.links.length === 0 && state.view.gradeFilter === null) {
    return {
      entities: Object.keys(state.chart.entities).length,
      links: Object.keys(state.chart.links).length,
    };
  }
  const { entities, links } = visibleContent(state);
  return { entities: entities.length, links: links.length };
}

type Counted = 'entities' | 'links' | 'groups' | 'notes';
/** "1 entity", "12,345 links" / 「エンティティ 1 件」: the plural and the number both by the language. */
const n = (what: Counted, count: number) =>
  i18n.t(`main:status.${what}`, { count, formatted: formatNumber(count) });

/** Which store is open, always: the analyst must never wonder whether edits reach the server. */
export function storeLabel(info: CaseInfo, connection: SavedConnection | null): string {
  const t = i18n.getFixedT(null, 'main', 'status');
  const where =
    info.store.kind === 'case-file'
      ? t('caseFile', { location: info.store.location })
      : t('neo4j', {
          location: connection ? `${connection.uri} · ${connection.database}` : info.store.location,
        });
  return info.store.readOnly ? t('readOnly', { where }) : where;
}

export function StatusBar() {
  const { t } = useTranslation('main', { keyPrefix: 'status' });
  const visible = useAppStore(useShallow(visibleCounts));
  const chartEntities = visible.entities;
  const chartLinks = visible.links;
  const hidden = useAppStore((s) => s.view.hidden.entities.length + s.view.hidden.links.length);
  const belowGrade = useAppStore(countBelowGradeFilter);
  const gradeFilter = useAppStore((s) => s.view.gradeFilter);
  const groups = useAppStore((s) => s.view.groups.length);
  const notes = useAppStore((s) => s.view.annotations.length);
  const selected = useAppStore((s) => s.selection.entities.length + s.selection.links.length);
  const info = useAppStore((s) => s.caseInfo);
  const connection = useAppStore((s) => s.activeConnection);
  const slowQuery = useAppStore((s) => s.slowQuery);
  const cancelling = useAppStore((s) => s.cancelling);
  const cancelQueries = useAppStore((s) => s.cancelQueries);
  if (!info) return null;
  const where = storeLabel(info, connection);
  const sep = t('separator');
  const chartCounts = [
    n('entities', chartEntities),
    n('links', chartLinks),
    ...(groups > 0 ? [n('groups', groups)] : []),
    ...(notes > 0 ? [n('notes', notes)] : []),
    ...(hidden > 0 ? [t('hidden', { formatted: formatNumber(hidden) })] : []),
    ...(gradeFilter !== null
      ? [i18n.t('gradeFilter:status', { grade: gradeFilter, formatted: formatNumber(belowGrade) })]
      : []),
  ];
  return (
    <footer className="status-bar" aria-label={t('label')}>
      <span data-testid="chart-counts">{t('chart', { counts: chartCounts.join(sep) })}</span>
      <span data-testid="case-counts">
        {t('case', { counts: [n('entities', info.entityCount), n('links', info.linkCount)].join(sep) })}
      </span>
      <span data-testid="selection-count">{t('selected', { formatted: formatNumber(selected) })}</span>
      <span className="spacer" />
      {slowQuery && (
        <span className="status-query" role="status">
          {t('queryRunning')}
          <Button
            size="small"
            variant="minimal"
            intent="warning"
            icon="stop"
            text={t('cancelQuery')}
            title={t('cancelQueryTip')}
            loading={cancelling}
            onClick={() => void cancelQueries()}
          />
        </span>
      )}
      {info.store.encrypted && <EncryptedMark />}
      <span className={`status-location store-${info.store.kind}`} title={where} data-testid="case-location">
        {where}
      </span>
      <AnalystMenu />
      <LanguageMenu />
      <ThemeMenu />
    </footer>
  );
}
