// Small files whose bytes are what their names say (and one that lies), for upload tests.

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** A hand-written /Sig dictionary that signs nothing: it has the words of a signed PDF, not a signature. */
export const FAKE_SIGNED_PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /AcroForm << /Fields [2 0 R] /SigFlags 3 >> >>\nendobj\n' +
    '2 0 obj\n<< /FT /Sig /V 3 0 R >>\nendobj\n3 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached ' +
    '/ByteRange [0 120 220 80] /Contents <3082> /M (D:20261120120000-05\'00\') >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
/** A ZIP whose part names are an Excel workbook's ([Content_Types].xml, xl/workbook.xml). */
export const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.from('[Content_Types].xml....xl/workbook.xml....xl/worksheets/sheet1.xml')]);
/** An OLE2 compound file whose directory names a "Workbook" stream: Excel 97-2003. */
export const XLS = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(48)]);
/** An OLE2 compound file of Word, not Excel. */
export const DOC = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(48)]);
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 7), Buffer.from([0xff, 0xd9])]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);

export const b64 = (bytes: Buffer) => bytes.toString('base64');

export function upload<K extends string>(kind: K, fileName: string, bytes: Buffer) {
  return { kind, fileName, contentBase64: b64(bytes) };
}
