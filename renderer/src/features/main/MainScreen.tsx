import { Icon } from '@blueprintjs/core';
import { useShortcuts } from '../../app/use-shortcuts';
import { useAppStore } from '../../stores/app-store';
import { ChartHost } from '../chart/ChartHost';
import { Inspector } from '../inspector/Inspector';
import { SearchBox } from '../search/SearchBox';
import { Dialogs } from './Dialogs';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

export function MainScreen() {
  const name = useAppStore((s) => s.caseInfo?.name ?? '');
  useShortcuts();
  return (
    <div className="main-screen">
      <header className="top-bar">
        <div className="case-title" title={name}>
          <Icon icon="graph" size={14} aria-hidden />
          <span className="app-name">Plexus</span>
          <span className="case-name" data-testid="case-name">
            {name}
          </span>
        </div>
        <SearchBox />
        <Toolbar />
      </header>
      <main className="workspace">
        <ChartHost />
        <Inspector />
      </main>
      <StatusBar />
      <Dialogs />
    </div>
  );
}
