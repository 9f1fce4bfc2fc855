import type { Entity, SchemaIndex } from '../../../graph-schema/model';
import { TypeIcon } from './TypeIcon';
import { useTranslation } from 'react-i18next';

interface EntityOptionsProps {
  id: string;
  label: string;
  entities: Entity[];
  schema: SchemaIndex;
  active: number;
  /** Ids shown with an "on chart" mark. */
  onChart?: Record<string, unknown>;
  onPick(index: number): void;
  onHover(index: number): void;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** A listbox of entities with type icon and colour, label and aliases or type; for comboboxes. */
export function EntityOptions({
  id,
  label,
  entities,
  schema,
  active,
  onChart,
  onPick,
  onHover,
}: EntityOptionsProps) {
  const { t } = useTranslation('ui');
  return (
    <ul id={id} role="listbox" aria-label={label} className="entity-options">
      {entities.map((entity, index) => {
        const type = schema.entityType(entity.type);
        const secondary =
          entity.aliases.length > 0 ? entity.aliases.join(', ') : (type?.label ?? entity.type);
        return (
          <li
            key={entity.id}
            id={optionId(id, index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'entity-option active' : 'entity-option'}
            // mousedown, not click: the input keeps focus and the list stays open until picked
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(index);
            }}
            onMouseEnter={() => onHover(index)}
          >
            <TypeIcon icon={type?.icon ?? 'circle'} color={type?.color ?? '#8F99A8'} />
            <span className="option-label">{entity.label}</span>
            <span className="option-secondary">{secondary}</span>
            {onChart?.[entity.id] !== undefined && <span className="option-tag">{t('onChart')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
