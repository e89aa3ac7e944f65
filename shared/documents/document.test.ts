import { GraphQLError } from 'graphql';
import { DOC, JPEG, PDF, PNG, XLS, XLSX } from '../../test/support/files';
import { receiveDocument, sniffFileType } from './document';

describe('documents are judged by their bytes', () => {
  test.each([
    [PDF, 'PDF'],
    [XLSX, 'XLSX'],
    [XLS, 'XLS'],
    [DOC, null],
    [JPEG, 'JPEG'],
    [PNG, 'PNG'],
    [Buffer.from('hola'), null],
    [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]), null],
  ])('sniffs %#', (bytes, type) => {
    expect(sniffFileType(bytes)).toBe(type);
  });

  const rule = { label: 'la fotografía', accepted: ['JPEG' as const], maxBytes: 100 };
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e as GraphQLError;
    }
    throw new Error('expected an error');
  };

  test('a PNG renamed .jpg is refused, naming the field and what it really is', () => {
    const e = error(() => receiveDocument('photo', 'foto.jpg', PNG.toString('base64'), rule));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photo', reason: 'DOCUMENT_TYPE', detected: 'PNG' });
    expect(e.message).toMatch(/"foto.jpg" \(la fotografía\) es PNG según su contenido: se acepta JPG/);
  });

  test('size, emptiness and encoding are checked', () => {
    expect(error(() => receiveDocument('photo', 'f.jpg', Buffer.concat([JPEG, Buffer.alloc(200)]).toString('base64'), rule)).extensions).toMatchObject({ reason: 'DOCUMENT_TOO_LARGE' });
    expect(error(() => receiveDocument('photo', 'f.jpg', '', rule)).extensions).toMatchObject({ reason: 'DOCUMENT_EMPTY' });
    expect(error(() => receiveDocument('photo', 'f.jpg', '%%%', rule)).extensions).toMatchObject({ reason: 'DOCUMENT_ENCODING' });
  });

  test('an accepted file comes back with its media type, size and SHA-256', () => {
    const doc = receiveDocument('photo', 'f.jpg', JPEG.toString('base64'), rule);
    expect(doc).toMatchObject({ fileType: 'JPEG', mediaType: 'image/jpeg', sizeBytes: JPEG.length });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
