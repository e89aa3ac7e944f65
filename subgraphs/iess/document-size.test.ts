import { getMetadataStorage } from 'type-graphql';
import { PDF, upload } from '../../test/support/files';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_SIZE } from './document-size';
import type { IessEmployer } from './employer';
import { IessDocumentKind as D, LegalRepresentativeIdType } from './enums';
import { receiveKeyRequestDocuments } from './key-request-documents';
import { IessDocumentInput } from './key-request.inputs';

const EMPLOYER = { ruc: '0990011180001', qualifiedArtisan: false, legalRepresentativeIdType: LegalRepresentativeIdType.CEDULA } as IessEmployer;
const ofSize = (bytes: number) => Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length)]);

describe('the 1 MB document size (seed 002)', () => {
  test('one limit, said the same way in the API', () => {
    expect(DOCUMENT_MAX_BYTES).toBe(1024 * 1024);
    const input = getMetadataStorage().inputTypes.find(type => type.target === IessDocumentInput)!;
    expect(input.description).toBe('A scanned file, base64-encoded (JPG or PDF, at most 1 MB; its type is read from its bytes).');
    expect(DOCUMENT_MAX_SIZE).toBe('1 MB');
  });

  test('a file of exactly 1 MB is received; one byte more is refused', async () => {
    const [received] = await receiveKeyRequestDocuments(EMPLOYER, [upload(D.RUC, 'ruc.pdf', ofSize(DOCUMENT_MAX_BYTES))], { electronic: false, correction: true });
    expect(received.sizeBytes).toBe(DOCUMENT_MAX_BYTES);
    await expect(receiveKeyRequestDocuments(EMPLOYER, [upload(D.RUC, 'ruc.pdf', ofSize(DOCUMENT_MAX_BYTES + 1))], { electronic: false, correction: true })).rejects.toMatchObject({
      message: expect.stringMatching(/bytes: el máximo es 1\u00a0048\u00a0576 bytes \(1,00 MB\)/),
      extensions: { code: 'BAD_USER_INPUT', field: 'documents[0]', reason: 'DOCUMENT_TOO_LARGE', maxBytes: DOCUMENT_MAX_BYTES },
    });
  });
});
