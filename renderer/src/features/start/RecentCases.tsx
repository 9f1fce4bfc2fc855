import { Menu, MenuItem } from '@blueprintjs/core';
import { useAppStore } from '../../stores/app-store';

export function RecentCases() {
  const recent = useAppStore((s) => s.recentCases);
  const openCase = useAppStore((s) => s.openCase);
  return (
    <section aria-labelledby="recent-heading" className="start-section">
      <h3 id="recent-heading" className="section-title">
        Recent cases
      </h3>
      {recent.length === 0 ? (
        <p className="muted">Cases you open appear here.</p>
      ) : (
        <Menu aria-label="Recent cases" size="small" className="file-list">
          {recent.map((item) => (
            <MenuItem
              key={item.path}
              icon={item.exists ? 'folder-open' : 'disable'}
              text={item.name}
              label={item.exists ? new Date(item.openedAt).toLocaleDateString() : 'missing'}
              title={item.exists ? item.path : `${item.path} (file not found)`}
              disabled={!item.exists}
              onClick={() => void openCase(item.path)}
            />
          ))}
        </Menu>
      )}
    </section>
  );
}
