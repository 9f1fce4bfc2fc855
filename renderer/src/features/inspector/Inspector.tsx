import { NonIdealState } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app-store';
import { ItemHistory } from '../history/ItemHistory';
import { EvidenceSection } from '../sources/EvidenceSection';
import { EntityInspector } from './EntityInspector';
import { LinkInspector } from './LinkInspector';
import { MultiInspector } from './MultiInspector';

/** The right panel: the one selected entity or link, editable; or the fields several share. */
export function Inspector() {
  const { t } = useTranslation('inspector');
  const selection = useAppStore((s) => s.selection);
  const entity = useAppStore((s) =>
    s.selection.entities.length === 1 && s.selection.links.length === 0
      ? s.chart.entities[s.selection.entities[0] ?? '']
      : undefined,
  );
  const link = useAppStore((s) =>
    s.selection.links.length === 1 && s.selection.entities.length === 0
      ? s.chart.links[s.selection.links[0] ?? '']
      : undefined,
  );
  const count = selection.entities.length + selection.links.length;

  let body;
  if (entity) body = <EntityInspector key={`${entity.id}@${entity.updatedAt}`} entity={entity} />;
  else if (link) body = <LinkInspector key={`${link.id}@${link.updatedAt}`} link={link} />;
  else if (count > 1) {
    // A new selection starts with no edits: the panel's state belongs to these items.
    const key = [...selection.entities, '|', ...selection.links].join(',');
    body = <MultiInspector key={key} selection={selection} />;
  } else {
    body = <NonIdealState icon="select" title={t('nothing.title')} description={t('nothing.description')} />;
  }

  return (
    <aside className="inspector" aria-label={t('label')}>
      {/* Sibling keys must differ: the body's key is the item's id@version too. */}
      {body}
      {entity && <EvidenceSection key={`evidence:${entity.id}`} kind="entity" item={entity} />}
      {link && <EvidenceSection key={`evidence:${link.id}`} kind="link" item={link} />}
      {entity && (
        <ItemHistory key={`history:${entity.id}@${entity.updatedAt}`} id={entity.id} type={entity.type} />
      )}
      {link && <ItemHistory key={`history:${link.id}@${link.updatedAt}`} id={link.id} type={link.type} />}
    </aside>
  );
}
