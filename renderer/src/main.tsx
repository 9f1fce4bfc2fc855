import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@blueprintjs/core/lib/css/blueprint.css';
import './app/app.css';
import './app/io.css';
import './app/charts.css';
import './i18n';
import './app/theme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
