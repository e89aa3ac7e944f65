import { FAKE_SIGNED_PDF, JPEG, PDF, PNG, upload } from '../../test/support/files';
import { signedPdf, testSignatures } from '../../test/support/signed-pdf';
import type { IessEmployer } from './employer';
import { IessDocumentKind as D, LegalRepresentativeIdType as Rep } from './enums';
import { receiveKeyRequestDocuments, requiredIessDocuments, type IessUpload } from './key-request-documents';

// Seed 002's requirements, checked on the set before anything is written.

const employer = (extra: Partial<IessEmployer> = {}) => ({ ruc: '0990011180001', qualifiedArtisan: false, legalRepresentativeIdType: Rep.CEDULA, ...extra }) as IessEmployer;
const COMPANY = employer();
const ARTISAN = employer({ ruc: '1712345675001', qualifiedArtisan: true });
const FOREIGN = employer({ ruc: '1790085783001', legalRepresentativeIdType: Rep.PASSPORT });
const signatures = testSignatures();
let signedRequest: Buffer;
const docs = (...kinds: Array<[D, Buffer]>): IessUpload[] => kinds.map(([kind, bytes], i) => upload(kind, `${kind.toLowerCase()}-${i}.${bytes === JPEG ? 'jpg' : 'pdf'}`, bytes));
const virtualDocs = (extra: Array<[D, Buffer]> = [], rep: [D, Buffer] = [D.LEGAL_REPRESENTATIVE_ID, JPEG]) => docs([D.RUC, PDF], [D.SIGNED_REQUEST, signedRequest], rep, [D.SIGNED_AGREEMENT, PDF], ...extra);
const refused = (field: string, message: RegExp, extensions: Record<string, unknown> = {}) => ({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field, ...extensions }) });

beforeAll(async () => {
  signedRequest = await signedPdf(signatures.signer, 'Solicitud de entrega de clave patronal');
});

