import { describe, expect, it } from 'vitest';
import { isDocument, sourceForDocument } from '../../../../graph-schema/model/document-source';
import type { Entity } from '../../../../graph-schema/model/records';

const document: Entity = {
  id: 'd-1',
  type: 'Document',
  label: '  捜査報告書 第3号 ',
  aliases: [],
  notes: '',
  validFrom: '2024-02',
  validTo: null,
  confidence: 'probable',
  reliability: 'B',
  credibility: '2',
  classification: 'UNCLASSIFIED',
  props: { published: '2024-03-01', author: '警視庁 組織犯罪対策部' },
  createdAt: '2024-05-01T12:00:00.000Z',
  createdBy: 'sato',
  updatedAt: '2024-05-01T12:00:00.000Z',
  updatedBy: 'sato',
};

describe('sourceForDocument', () => {
  it("takes the Document's label, author and publication date, and names the Document", () => {
    expect(sourceForDocument(document)).toEqual({
      title: '捜査報告書 第3号',
      origin: '警視庁 組織犯罪対策部',
      informationDate: '2024-03-01',
      documentId: 'd-1',
    });
    expect(sourceForDocument(document, '報告書').title).toBe('報告書');
  });

  it('falls back to the date it is valid from, and to no origin', () => {
    const bare = { ...document, props: { published: 'last spring' } };
    expect(sourceForDocument(bare)).toMatchObject({ origin: '', informationDate: '2024-02' });
    expect(sourceForDocument({ ...bare, validFrom: null }).informationDate).toBeNull();
  });

  it('knows a Document from any other entity', () => {
    expect(isDocument(document)).toBe(true);
    expect(isDocument({ type: 'Person' })).toBe(false);
  });
});
