import { Button, Callout, DialogBody, DialogFooter, FormGroup } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENERIC_LINK_TYPE, type Entity, type LinkTypeDefinition } from '../../../../graph-schema/model';
import { fieldErrors, toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { createLinkCommand } from '../../stores/commands';
import { EntityPicker } from '../../ui/EntityPicker';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { draftValues, emptyDraft, type ItemDraft } from '../forms/item-draft';
import { ItemFields } from '../forms/ItemFields';

interface LinkDialogProps {
  sourceId: string | undefined;
  targetId: string | undefined;
  onClose(): void;
}

export function LinkDialog({ sourceId, targetId, onClose }: LinkDialogProps) {
  const { t } = useTranslation(['dialogs', 'common']);
  const schema = useSchemaIndex();
  const chart = useAppStore((s) => s.chart.entities);
  const execute = useAppStore((s) => s.execute);
  const [source, setSource] = useState<Entity | null>(() => (sourceId ? (chart[sourceId] ?? null) : null));
  const [target, setTarget] = useState<Entity | null>(() => (targetId ? (chart[targetId] ?? null) : null));
  const [chosenType, setChosenType] = useState('');
  const [draft, setDraft] = useState<ItemDraft>(emptyDraft);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  // Only the types the schema allows between these two ends (undirected ones either way round);
  // the generic "linked to", which any two may use, last and never the first offered.
  const fitting = (schema?.schema.linkTypes ?? []).filter(
    (t) => !source || !target || schema?.allowsLink(t, source.type, target.type),
  );
  const specific = fitting.filter((t) => t.name !== GENERIC_LINK_TYPE);
  const generic = fitting.filter((t) => t.name === GENERIC_LINK_TYPE);
  const allowed = [...specific, ...generic];
  const type = allowed.find((t) => t.name === chosenType) ?? allowed[0];
  const defs = type?.properties ?? [];
  const errors = fieldErrors(error);

  const submit = async () => {
    if (!source || !target || !type) return;
    setSaving(true);
    setError(null);
    const { label, aliases: _aliases, ...values } = draftValues(draft, defs);
    try {
      await execute(
        createLinkCommand(
          {
            type: type.name,
            source: source.id,
            target: target.id,
            ...values,
            ...(label.trim() ? { label } : {}),
          },
          [source, target],
        ),
      );
      onClose();
    } catch (e) {
      setError(toAppError(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      isOpen
      title={t('link.title')}
      icon="new-link"
      onClose={onClose}
      className="dense-dialog form-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogBody>
          <div className="field-row">
            <FormGroup
              label={t('link.from')}
              labelFor="new-link-source"
              helperText={errors.source}
              intent={errors.source ? 'danger' : 'none'}
              className="field"
            >
              <EntityPicker
                id="new-link-source"
                label={t('link.fromEntity')}
                value={source}
                onChange={setSource}
              />
            </FormGroup>
            <FormGroup
              label={t('link.to')}
              labelFor="new-link-target"
              helperText={errors.target}
              intent={errors.target ? 'danger' : 'none'}
              className="field"
            >
              <EntityPicker
                id="new-link-target"
                label={t('link.toEntity')}
                value={target}
                onChange={setTarget}
              />
            </FormGroup>
          </div>
          <Button
            size="small"
            variant="minimal"
            icon="swap-horizontal"
            text={t('link.swap')}
            disabled={!source && !target}
            onClick={() => {
              setSource(target);
              setTarget(source);
            }}
          />
          {allowed.length === 0 && source && target ? (
            <Callout intent="warning" compact>
              {t('link.noType', {
                source: schema?.typeLabel(source.type) ?? source.type,
                target: schema?.typeLabel(target.type) ?? target.type,
              })}
            </Callout>
          ) : (
            <FormGroup
              label={t('link.type')}
              labelFor="new-link-type"
              helperText={errors.type ?? type?.description}
              intent={errors.type ? 'danger' : 'none'}
              className="field"
            >
              <HTMLSelect
                id="new-link-type"
                fill
                value={type?.name ?? ''}
                onChange={(e) => {
                  setChosenType(e.currentTarget.value);
                  setDraft({ ...draft, props: {} });
                }}
              >
                {specific.map(typeOption)}
                {generic.length > 0 && (
                  <optgroup label={t('link.anyTwo')}>{generic.map(typeOption)}</optgroup>
                )}
              </HTMLSelect>
            </FormGroup>
          )}
          <ItemFields
            kind="link"
            draft={draft}
            defs={defs}
            errors={errors}
            idPrefix="new-link"
            onChange={setDraft}
          />
          {error && Object.keys(errors).length === 0 && <ErrorCallout error={error} />}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('common:cancel')} onClick={onClose} />
              <Button
                size="small"
                type="submit"
                intent="primary"
                text={t('link.create')}
                disabled={!source || !target || !type}
                loading={saving}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}

/** Notation, the same in every language: a directed type's arrow, an undirected one's bar. */
const DIRECTION_MARK = { directed: '→', undirected: '—' };

function typeOption(t: LinkTypeDefinition) {
  return (
    <option key={t.name} value={t.name}>
      {t.label} {t.directed ? DIRECTION_MARK.directed : DIRECTION_MARK.undirected} ({t.name})
    </option>
  );
}
