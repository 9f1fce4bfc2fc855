import { Button, InputGroup, Tag } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import type { Entity } from '../../../graph-schema/model';
import { useAppStore } from '../stores/app-store';
import { useSchemaIndex } from '../i18n/schema-words';
import { EntityOptions, optionId } from './EntityOptions';
import { TypeIcon } from './TypeIcon';
import { useListNavigation } from './use-list-navigation';
import { useTranslation } from 'react-i18next';

interface EntityPickerProps {
  id: string;
  label: string;
  value: Entity | null;
  onChange(entity: Entity | null): void;
}

const DEBOUNCE_MS = 150;
const MAX_OPTIONS = 10;

/**
 * Picks one entity: those on the chart first, then the case's search hits. Shows the
 * choice as a tag that can be cleared to pick again.
 */
export function EntityPicker({ id, label, value, onChange }: EntityPickerProps) {
  const { t } = useTranslation('ui');
  const schema = useSchemaIndex();
  const chart = useAppStore((s) => s.chart.entities);
  const lookup = useAppStore((s) => s.lookupEntities);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Entity[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      lookup(text, MAX_OPTIONS)
        .then((found) => live && setHits(found.map((h) => h.entity)))
        .catch(() => live && setHits([]));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, lookup]);

  const needle = text.trim().toLowerCase();
  const local = Object.values(chart).filter((e) => needle === '' || e.label.toLowerCase().includes(needle));
  const seen = new Set(local.map((e) => e.id));
  const options = [...local, ...hits.filter((e) => !seen.has(e.id))].slice(0, MAX_OPTIONS);

  const pick = (index: number) => {
    const entity = options[index];
    if (!entity) return;
    onChange(entity);
    setText('');
    setOpen(false);
  };
  const nav = useListNavigation(options.length, pick);
  const listId = `${id}-options`;

  if (value && schema) {
    const type = schema.entityType(value.type);
    return (
      <div className="entity-picked" id={id}>
        <Tag
          minimal
          large={false}
          icon={<TypeIcon icon={type?.icon ?? 'circle'} color={type?.color ?? '#8F99A8'} />}
        >
          {value.label}
        </Tag>
        <span className="muted">{type?.label ?? value.type}</span>
        <Button
          size="small"
          variant="minimal"
          icon="cross"
          aria-label={t('clear', { label })}
          onClick={() => onChange(null)}
        />
      </div>
    );
  }

  return (
    <div className="entity-picker">
      <InputGroup
        id={id}
        size="small"
        leftIcon="search"
        placeholder={t('typeToSearch')}
        role="combobox"
        aria-label={label}
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && options.length > 0 ? optionId(listId, nav.active) : undefined}
        autoComplete="off"
        value={text}
        onValueChange={(v) => {
          setText(v);
          nav.setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
            return;
          }
          nav.onKeyDown(event);
        }}
      />
      {open && options.length > 0 && schema && (
        <div className="picker-popup">
          <EntityOptions
            id={listId}
            label={t('options', { label })}
            entities={options}
            schema={schema}
            active={nav.active}
            onChart={chart}
            onPick={pick}
            onHover={nav.setActive}
          />
        </div>
      )}
    </div>
  );
}
