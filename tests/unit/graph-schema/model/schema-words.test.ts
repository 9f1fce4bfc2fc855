import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { commonFieldLabel, fieldLabel } from '../../../../graph-schema/model/field-labels';
import { confidenceLabel, credibilityLabel, reliabilityLabel } from '../../../../graph-schema/model/grading';
import { SchemaIndex } from '../../../../graph-schema/model/schema';

const index = new SchemaIndex(loadSchema([]));

describe('the schema’s words by language', () => {
  it('names types, fields and options in Japanese and in English', () => {
    expect(index.typeLabel('Person', 'ja')).toBe('人物');
    expect(index.typeLabel('Person', 'en')).toBe('Person');
    expect(index.typePlural('Person', 'en')).toBe('People');
    expect(index.typePlural('Person', 'ja')).toBe('人物');
    expect(index.typeLabel('EMPLOYED_BY', 'ja')).toBe('雇用');
    expect(index.typeLabel('POSSIBLE_TASKING_BY', 'ja')).toBe('国家による任務付与の疑い');
    expect(index.fieldLabel('Asset', 'assetKind', 'ja')).toBe('種別');
    expect(index.fieldLabel('Asset', 'registration')).toBe('Registration (IMO, plate, tail)');
    expect(index.optionLabel('Person', 'gender', 'female', 'ja')).toBe('女性');
    expect(index.optionLabel('Person', 'gender', 'female', 'en')).toBe('female');
    expect(index.typeDescription('Incident', 'ja')).toMatch(/^関心対象の事象/);
  });

  it('shows what it does not know as it is', () => {
    expect(index.typeLabel('Drone', 'ja')).toBe('Drone');
    expect(index.fieldLabel('Person', 'shoeSize', 'ja')).toBe('shoeSize');
    expect(index.optionLabel('Person', 'gender', 'nonbinary', 'ja')).toBe('nonbinary');
  });

  it('reads field paths and common fields in a language', () => {
    expect(fieldLabel(index, 'entity', 'Identifier', 'props.identifierKind', 'ja')).toBe('種別');
    expect(fieldLabel(index, 'link', 'OWNS', 'props.share', 'ja')).toBe('持分（%）');
    expect(fieldLabel(index, 'entity', 'Person', 'validTo', 'ja')).toBe('有効期間（終了）');
    expect(fieldLabel(index, 'entity', 'Person', 'validTo')).toBe('Valid to');
    expect(commonFieldLabel('reliability', 'ja')).toBe('情報源の信頼性');
    expect(commonFieldLabel('credibility', 'ja')).toBe('情報の確からしさ');
  });

  it('grades and confidence in both languages', () => {
    expect(reliabilityLabel('B', 'ja')).toBe('通常は信頼できる');
    expect(reliabilityLabel('B')).toBe('Usually reliable');
    expect(credibilityLabel('6', 'ja')).toBe('真偽を判断できない');
    expect(credibilityLabel('1')).toBe('Confirmed by other sources');
    expect(confidenceLabel('probable', 'ja')).toBe('可能性が高い');
    expect(confidenceLabel('probable')).toBe('probable');
  });
});
