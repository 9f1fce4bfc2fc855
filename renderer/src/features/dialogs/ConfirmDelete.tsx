import { Alert } from '@blueprintjs/core';
import type { ChartSelection } from '../../chart/types';
import { useAppStore } from '../../stores/app-store';
import { deleteItems } from '../actions';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "Delete from case…": the one way items leave the case from the chart, so it names how many
 * entities and links go, and that an entity's links go with it (also those not on the chart).
 */
export function ConfirmDelete({ ids, onClose }: { ids: ChartSelection; onClose(): void }) {
  const links = useAppStore((s) => s.chart.links);
  const entities = new Set(ids.entities);
  const chosen = new Set(ids.links);
  const attached = Object.values(links).filter(
    (l) => !chosen.has(l.id) && (entities.has(l.source) || entities.has(l.target)),
  ).length;
  const parts = [
    ...(ids.entities.length > 0 ? [count(ids.entities.length, 'entity', 'entities')] : []),
    ...(ids.links.length > 0 ? [count(ids.links.length, 'link', 'links')] : []),
  ];
  return (
    <Alert
      isOpen
      icon="trash"
      intent="danger"
      confirmButtonText="Delete from case"
      cancelButtonText="Cancel"
      canEscapeKeyCancel
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        void deleteItems(ids);
      }}
    >
      <p>
        <strong>Delete {parts.join(' and ')} from the case?</strong>
      </p>
      {ids.entities.length > 0 && (
        <p>
          Every link to or from{' '}
          {ids.entities.length === 1 ? 'this entity goes with it' : 'these entities goes with them'}
          {attached > 0
            ? `: ${count(attached, 'more link', 'more links')} on this chart, and any others in the case.`
            : ', including any not on this chart.'}
        </p>
      )}
      <p className="muted">To take items off this chart only, use Delete. Ctrl+Z undoes either.</p>
    </Alert>
  );
}
