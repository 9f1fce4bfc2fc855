import { sceneToSvg } from '../../../../graph-schema/chart/paint-svg';
import { currentLanguage, i18n } from '../../i18n';
import { useAppStore } from '../../stores/app-store';
import { briefingDate, currentScene } from './current-scene';

const FRAME_ID = 'plexus-print-frame';

/**
 * Prints the chart as the SVG export draws it (banners, title, legend), from a hidden
 * frame: the screen's dark theme and toolbars never reach the paper. Works the same in
 * the desktop app and in browser mode.
 */
export async function printChart(): Promise<void> {
  const state = useAppStore.getState();
  if (Object.keys(state.chart.entities).length === 0) return;
  try {
    const svg = sceneToSvg(currentScene(), {
      title: state.openChart?.name ?? state.caseInfo?.name ?? i18n.t('chartExport:defaultTitle'),
      subtitle: state.caseInfo?.name ?? '',
      author: '',
      date: briefingDate(),
      caseMarking: state.caseMarking.level,
      markingScheme: state.caseMarking.scheme,
      caveats: state.caseMarking.caveats,
      legend: true,
      language: currentLanguage(),
    });
    document.getElementById(FRAME_ID)?.remove();
    const frame = document.createElement('iframe');
    frame.id = FRAME_ID;
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10px;top:-10px';
    document.body.append(frame);
    const doc = frame.contentDocument;
    const win = frame.contentWindow;
    if (!doc || !win) throw new Error(i18n.t('charts:print.noFrame'));
    doc.open();
    doc.write(
      `<!doctype html><html lang="${document.documentElement.lang}"><head>` +
        `<title>${i18n.t('charts:print.title')}</title><style>@page{size:landscape;margin:10mm}` +
        `html,body{margin:0}svg{width:100%;height:auto;max-height:100vh}</style></head><body>${svg}</body></html>`,
    );
    doc.close();
    await document.fonts.ready;
    win.focus();
    win.print();
  } catch (error) {
    state.reportFailure(i18n.t('charts:print.failed'), error);
  }
}