describe('what a clave patronal request must carry', () => {
  test('the legal representative\'s cédula or foreign document; the artisan qualification only for artisans', () => {
    expect(requiredIessDocuments(COMPANY)).toEqual([D.RUC, D.SIGNED_REQUEST, D.LEGAL_REPRESENTATIVE_ID, D.SIGNED_AGREEMENT]);
    expect(requiredIessDocuments(FOREIGN)).toEqual([D.RUC, D.SIGNED_REQUEST, D.FOREIGN_ID_DOCUMENT, D.SIGNED_AGREEMENT]);
    expect(requiredIessDocuments(ARTISAN)).toContain(D.ARTISAN_QUALIFICATION);
  });

  test('virtual channel: bad sets are refused, naming the document or the set', async () => {
    const cases: Array<[IessEmployer, IessUpload[], string, RegExp]> = [
      [COMPANY, docs([D.RUC, PDF], [D.SIGNED_REQUEST, PDF], [D.LEGAL_REPRESENTATIVE_ID, JPEG], [D.SIGNED_AGREEMENT, PDF]), 'documents[1]', /no tiene firma electrónica/],
      [COMPANY, docs([D.RUC, PDF], [D.SIGNED_REQUEST, FAKE_SIGNED_PDF], [D.LEGAL_REPRESENTATIVE_ID, JPEG], [D.SIGNED_AGREEMENT, PDF]), 'documents[1]', /La firma electrónica de la solicitud de entrega de clave "signed_request-1.pdf" no se acepta/],
      [COMPANY, virtualDocs().map((d, i) => (i === 0 ? upload(D.RUC, 'ruc.pdf', PNG) : d)), 'documents[0]', /es PNG según su contenido: se acepta JPG o PDF/],
      [COMPANY, virtualDocs().map((d, i) => (i === 0 ? upload(D.RUC, 'ruc.pdf', Buffer.concat([PDF, Buffer.alloc(1024 * 1024)])) : d)), 'documents[0]', /bytes: el máximo es 1\u00a0048\u00a0576 bytes \(1,00 MB\)/],
      [COMPANY, virtualDocs([[D.ARTISAN_QUALIFICATION, PDF]]), 'documents', /no está registrado como artesano calificado/],
      [COMPANY, virtualDocs([], [D.FOREIGN_ID_DOCUMENT, PDF]), 'documents', /tiene cédula ecuatoriana/],
      [ARTISAN, virtualDocs(), 'documents', /Faltan documentos: la calificación artesanal/],
      [FOREIGN, virtualDocs(), 'documents', /extranjero sin cédula/],
    ];
    for (const [who, uploads, field, message] of cases) {
      await expect(receiveKeyRequestDocuments(who, uploads, { electronic: true })).rejects.toMatchObject(refused(field, message));
    }
    await expect(receiveKeyRequestDocuments(COMPANY, virtualDocs([[D.RUC, JPEG]]), { electronic: true })).rejects.toMatchObject(refused('documents', /Se adjuntó dos veces el RUC/, { reason: 'DOCUMENT_REPEATED' }));
  });

  test('virtual channel: a solicitud signed by a certificate of an unknown authority is refused when roots are configured', async () => {
    const strangerPdf = await signedPdf(signatures.stranger);
    process.env.SIGNATURE_TRUSTED_ROOTS = signatures.rootPemPath;
    try {
      const uploads = docs([D.RUC, PDF], [D.SIGNED_REQUEST, strangerPdf], [D.LEGAL_REPRESENTATIVE_ID, JPEG], [D.SIGNED_AGREEMENT, PDF]);
      const refusal = receiveKeyRequestDocuments(COMPANY, uploads, { electronic: true });
      await expect(refusal).rejects.toMatchObject(refused('documents[1]', /lo emitió "Autoridad de Certificacion Desconocida", que no es una autoridad de certificación reconocida/, { reason: 'SIGNATURE_UNTRUSTED' }));
    } finally {
      delete process.env.SIGNATURE_TRUSTED_ROOTS;
    }
  });

  test('virtual channel: the solicitud keeps what was verified of its signature; the other documents carry none', async () => {
    const received = await receiveKeyRequestDocuments(COMPANY, virtualDocs(), { electronic: true });
    expect(received.map(d => [d.kind, d.mediaType, d.signature?.signerName ?? null])).toEqual([
      ['RUC', 'application/pdf', null],
      ['SIGNED_REQUEST', 'application/pdf', 'María José Paredes López'],
      ['LEGAL_REPRESENTATIVE_ID', 'image/jpeg', null],
      ['SIGNED_AGREEMENT', 'application/pdf', null],
    ]);
  });

  test('at the window: scans of the originals, signed by hand, JPG allowed for the solicitud', async () => {
    const received = await receiveKeyRequestDocuments(ARTISAN, docs([D.RUC, JPEG], [D.SIGNED_REQUEST, JPEG], [D.LEGAL_REPRESENTATIVE_ID, JPEG], [D.SIGNED_AGREEMENT, PDF], [D.ARTISAN_QUALIFICATION, PDF]), { electronic: false });
    expect(received.every(d => d.signature === null)).toBe(true);
    await expect(receiveKeyRequestDocuments(COMPANY, docs([D.RUC, JPEG]), { electronic: false })).rejects.toMatchObject(refused('documents', /Faltan documentos/, { reason: 'DOCUMENTS_MISSING' }));
  });

  test('a correction replaces some documents; what does not apply is still refused', async () => {
    expect(await receiveKeyRequestDocuments(COMPANY, docs([D.RUC, JPEG]), { electronic: true, correction: true })).toHaveLength(1);
    await expect(receiveKeyRequestDocuments(FOREIGN, docs([D.LEGAL_REPRESENTATIVE_ID, JPEG]), { electronic: true, correction: true })).rejects.toMatchObject(
      refused('documents', /extranjero sin cédula/, { reason: 'DOCUMENT_NOT_APPLICABLE' }),
    );
    await expect(receiveKeyRequestDocuments(COMPANY, docs([D.SIGNED_REQUEST, PDF]), { electronic: true, correction: true })).rejects.toMatchObject(refused('documents[0]', /no tiene firma electrónica/));
  });
});
