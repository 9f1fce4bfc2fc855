import { Button, Callout, Checkbox, DialogBody, DialogFooter, FormGroup } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../../graph-schema/model';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { EntityPicker } from '../../ui/EntityPicker';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { TypeIcon } from '../../ui/TypeIcon';
import { revealOnChart } from '../actions';
import { TypeChecklist } from './TypeChecklist';

interface PathDialogProps {
  fromId: string;
  toId: string | undefined;
  onClose(): void;
}

export function PathDialog({ fromId, toId, onClose }: PathDialogProps) {
  const { t } = useTranslation('dialogs');
  const schema = useSchemaIndex();
  const from = useAppStore((s) => s.chart.entities[fromId]);
  const initialTo = useAppStore((s) => (toId ? s.chart.entities[toId] : undefined));
  const findPath = useAppStore((s) => s.findPath);
  const [to, setTo] = useState<Entity | null>(initialTo ?? null);
  const [directed, setDirected] = useState(false);
  const [linkTypes, setLinkTypes] = useState<string[]>([]);
  const [noPath, setNoPath] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const fromType = from ? schema?.entityType(from.type) : undefined;

  const run = async () => {
    if (!from || !to) return;
    setRunning(true);
    setError(null);
    setNoPath(null);
    try {
      const result = await findPath({ from: from.id, to: to.id, directed, linkTypes }, from, to);
      if (result.found) {
        onClose();
        revealOnChart(result.entityIds);
      } else {
        setNoPath(t(directed ? 'path.noneDirected' : 'path.none', { from: from.label, to: to.label }));
      }
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog
      isOpen
      title={t('path.title')}
      icon="route"
      onClose={onClose}
      className="dense-dialog form-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <DialogBody>
          <div className="field-row">
            <FormGroup label={t('path.from')} className="field">
              <div className="entity-picked">
                {fromType && <TypeIcon icon={fromType.icon} color={fromType.color} />}
                <strong>{from?.label ?? fromId}</strong>
              </div>
            </FormGroup>
            <FormGroup label={t('path.to')} labelFor="path-target" className="field">
              <EntityPicker id="path-target" label={t('path.target')} value={to} onChange={setTo} />
            </FormGroup>
          </div>
          <Checkbox
            label={t('path.directed')}
            checked={directed}
            onChange={(e) => setDirected(e.currentTarget.checked)}
          />
          <TypeChecklist
            legend={t('path.onlyThrough')}
            types={(schema?.schema.linkTypes ?? []).map((t) => ({ name: t.name, label: t.label }))}
            value={linkTypes}
            onChange={setLinkTypes}
          />
          <ErrorCallout error={error} />
          {noPath && (
            <Callout intent="primary" icon="info-sign" compact role="status">
              {noPath}
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('close')} onClick={onClose} />
              <Button
                size="small"
                type="submit"
                intent="primary"
                text={t('path.find')}
                disabled={!from || !to}
                loading={running}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
