import { PDFDocument } from 'pdf-lib';
import { JPEG, PDF, upload } from '../../test/support/files';
import { naturalPersonRucs } from '../../test/support/ruc-factory';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { iessProgram } from './program';

// Seed 002, "Registro nuevo empleador": the prerequisite of the clave patronal, and its two forms.

const [COMPANY_RUC, FOREIGN_RUC] = ['0990011180001', '1790085783001'];
const [ARTISAN_RUC] = naturalPersonRucs(1, 9100);
const REGISTER = `mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc qualifiedArtisan legalRepresentativeIdType sector { code } } }`;
const VIRTUAL = `mutation ($input: SubmitIessVirtualKeyRequestInput!) { submitIessVirtualKeyRequest(input: $input) { id } }`;

describe('IESS employer registration (seed 002)', () => {
  let iess: SubgraphUnderTest;
  beforeAll(async () => {
    iess = await startSubgraph(iessProgram);
  });
  afterAll(() => iess?.stop());

  test('registration is the prerequisite, and produces the two forms as real PDFs', async () => {
    const documents = ['RUC', 'SIGNED_REQUEST', 'LEGAL_REPRESENTATIVE_ID', 'SIGNED_AGREEMENT'].map(kind => upload(kind, `${kind}.pdf`, kind === 'LEGAL_REPRESENTATIVE_ID' ? JPEG : PDF));
    const unregistered = await iess.query(VIRTUAL, { input: { employerRuc: COMPANY_RUC, province: 'Guayas', email: 'rrhh@empresa-demo.ec', message: 'Solicito la clave patronal.', representativeIdValidUntil: '2099-12-31', documents } });
    expect(unregistered.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'employerRuc' });
    expect(unregistered.errors![0].message).toMatch(/registro de empleador es previo/);
    const company = await iess.query(REGISTER, {
      input: { ruc: COMPANY_RUC, businessName: 'Empresa Demo del Litoral S.A.', sectorCode: 'PRIVADO', email: 'rrhh@empresa-demo.ec', legalRepresentative: { names: 'Rosa Elena Quiroz Mejía', idType: 'CEDULA', idNumber: '0926687856' } },
    });
    expect(company.data!.registerIessEmployer).toEqual({ ruc: COMPANY_RUC, qualifiedArtisan: false, legalRepresentativeIdType: 'CEDULA', sector: { code: 'PRIVADO' } });
    const foreign = await iess.query(REGISTER, {
      input: { ruc: FOREIGN_RUC, businessName: 'Importadora Andina Demo Cía. Ltda.', sectorCode: 'PRIVADO', email: 'gerencia@andina-demo.ec', legalRepresentative: { names: 'John Michael Carter', idType: 'PASSPORT', idNumber: 'P-4839201' } },
    });
    expect(foreign.errors).toBeUndefined();
    const artisan = await iess.query(REGISTER, {
      input: { ruc: ARTISAN_RUC, businessName: 'Taller Artesanal Demo', sectorCode: 'ARTESANO', email: 'taller@artesano-demo.ec', legalRepresentative: { names: 'Pedro Pablo Yánez Ruiz', idType: 'CEDULA', idNumber: ARTISAN_RUC.slice(0, 10) } },
    });
    expect(artisan.data!.registerIessEmployer.qualifiedArtisan).toBe(true);
    const [person] = naturalPersonRucs(1, 9200);
    const badSector = await iess.query(REGISTER, { input: { ruc: person, businessName: 'X', sectorCode: 'MINERO', email: 'x@x.ec', legalRepresentative: { names: 'X', idType: 'CEDULA', idNumber: person.slice(0, 10) } } });
    expect(badSector.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sectorCode' });
    const again = await iess.query(REGISTER, { input: { ruc: COMPANY_RUC, businessName: 'Otra', sectorCode: 'PRIVADO', email: 'x@x.ec', legalRepresentative: { names: 'X', idType: 'CEDULA', idNumber: '0926687856' } } });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'ruc' });

    const forms = await iess.query(`{ iessRegistrationForms(ruc: "${COMPANY_RUC}") { kind fileName mediaType sizeBytes contentBase64 } }`);
    expect(forms.data!.iessRegistrationForms.map((f: any) => f.kind)).toEqual(['SOLICITUD_ENTREGA_CLAVE', 'ACUERDO_RESPONSABILIDAD']);
    for (const form of forms.data!.iessRegistrationForms) {
      const pdf = await PDFDocument.load(Buffer.from(form.contentBase64, 'base64'));
      expect(pdf.getPageCount()).toBe(1);
      expect(pdf.getTitle()).toMatch(/CLAVE PATRONAL|ACUERDO DE RESPONSABILIDAD/);
      expect(form.sizeBytes).toBeGreaterThan(800);
    }
  });
});
