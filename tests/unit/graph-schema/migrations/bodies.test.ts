import { describe, expect, it } from 'vitest';
import { SOURCE_BODY } from '../../../../graph-schema/migrations/bodies';
import type { Source } from '../../../../graph-schema/model/sources';
import { bodyVersion, readStoredBody } from '../../../../graph-schema/model/stored-body';

const source: Source = {
  id: 's-1',
  title: '供述調書',
  origin: '',
  informationDate: '2024-03',
  file: null,
  documentId: 'd-1',
  createdAt: '2024-05-01T12:00:00.000Z',
  createdBy: 'sato',
  updatedAt: '2024-05-01T12:00:00.000Z',
  updatedBy: 'sato',
};

describe('source bodies', () => {
  it('version 2 carries documentId; a version 1 body reads as standing for no Document', () => {
    expect(bodyVersion(SOURCE_BODY)).toBe(2);
    const { documentId, ...old } = source;
    expect(documentId).toBe('d-1');
    expect(readStoredBody(SOURCE_BODY, 's-1', 1, JSON.stringify(old))).toEqual({
      ...source,
      documentId: null,
    });
    expect(readStoredBody(SOURCE_BODY, 's-1', null, JSON.stringify(old))).toEqual({
      ...source,
      documentId: null,
    });
  });

  it('keeps the documentId of a current body read without its version (a Neo4j node)', () => {
    expect(readStoredBody(SOURCE_BODY, 's-1', undefined, JSON.stringify(source))).toEqual(source);
    expect(readStoredBody(SOURCE_BODY, 's-1', 2, JSON.stringify(source))).toEqual(source);
  });
});
