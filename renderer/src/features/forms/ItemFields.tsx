import { FormGroup, InputGroup, TagInput, TextArea } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import {
  CONFIDENCE_LEVELS,
  confidenceLabel,
  credibilityLabel,
  reliabilityLabel,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  type PropertyDefinition,
} from '../../../../graph-schema/model';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { useClassificationOptions } from '../charts/marking-options';
import type { ItemDraft } from './item-draft';
import { PropertyField } from './PropertyField';

interface ItemFieldsProps {
  kind: 'entity' | 'link';
  draft: ItemDraft;
  defs: readonly PropertyDefinition[];
  /** Messages by field name as the store names them: 'label', 'validFrom', 'props.share'. */
  errors: Record<string, string>;
  idPrefix: string;
  onChange(draft: ItemDraft): void;
}

const DATE_FIELDS = ['validFrom', 'validTo'] as const;

/** The editable fields of an entity or link, shared by the inspector and the create forms. */
export function ItemFields({ kind, draft, defs, errors, idPrefix, onChange }: ItemFieldsProps) {
  const { t } = useTranslation('forms');
  const language = currentLanguage();
  const classifications = useClassificationOptions([draft.classification]);
  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const id = (name: string) => `${idPrefix}-${name}`;
  const intent = (name: string) => (errors[name] ? 'danger' : 'none');
  const dateField = (field: 'validFrom' | 'validTo') => (
    <FormGroup
      key={field}
      label={t(field)}
      labelFor={id(field)}
      helperText={errors[field]}
      intent={intent(field)}
      className="field"
    >
      <InputGroup
        id={id(field)}
        size="small"
        // Short enough for a half-width field; the validation message spells it out.
        placeholder={t('dateHint')}
        value={draft[field]}
        intent={intent(field)}
        aria-invalid={!!errors[field]}
        onValueChange={(v) => set(field, v)}
      />
    </FormGroup>
  );

  return (
    <div className="item-fields">
      <FormGroup
        label={t('label')}
        labelFor={id('label')}
        helperText={errors.label}
        intent={intent('label')}
        className="field"
      >
        <InputGroup
          id={id('label')}
          size="small"
          value={draft.label}
          intent={intent('label')}
          aria-invalid={!!errors.label}
          onValueChange={(v) => set('label', v)}
        />
      </FormGroup>
      {kind === 'entity' && (
        <FormGroup
          label={t('aliases')}
          labelFor={id('aliases')}
          helperText={errors.aliases ?? t('aliasesHint')}
          intent={intent('aliases')}
          className="field"
        >
          <TagInput
            values={draft.aliases}
            addOnBlur
            separator=","
            inputProps={{ id: id('aliases') }}
            // Enter adds the alias; it must not also submit the surrounding form.
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.target as HTMLInputElement).value !== '')
                event.preventDefault();
            }}
            onChange={(values) => set('aliases', values.map(String))}
          />
        </FormGroup>
      )}
      {defs.map((def) => (
        <PropertyField
          key={def.name}
          def={def}
          idPrefix={idPrefix}
          value={draft.props[def.name]}
          error={errors[`props.${def.name}`]}
          onChange={(v) => set('props', { ...draft.props, [def.name]: v })}
        />
      ))}
      <div className="field-row">{DATE_FIELDS.map(dateField)}</div>
      <div className="field-row">
        <Select
          label={t('confidence')}
          id={id('confidence')}
          value={draft.confidence}
          options={CONFIDENCE_LEVELS.map((c) => [c, confidenceLabel(c, language)])}
          onChange={(v) => set('confidence', v as ItemDraft['confidence'])}
        />
        <Select
          label={t('classification')}
          id={id('classification')}
          value={draft.classification}
          options={classifications}
          onChange={(v) => set('classification', v as ItemDraft['classification'])}
        />
      </div>
      <div className="field-row">
        <Select
          label={t('reliability')}
          id={id('reliability')}
          value={draft.reliability}
          options={RELIABILITY_GRADES.map((g) => [g, `${g} — ${reliabilityLabel(g, language)}`])}
          onChange={(v) => set('reliability', v as ItemDraft['reliability'])}
        />
        <Select
          label={t('credibility')}
          id={id('credibility')}
          value={draft.credibility}
          options={CREDIBILITY_GRADES.map((g) => [g, `${g} — ${credibilityLabel(g, language)}`])}
          onChange={(v) => set('credibility', v as ItemDraft['credibility'])}
        />
      </div>
      <FormGroup
        label={t('notes')}
        labelFor={id('notes')}
        helperText={errors.notes}
        intent={intent('notes')}
        className="field"
      >
        <TextArea
          id={id('notes')}
          size="small"
          fill
          rows={3}
          value={draft.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
        />
      </FormGroup>
    </div>
  );
}

interface SelectProps {
  label: string;
  id: string;
  value: string;
  options: [string, string][];
  onChange(value: string): void;
}

function Select({ label, id, value, options, onChange }: SelectProps) {
  return (
    <FormGroup label={label} labelFor={id} className="field">
      <HTMLSelect
        id={id}
        fill
        value={value}
        title={options.find(([v]) => v === value)?.[1]}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </HTMLSelect>
    </FormGroup>
  );
}
