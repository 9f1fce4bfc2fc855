import { afterEach, describe, expect, it } from 'vitest';
import type { MappingDraft } from '../../../../../../graph-schema/contract';
import {
  checkMapping,
  fieldOptions,
  issueAt,
} from '../../../../../../renderer/src/features/import/mapping-check';
import { i18n } from '../../../../../../renderer/src/i18n';
import { index } from './schema-fixture';

const columns = ['name', 'kind', 'number', 'employer'];

const linkRows = (from: string, to: string, type: string): MappingDraft => ({
  shape: 'link-rows',
  source: { type: { fixed: from }, label: 'name' },
  target: { type: { fixed: to }, label: 'employer' },
  link: { type: { fixed: type } },
});

describe('mapping checks', () => {
  it('accepts a link type the schema allows between the fixed end types', () => {
    expect(checkMapping(linkRows('Person', 'Company', 'EMPLOYED_BY'), columns, index)).toEqual([]);
  });

  it('names the allowed ends when a fixed link type does not fit the fixed entity types', () => {
    const issues = checkMapping(linkRows('Company', 'Person', 'EMPLOYED_BY'), columns, index);
    expect(issueAt(issues, 'link.type')).toBe(
      '“employed by” runs from Person to Organization or Company, not from Company to Person',
    );
  });

  it('asks for a required property of a fixed type until a column feeds it', () => {
    const m: MappingDraft = { shape: 'entities', entity: { type: { fixed: 'Identifier' }, label: 'number' } };
    expect(issueAt(checkMapping(m, columns, index), 'entity.type')).toMatch(/needs Kind: map a column/);
    const mapped: MappingDraft = { ...m, entity: { ...m.entity!, fields: { kind: 'props.identifierKind' } } };
    expect(checkMapping(mapped, columns, index)).toEqual([]);
  });

  it('flags missing columns, unknown types and unset keys at their controls', () => {
    const issues = checkMapping(
      { shape: 'links', sourceKey: 'from', link: { type: { fixed: 'NOT_A_TYPE' } } },
      columns,
      index,
    );
    expect(issueAt(issues, 'sourceKey')).toBe('No column “from” in this file');
    expect(issueAt(issues, 'targetKey')).toBe('Choose the target key column');
    expect(issueAt(issues, 'link.type')).toBe('No link type “NOT_A_TYPE” in the schema');
    expect(
      issueAt(
        checkMapping({ shape: 'matrix', link: { type: { fixed: 'ASSOCIATE_OF' } } }, columns, index),
        'entityType',
      ),
    ).toBe('Choose the entity type');
  });

  it('offers the fixed type’s own properties, or every type’s when rows name the type', () => {
    const person: MappingDraft = { shape: 'entities', entity: { type: { fixed: 'Person' }, label: 'name' } };
    const values = fieldOptions(person, 'entity', index).map((o) => o.value);
    expect(values).toContain('entity:props.nationality');
    expect(values).toContain('entity:validFrom');
    expect(values).not.toContain('entity:props.identifierKind');
    const byColumn: MappingDraft = { shape: 'entities', entity: { type: { column: 'kind' }, label: 'name' } };
    expect(fieldOptions(byColumn, 'entity', index).map((o) => o.value)).toContain(
      'entity:props.identifierKind',
    );
    const link: MappingDraft = { shape: 'links', link: { type: { fixed: 'EMPLOYED_BY' } } };
    expect(fieldOptions(link, 'link', index).map((o) => o.value)).toEqual(
      expect.arrayContaining(['link:label', 'link:props.position']),
    );
  });
});

describe('mapping checks in Japanese', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says each issue in Japanese, the schema and column names as they are', async () => {
    await i18n.changeLanguage('ja');
    const issues = checkMapping(
      { shape: 'links', sourceKey: 'from', link: { type: { fixed: 'NOT_A_TYPE' } } },
      columns,
      index,
    );
    expect(issueAt(issues, 'sourceKey')).toBe('このファイルに列「from」はありません');
    expect(issueAt(issues, 'targetKey')).toBe('終点キーの列を選んでください');
    expect(issueAt(issues, 'link.type')).toBe('スキーマにリンクの種類「NOT_A_TYPE」はありません');
    const ends = checkMapping(linkRows('Company', 'Person', 'EMPLOYED_BY'), columns, index);
    // Types by the schema's Japanese labels, as the wizard's type selects and the inspector show them.
    expect(issueAt(ends, 'link.type')).toBe(
      '「雇用」は 人物 から 組織 または 企業 へのリンクです。企業 から 人物 へは使えません',
    );
  });
});
