import { receiveDocumentSet } from './document-set';

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64');
const rules = {
  FORM: { label: 'el formulario', accepted: ['PDF' as const] },
  ID: { label: 'la cédula', accepted: ['PDF' as const] },
  EXTRA: { label: 'el anexo', accepted: ['PDF' as const] },
};
const up = (kind: keyof typeof rules, fileName = `${kind}.pdf`) => ({ kind, fileName, contentBase64: PDF });

describe('receiving a set of documents', () => {
  test.each([
    ['repeated', [up('FORM'), up('FORM'), up('ID')], 'DOCUMENT_REPEATED', /dos veces el formulario/],
    ['not applicable', [up('FORM'), up('ID'), up('EXTRA')], 'DOCUMENT_NOT_APPLICABLE', /no lleva el anexo/],
    ['missing', [up('FORM')], 'DOCUMENTS_MISSING', /Faltan documentos: la cédula/],
  ])('%s: BAD_USER_INPUT on documents', (_label, uploads, reason, message) => {
    expect(() => receiveDocumentSet(uploads, { rules, required: ['FORM', 'ID'] })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'documents', reason }) }),
    );
  });

  test('a complete set comes back in upload order, each checked by its bytes, optional kinds allowed', () => {
    const received = receiveDocumentSet([up('ID'), up('EXTRA'), up('FORM')], { rules, required: ['FORM', 'ID'], optional: ['EXTRA'] });
    expect(received.map(d => [d.kind, d.fileType])).toEqual([
      ['ID', 'PDF'],
      ['EXTRA', 'PDF'],
      ['FORM', 'PDF'],
    ]);
    expect(() => receiveDocumentSet([up('FORM'), { kind: 'ID' as const, fileName: 'id.pdf', contentBase64: 'bm8gZXMgcGRm' }], { rules, required: ['FORM', 'ID'] })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'documents[1]', reason: 'DOCUMENT_TYPE' }) }),
    );
  });
});
