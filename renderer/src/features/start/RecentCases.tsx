import { Menu, MenuItem } from '@blueprintjs/core';
import { useAppStore } from '../../stores/app-store';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { openCaseAsking } from '../crypt/crypt-state';

export function RecentCases() {
  const { t } = useTranslation('start', { keyPrefix: 'recent' });
  const recent = useAppStore((s) => s.recentCases);
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
              icon={!item.exists ? 'disable' : item.encrypted ? 'lock' : 'folder-open'}
              text={item.name}
              label={item.exists ? formatDate(item.openedAt) : t('missing')}
              title={item.exists ? item.path : t('notFound', { path: item.path })}
              disabled={!item.exists}
              onClick={() => void openCaseAsking(item.path)}
            />
          ))}
        </Menu>
      )}
    </section>
  );
}
