import { Button, DialogBody, DialogFooter } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { createEntityCommand } from '../../stores/commands';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { revealOnChart } from '../actions';
import { draftValues, emptyDraft, type ItemDraft } from '../forms/item-draft';
import { ItemFields } from '../forms/ItemFields';
import { TypeChooser } from './TypeChooser';

/** The type of the last entity created: analysts often enter several of one kind in a row. */
const LAST_TYPE_KEY = 'plexus.lastEntityType';

export function EntityDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation(['dialogs', 'common']);
  const schema = useSchemaIndex();
  const execute = useAppStore((s) => s.execute);
  const types = schema?.schema.entityTypes ?? [];
  const [typeName, setTypeName] = useState(
    () =>
      types.find((t) => t.name === localStorage.getItem(LAST_TYPE_KEY))?.name ??
      types.find((t) => t.name === 'Person')?.name ??
      types[0]?.name ??
      '',
  );
  const [draft, setDraft] = useState<ItemDraft>(emptyDraft);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const type = schema?.entityType(typeName);
  const defs = type?.properties ?? [];
  const errors = fieldErrors(error);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await execute(createEntityCommand({ type: typeName, ...draftValues(draft, defs) }));
      localStorage.setItem(LAST_TYPE_KEY, typeName);
      onClose();
      revealOnChart(useAppStore.getState().selection.entities);
    } catch (e) {
      setError(toAppError(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      isOpen
      title={t('entity.title')}
      icon="add"
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
          <TypeChooser
            types={types}
            value={typeName}
            onChange={(name) => {
              setTypeName(name);
              setDraft({ ...draft, props: {} });
            }}
          />
          {errors.type && <ErrorCallout error={error} />}
          <ItemFields
            kind="entity"
            draft={draft}
            defs={defs}
            errors={errors}
            idPrefix="new-entity"
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
                text={type ? t('entity.create', { type: type.label }) : t('entity.createAny')}
                loading={saving}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
