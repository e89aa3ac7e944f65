import { GraphQLError } from 'graphql';
import { PDF, XLSX } from '../../test/support/files';
import { receiveOficio } from './status-change-oficio';

const refusal = (upload: Parameters<typeof receiveOficio>[0]) => {
  try {
    receiveOficio(upload);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('accepted');
};

describe("the Máxima Autoridad's oficio is a document (§6.5)", () => {
  test('a PDF is received with its SHA-256', () => {
    expect(receiveOficio({ fileName: 'oficio.pdf', contentBase64: PDF.toString('base64') })).toMatchObject({ fileType: 'PDF', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  test('missing, or not a PDF, is refused naming the field', () => {
    expect(refusal(null).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'oficio', reason: 'DOCUMENTS_MISSING' });
    expect(refusal({ fileName: 'oficio.pdf', contentBase64: XLSX.toString('base64') }).extensions).toMatchObject({ field: 'oficio', reason: 'DOCUMENT_TYPE' });
  });
});
