import { useTranslation } from 'react-i18next';
import type { Entity, Link } from '../../../../graph-schema/model';
import { formatDateTime } from '../../i18n/format';

/** Who made the record and when: kept by the store, read-only here. */
export function AuditFields({ record }: { record: Entity | Link }) {
  const { t } = useTranslation('inspector', { keyPrefix: 'audit' });
  return (
    <dl className="audit-fields">
      <dt>{t('created')}</dt>
      <dd>{t('when', { when: formatDateTime(record.createdAt), who: record.createdBy })}</dd>
      <dt>{t('updated')}</dt>
      <dd>{t('when', { when: formatDateTime(record.updatedAt), who: record.updatedBy })}</dd>
      <dt>{t('id')}</dt>
      <dd className="mono">{record.id}</dd>
    </dl>
  );
}
