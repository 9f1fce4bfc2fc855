import { useState, type KeyboardEvent } from 'react';

/** Arrow keys move through a list of options, Enter picks the active one. */
export function useListNavigation(count: number, onPick: (index: number) => void) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(count - 1, 0));
  const onKeyDown = (event: KeyboardEvent) => {
    if (count === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onPick(current);
    }
  };
  return { active: current, setActive, onKeyDown };
}
