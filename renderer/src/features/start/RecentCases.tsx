import { Menu, MenuItem } from '@blueprintjs/core';
import { useAppStore } from '../../stores/app-store';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

export function RecentCases() {
  const { t } = useTranslation('start', { keyPrefix: 'recent' });
  const recent = useAppStore((s) => s.recentCases);
  const openCase = useAppStore((s) => s.openCase);
  return (
    <section aria-labelledby="recent-heading" className="start-section">
      <h3 id="recent-heading" className="section-title">
        {t('heading')}
      </h3>
      {recent.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <Menu aria-label={t('heading')} size="small" className="file-list">
          {recent.map((item) => (
            <MenuItem
              key={item.path}
              icon={item.exists ? 'folder-open' : 'disable'}
              text={item.name}
              label={item.exists ? formatDate(item.openedAt) : t('missing')}
              title={item.exists ? item.path : t('notFound', { path: item.path })}
              disabled={!item.exists}
              onClick={() => void openCase(item.path)}
            />
          ))}
        </Menu>
      )}
    </section>
  );
}
