import { create } from 'zustand';

/**
 * Whether the Analysis panel is open: a screen layout choice, not part of the case or the chart
 * (the answer itself lives in the chart's view and is saved with it).
 */
export const useAnalysisPanel = create<{ open: boolean }>(() => ({ open: false }));

export function toggleAnalysisPanel(): void {
  useAnalysisPanel.setState((s) => ({ open: !s.open }));
}

export function openAnalysisPanel(): void {
  useAnalysisPanel.setState({ open: true });
}

export function closeAnalysisPanel(): void {
  useAnalysisPanel.setState({ open: false });
}
