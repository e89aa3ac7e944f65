import { FAKE_SIGNED_PDF, JPEG, PDF, PNG, XLS, XLSX, upload } from '../../test/support/files';
import { signedPdf, testSignatures } from '../../test/support/signed-pdf';
import { SalDocumentKind as D, SalKeyRequestKind as K, SalUathAppointment as A } from './enums';
import { receiveKeyRequestDocuments, requiredDocuments } from './key-request-documents';

const signatures = testSignatures();
let delegationPdf: Buffer;
beforeAll(async () => {
  delegationPdf = await signedPdf(signatures.signer);
});

const creationSet = (delegation: Buffer) => [
  upload(D.REQUEST_FORM, 'formulario-claves.xlsx', XLSX),
  upload(D.ELEARNING_CERTIFICATE, 'certificado-elearning.pdf', PDF),
  upload(D.APPOINTMENT_DOCUMENT, 'accion-personal.jpg', JPEG),
  upload(D.DELEGATION, 'delegacion.pdf', delegation),
];
const designated = (uploads: ReturnType<typeof creationSet>) => receiveKeyRequestDocuments(K.CREATION, A.DESIGNATED_BY_MAXIMA_AUTORIDAD, uploads);
const refusedWith = (field: string, message: RegExp, extra: Record<string, unknown> = {}) =>
  expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field, ...extra }) });

describe('what a SAL key request must carry (§6.2.1, §6.4)', () => {
  test.each([
    [K.CREATION, A.DIRECTOR_OR_JEFE, [D.REQUEST_FORM, D.ELEARNING_CERTIFICATE, D.APPOINTMENT_DOCUMENT]],
    [K.CREATION, A.DESIGNATED_BY_MAXIMA_AUTORIDAD, [D.REQUEST_FORM, D.ELEARNING_CERTIFICATE, D.APPOINTMENT_DOCUMENT, D.DELEGATION]],
    [K.CREATION, A.MAXIMA_AUTORIDAD_ACTS_AS_UATH, [D.REQUEST_FORM, D.ELEARNING_CERTIFICATE, D.APPOINTMENT_DOCUMENT, D.MAXIMA_AUTORIDAD_STATEMENT]],
    [K.DEACTIVATION, A.DIRECTOR_OR_JEFE, [D.REQUEST_FORM, D.REQUESTER_PERSONNEL_ACTION]],
  ])('%s, %s: %j', (kind, appointment, required) => {
    expect(requiredDocuments(kind, appointment)).toEqual(required);
  });

  test('a missing document, one that does not apply, or a file of the wrong type is refused naming it', async () => {
    await expect(designated(creationSet(delegationPdf).filter(d => d.kind !== D.ELEARNING_CERTIFICATE))).rejects.toEqual(
      refusedWith('documents', /Faltan documentos: el certificado de aprobación del e-learning/, { reason: 'DOCUMENTS_MISSING' }),
    );
    await expect(receiveKeyRequestDocuments(K.CREATION, A.DIRECTOR_OR_JEFE, creationSet(delegationPdf))).rejects.toEqual(
      refusedWith('documents', /^Este caso no lleva la delegación de la Máxima Autoridad: revise quién es el responsable de Talento Humano\.$/, { reason: 'DOCUMENT_NOT_APPLICABLE' }),
    );
    await expect(designated(creationSet(PNG))).rejects.toEqual(refusedWith('documents[3]', /es PNG según su contenido: se acepta PDF/));
  });

  test('the delegation must carry a valid electronic signature', async () => {
    await expect(designated(creationSet(PDF))).rejects.toEqual(refusedWith('documents[3]', /no tiene firma electrónica/, { reason: 'SIGNATURE_MISSING' }));
    // The hand-written /Sig dictionary that the old text match took for a signature.
    await expect(designated(creationSet(FAKE_SIGNED_PDF))).rejects.toEqual(
      refusedWith('documents[3]', /La firma electrónica de la delegación de la Máxima Autoridad "delegacion.pdf" no se acepta: el \/ByteRange/, { reason: 'SIGNATURE_INVALID' }),
    );
    await expect(designated(creationSet(await signedPdf(signatures.expired)))).rejects.toEqual(
      refusedWith('documents[3]', /el certificado de Carlos Vencido Ruiz venció el .*Debe estar suscrita electrónicamente/, { reason: 'SIGNATURE_CERTIFICATE_EXPIRED' }),
    );
  });

  test('a complete set comes back in upload order; only the delegation carries what was verified of its signature', async () => {
    const documents = await designated(creationSet(delegationPdf));
    expect(documents.map(d => [d.kind, d.mediaType])).toEqual([
      [D.REQUEST_FORM, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [D.ELEARNING_CERTIFICATE, 'application/pdf'],
      [D.APPOINTMENT_DOCUMENT, 'image/jpeg'],
      [D.DELEGATION, 'application/pdf'],
    ]);
    expect(documents.slice(0, 3).map(d => d.signature)).toEqual([null, null, null]);
    expect(documents[3].signature).toMatchObject({ signerName: 'María José Paredes López', certificateSerial: signatures.signer.serial, issuerVerified: false });
  });

  test('the deactivation form is the Excel one (§6.4): XLSX or XLS by its bytes, never a PDF', async () => {
    const deactivation = (form: Buffer, name: string) =>
      receiveKeyRequestDocuments(K.DEACTIVATION, A.DIRECTOR_OR_JEFE, [upload(D.REQUEST_FORM, name, form), upload(D.REQUESTER_PERSONNEL_ACTION, 'accion.pdf', PDF)]);
    await expect(deactivation(PDF, 'formulario.xlsx')).rejects.toEqual(
      refusedWith('documents[0]', /\(el formulario Excel de creación y\/o desactivación de claves .*\) es PDF según su contenido: se acepta Excel \(XLSX\) o Excel 97-2003 \(XLS\)/, { reason: 'DOCUMENT_TYPE', detected: 'PDF' }),
    );
    expect((await deactivation(XLS, 'formulario.xls'))[0].mediaType).toBe('application/vnd.ms-excel');
    expect((await deactivation(XLSX, 'formulario.xlsx'))[0].fileType).toBe('XLSX');
  });
});
