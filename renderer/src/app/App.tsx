import { useEffect } from 'react';
import { MainScreen } from '../features/main/MainScreen';
import { StartScreen } from '../features/start/StartScreen';
import { useAppStore } from '../stores/app-store';
import { Toasts } from '../ui/Toasts';

export function App() {
  const caseOpen = useAppStore((s) => s.caseInfo !== null);
  const schemaLoaded = useAppStore((s) => s.schemaIndex !== null);

  useEffect(() => {
    void useAppStore.getState().loadStart();
  }, []);

  return (
    <>
      {caseOpen && schemaLoaded ? <MainScreen /> : <StartScreen />}
      <Toasts />
    </>
  );
}
