import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { ecuadorTime, type ConstanciaContent } from './constancia-dossier';

// The constancia de atención as a PDF, drawn with pdf-lib's standard Helvetica (WinAnsi: every Spanish
// letter, no font file to ship, and the text stays extractable and searchable). A4, wrapped lines, as
// many pages as the dossier needs, each with the verification code at its foot.

export interface ConstanciaIssue {
  code: string;
  clerk: string;
  office: string | null;
  issuedAt: Date;
  /** Where the code is checked, e.g. "/constancia/verificar/ABCD-…". */
  verifyPath: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.11, 0.15, 0.2);
const MUTED = rgb(0.36, 0.42, 0.48);
const ALERT = rgb(0.64, 0.09, 0.1);

/** WinAnsi only: anything else (emoji, other scripts) becomes "?" rather than failing the whole PDF. */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function printable(text: string): string {
  return [...text.normalize('NFC')].map(ch => (/[\u0020-\u007E\u00A0-\u00FF]/.test(ch) || WIN_ANSI_EXTRA.includes(ch) ? ch : '?')).join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of printable(text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

class Writer {
  private page!: PDFPage;
  private y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
    private readonly footer: string,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    this.page.drawText(printable(this.footer), { x: MARGIN, y: MARGIN / 2, size: 8, font: this.fonts.regular, color: MUTED });
  }

  text(text: string, options: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number; gapAfter?: number } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    for (const line of wrap(text, font, size, A4[0] - 2 * MARGIN - indent)) {
      if (this.y - size < MARGIN) this.newPage();
      this.y -= size * 1.35;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: options.color ?? INK });
    }
    this.y -= options.gapAfter ?? 2;
  }
}

export async function drawConstancia(content: ConstanciaContent, issue: ConstanciaIssue): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  doc.setTitle(`Constancia de atención ${content.ruc}`);
  doc.setSubject(`Constancia de atención del RUC ${content.ruc}, código de verificación ${issue.code}`);
  doc.setAuthor(printable(issue.office ?? 'Llavero'));
  doc.setCreator('Llavero');
  doc.setProducer('Llavero (pdf-lib)');
  doc.setCreationDate(issue.issuedAt);
  doc.setModificationDate(issue.issuedAt);
  doc.setLanguage('es-EC');
  const w = new Writer(doc, fonts, `Constancia ${issue.code} · RUC ${content.ruc} · verificación: ${issue.verifyPath}`);

  w.text('Ministerio del Trabajo · IESS — Llavero', { size: 9, color: MUTED });
  w.text('Constancia de atención', { size: 20, bold: true, gapAfter: 10 });
  w.text(`RUC: ${content.ruc}`, { size: 12, bold: true });
  w.text(`Nombre o razón social: ${content.name ?? 'no consta en los servicios que respondieron'}`, { size: 12, gapAfter: 6 });
  w.text(`Atendido por: ${issue.clerk}${issue.office ? ` · Oficina: ${issue.office}` : ''}`);
  w.text(`Fecha y hora de emisión: ${ecuadorTime(issue.issuedAt)} (hora de Ecuador continental)`, { gapAfter: 12 });

  for (const section of content.sections) {
    w.text(section.title, { size: 12, bold: true, gapAfter: 4 });
    const color = section.state === 'ok' ? INK : ALERT;
    for (const line of section.lines) w.text(`• ${line}`, { indent: 10, color, bold: section.state !== 'ok' });
    w.text('', { gapAfter: 8 });
  }

  w.text(`Código de verificación: ${issue.code}`, { size: 14, bold: true, gapAfter: 4 });
  w.text(`Verifique esta constancia en Llavero: ${issue.verifyPath}. La constancia refleja lo que cada servicio respondió en el momento de su emisión.`, { size: 9, color: MUTED });
  return doc.save();
}
