import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartBodyInput, SavedChart } from '../../../../../../graph-schema/chart';
import { ChartBody } from '../../../../../../graph-schema/chart';
import { installApi } from '../../../../../../renderer/src/bridge';
import { draftFromRecord } from '../../../../../../renderer/src/features/forms/item-draft';
import {
  discardAndLeave,
  hasUnsavedWork,
  leaveWork,
  saveAndLeave,
} from '../../../../../../renderer/src/features/unsaved/unsaved-work';
import { resetAppStore, useAppStore } from '../../../../../../renderer/src/stores/app-store';
import { entity, fakeBackend, type FakeBackend } from '../../fake-api';

const store = () => useAppStore.getState();
let backend: FakeBackend;
let restore: () => void = () => undefined;
let saved: Map<string, SavedChart>;

beforeEach(() => {
  resetAppStore();
  saved = new Map();
  const keep = (id: string, body: ChartBodyInput, version: number) => {
    const chart = {
      ...ChartBody.parse(body),
      id,
      version,
      createdAt: 't',
      createdBy: 'a',
      updatedAt: 't',
      updatedBy: 'a',
    };
    saved.set(id, chart);
    return chart;
  };
  backend = fakeBackend({
    listCharts: async () => [],
    createChart: async ({ chart }) => keep(`c${saved.size + 1}`, chart, 1),
    saveChart: async ({ id, chart, version }) => keep(id, chart, version + 1),
  });
  restore = installApi(backend.api);
  backend.entities.set('a', entity('a', 'Ann'));
});
afterEach(() => restore());

/** What the analyst asked for; records that it ran. */
function request() {
  return vi.fn<() => void>();
}

describe('leaving unsaved work', () => {
  it('proceeds at once when nothing would be lost, an empty new chart included', async () => {
    const proceed = request();
    useAppStore.setState({ viewDirty: true });
    await leaveWork('close the case', proceed);
    expect(proceed).toHaveBeenCalledOnce();
    expect(store().dialog).toBeNull();
  });

  it('asks first when the chart changed, and Cancel leaves everything as it was', async () => {
    store().putOnChart({ entities: [entity('a', 'Ann')] });
    const proceed = request();
    await leaveWork('close the case', proceed);
    expect(proceed).not.toHaveBeenCalled();
    expect(store().dialog).toMatchObject({ kind: 'unsavedWork', action: 'close the case' });
    store().closeDialog();
    expect(hasUnsavedWork(store())).toBe(true);
    expect(Object.keys(store().chart.entities)).toEqual(['a']);
  });

  it('Save on a chart never saved asks its name first, then proceeds from there', async () => {
    store().putOnChart({ entities: [entity('a', 'Ann')] });
    const proceed = request();
    await saveAndLeave(proceed);
    expect(proceed).not.toHaveBeenCalled();
    const dialog = store().dialog;
    expect(dialog).toMatchObject({ kind: 'saveChartAs' });
    if (dialog?.kind !== 'saveChartAs') throw new Error('no name prompt');
    expect(dialog.then).toBe(proceed);
  });

  it('Save on an open chart saves over it, then proceeds', async () => {
    store().putOnChart({ entities: [entity('a', 'Ann')] });
    await store().saveView('Board');
    store().takeOffChart({ entities: ['a'] });
    const proceed = request();
    await leaveWork('start a new chart', proceed);
    await saveAndLeave(proceed);
    expect(proceed).toHaveBeenCalledOnce();
    expect(saved.get('c1')).toMatchObject({ version: 2, entities: [] });
    expect(store().viewDirty).toBe(false);
    expect(store().dialog).toBeNull();
  });

  it('counts held inspector edits; Save stores them as one undo step each, Discard drops them', async () => {
    store().putOnChart({ entities: [backend.entities.get('a')!] });
    useAppStore.setState({ viewDirty: false });
    const record = store().chart.entities.a!;
    const base = draftFromRecord(record);
    const held = { kind: 'entity' as const, label: 'Ann', base, baseVersion: record.updatedAt };
    store().holdDraft('a', { ...held, draft: { ...base, notes: 'Met in Vienna' } });
    expect(hasUnsavedWork(store())).toBe(true);

    const proceed = request();
    await saveAndLeave(proceed);
    expect(backend.entities.get('a')?.notes).toBe('Met in Vienna');
    expect(store().itemDrafts).toEqual({});
    expect(store().undoStack).toHaveLength(1);
    expect(proceed).toHaveBeenCalledOnce();

    store().holdDraft('a', { ...held, draft: { ...base, label: 'Anna' } });
    await discardAndLeave(proceed);
    expect(store().itemDrafts).toEqual({});
    expect(backend.entities.get('a')?.label).toBe('Ann');
  });

  it('a failed item save stops the way out and selects the item', async () => {
    store().putOnChart({ entities: [backend.entities.get('a')!] });
    const record = store().chart.entities.a!;
    const base = draftFromRecord(record);
    store().holdDraft('a', {
      kind: 'entity',
      label: 'Ann',
      base,
      baseVersion: record.updatedAt,
      draft: { ...base, label: 'Anna' },
    });
    backend.api.updateEntity = () => Promise.reject(new Error('disk full'));
    const proceed = request();
    await expect(saveAndLeave(proceed)).rejects.toThrow('Saving “Ann” failed: disk full');
    expect(proceed).not.toHaveBeenCalled();
    expect(store().selection.entities).toEqual(['a']);
    expect(Object.keys(store().itemDrafts)).toEqual(['a']);
  });
});
