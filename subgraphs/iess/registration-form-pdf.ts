import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { enumLabel } from '../../shared/enum-labels';
import { LegalRepresentativeIdType } from './enums';
import type { IessEmployer } from './employer';

// The two forms the IESS registration produces (seed 002, step 3), filled with the employer's data, as
// real PDF documents to print and sign.

export interface GeneratedForm {
  kind: 'SOLICITUD_ENTREGA_CLAVE' | 'ACUERDO_RESPONSABILIDAD';
  fileName: string;
  content: Buffer;
  sha256: string;
}


async function form(title: string, employer: IessEmployer, sectorName: string, paragraphs: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('Llavero');
  const page = pdf.addPage([595, 842]); // A4
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 790;
  const line = (text: string, size = 11, useBold = false) => {
    page.drawText(text, { x: 56, y, size, font: useBold ? bold : font, color: rgb(0.1, 0.15, 0.2) });
    y -= size + 9;
  };
  line('INSTITUTO ECUATORIANO DE SEGURIDAD SOCIAL', 12, true);
  line(title, 14, true);
  y -= 6;
  line(`RUC: ${employer.ruc}`);
  line(`Razón social: ${employer.businessName}`);
  line(`Sector: ${sectorName}${employer.qualifiedArtisan ? ' (artesano calificado)' : ''}`);
  line(`Representante legal: ${employer.legalRepresentativeNames}`);
  line(`${enumLabel(LegalRepresentativeIdType, employer.legalRepresentativeIdType)}: ${employer.legalRepresentativeId}`);
  line(`Correo electrónico: ${employer.email}`);
  y -= 10;
  for (const paragraph of paragraphs) {
    for (const chunk of paragraph.match(/.{1,88}(\s|$)/g) ?? []) line(chunk.trim(), 10);
    y -= 4;
  }
  y -= 40;
  line('_______________________________              _______________________________', 10);
  line('Firma del representante legal                      Lugar y fecha', 10);
  return Buffer.from(await pdf.save());
}

export async function registrationForms(employer: IessEmployer, sectorName: string): Promise<GeneratedForm[]> {
  const solicitud = await form('SOLICITUD DE ENTREGA DE CLAVE PATRONAL', employer, sectorName, [
    'Solicito la entrega de la clave patronal de acceso al portal del IESS para el empleador indicado.',
    'Autorización de retiro de contraseña (solo si la retira un tercero): nombres ______________________ documento de identidad (cédula, pasaporte o visa) ______________.',
    'Ventanilla virtual: esta solicitud debe firmarse electrónicamente. Trámite presencial: con firma manuscrita.',
  ]);
  const acuerdo = await form('ACUERDO DE RESPONSABILIDAD Y USO DE LA INFORMACIÓN', employer, sectorName, [
    'El empleador se responsabiliza del uso de la clave patronal y de la información a la que accede en el portal del IESS.',
    'La clave es personal e intransferible; su custodia es responsabilidad del representante legal, quien notificará al IESS cualquier uso indebido.',
  ]);
  return [
    { kind: 'SOLICITUD_ENTREGA_CLAVE', fileName: `solicitud-entrega-clave-${employer.ruc}.pdf`, content: solicitud, sha256: createHash('sha256').update(solicitud).digest('hex') },
    { kind: 'ACUERDO_RESPONSABILIDAD', fileName: `acuerdo-responsabilidad-${employer.ruc}.pdf`, content: acuerdo, sha256: createHash('sha256').update(acuerdo).digest('hex') },
  ];
}
