import type { ColumnOrFixed, MappingDraft } from '../../../../graph-schema/contract';
import { wordIn, type PropertyDefinition, type SchemaIndex } from '../../../../graph-schema/model';
import { currentLanguage, i18n } from '../../i18n';
import { indexInLanguage } from '../../i18n/schema-words';
import {
  COMMON_FIELDS,
  commonFieldLabel,
  fixedType,
  groupLabel,
  groupType,
  groupsFor,
  type FieldGroup,
} from './mapping-edit';

/**
 * Live checks of a mapping against the file's columns and the schema, each placed at the
 * control it concerns ("source.type", "link.type", "sourceKey", "fields") so the step can
 * show it beside that control. Any issue keeps the analyst on the step: every row would be
 * rejected anyway.
 */
export interface MappingIssue {
  at: string;
  message: string;
}

export interface FieldOption {
  value: string;
  label: string;
}

function propsFor(index: SchemaIndex, group: FieldGroup, type: string | null): PropertyDefinition[] {
  const types = group === 'link' ? index.schema.linkTypes : index.schema.entityTypes;
  const chosen = type === null ? types : types.filter((t) => t.name === type);
  const seen = new Map<string, PropertyDefinition>();
  for (const t of chosen) for (const p of t.properties) if (!seen.has(p.name)) seen.set(p.name, p);
  return [...seen.values()];
}

/** The fields a column can feed in one group: the common ones, then the type's properties. */
export function fieldOptions(mapping: MappingDraft, group: FieldGroup, index: SchemaIndex): FieldOption[] {
  const type = groupType(mapping, group);
  const known = type === null || (group === 'link' ? index.linkType(type) : index.entityType(type));
  const props = known ? propsFor(index, group, type) : [];
  return [
    ...(group === 'link' ? [{ value: 'link:label', label: i18n.t('import:field.label') }] : []),
    ...COMMON_FIELDS.map((f) => ({ value: `${group}:${f}`, label: commonFieldLabel(f) })),
    ...props.map((p) => ({
      value: `${group}:props.${p.name}`,
      label:
        type === null
          ? i18n.t('import:field.ifTypeHasIt', { label: wordIn(p.label, p.labels, currentLanguage()) })
          : wordIn(p.label, p.labels, currentLanguage()),
    })),
  ];
}

/** Entity types by their labels in the UI's language: "Person or Company" / 「人物または企業」. */
function describeTypes(names: readonly string[], words: SchemaIndex): string {
  if (names.includes('*')) return i18n.t('import:check.anyType');
  return names.map((name) => words.entityType(name)?.label ?? name).join(i18n.t('import:check.or'));
}

export function checkMapping(
  mapping: MappingDraft,
  columns: readonly string[],
  index: SchemaIndex,
): MappingIssue[] {
  const issues: MappingIssue[] = [];
  const has = new Set(columns);
  const column = (at: string, name: string | undefined, what: string, required: boolean) => {
    if (name === undefined || name === '') {
      if (required) issues.push({ at, message: i18n.t('import:check.chooseColumn', { what }) });
    } else if (!has.has(name)) {
      issues.push({ at, message: i18n.t('import:check.noColumn', { name }) });
    }
  };
  const typeSource = (at: string, value: ColumnOrFixed | undefined, kind: 'entity' | 'link') => {
    const entity = kind === 'entity';
    if (!value || ('fixed' in value && value.fixed === '')) {
      issues.push({
        at,
        message: i18n.t(entity ? 'import:check.chooseEntityType' : 'import:check.chooseLinkType'),
      });
    } else if ('column' in value) {
      column(
        at,
        value.column,
        i18n.t(entity ? 'import:check.what.entityType' : 'import:check.what.linkType'),
        true,
      );
    } else if (!(entity ? index.entityType(value.fixed) : index.linkType(value.fixed))) {
      const message = entity ? 'import:check.noEntityType' : 'import:check.noLinkType';
      issues.push({ at, message: i18n.t(message, { name: value.fixed }) });
    }
  };
  const required = (at: string, group: FieldGroup) => {
    const type = groupType(mapping, group);
    const def = type === null ? undefined : group === 'link' ? index.linkType(type) : index.entityType(type);
    const fields = (group === 'link' ? mapping.link?.fields : mapping[group]?.fields) ?? {};
    const mapped = new Set(Object.values(fields));
    const missing = (def?.properties ?? []).filter((p) => p.required && !mapped.has(`props.${p.name}`));
    if (missing.length > 0) {
      const names = missing.map((p) => p.label).join(i18n.t('import:check.listSeparator'));
      issues.push({ at, message: i18n.t('import:check.needs', { type: def?.label ?? type, names }) });
    }
  };

  for (const group of groupsFor(mapping.shape)) {
    if (group === 'link') {
      typeSource('link.type', mapping.link?.type, 'link');
      required('link.type', 'link');
      continue;
    }
    const end = mapping[group];
    typeSource(`${group}.type`, end?.type, 'entity');
    const label = i18n.t('import:check.what.label', { name: groupLabel(group) });
    column(`${group}.label`, end?.label, label, true);
    column(`${group}.key`, end?.key, i18n.t('import:check.what.key'), false);
    column(`${group}.aliases`, end?.aliases, i18n.t('import:check.what.aliases'), false);
    required(`${group}.type`, group);
  }
  if (mapping.shape === 'links') {
    column('sourceKey', mapping.sourceKey, i18n.t('import:check.what.sourceKey'), true);
    column('targetKey', mapping.targetKey, i18n.t('import:check.what.targetKey'), true);
  }
  if (mapping.shape === 'matrix' || mapping.shape === 'edge-list') {
    if (!mapping.entityType)
      issues.push({ at: 'entityType', message: i18n.t('import:check.chooseTheEntityType') });
    else if (!index.entityType(mapping.entityType))
      issues.push({
        at: 'entityType',
        message: i18n.t('import:check.noEntityType', { name: mapping.entityType }),
      });
    typeSource('link.type', mapping.link?.type, 'link');
  }
  issues.push(...endpointIssues(mapping, index));
  return issues;
}

/** A fixed link type between fixed entity types must be one the schema allows between them. */
function endpointIssues(mapping: MappingDraft, index: SchemaIndex): MappingIssue[] {
  const linkName = fixedType(mapping.link?.type);
  const linkType = linkName ? index.linkType(linkName) : undefined;
  if (!linkType) return [];
  const ends: [string | null, string | null] =
    mapping.shape === 'link-rows'
      ? [fixedType(mapping.source?.type), fixedType(mapping.target?.type)]
      : mapping.shape === 'matrix' || mapping.shape === 'edge-list'
        ? [mapping.entityType ?? null, mapping.entityType ?? null]
        : [null, null];
  const [from, to] = ends;
  if (!from || !to || !index.entityType(from) || !index.entityType(to)) return [];
  if (index.allowsLink(linkType, from, to)) return [];
  // The schema's words in the UI's language (雇用, 人物), its names unchanged.
  const words = indexInLanguage(index, currentLanguage());
  return [
    {
      at: 'link.type',
      message: i18n.t('import:check.endpoints', {
        link: words.linkType(linkType.name)?.label ?? linkType.label,
        allowedFrom: describeTypes(linkType.from, words),
        allowedTo: describeTypes(linkType.to, words),
        from: words.entityType(from)?.label ?? from,
        to: words.entityType(to)?.label ?? to,
      }),
    },
  ];
}

export function issueAt(issues: readonly MappingIssue[], at: string): string | undefined {
  return issues.find((i) => i.at === at)?.message;
}
