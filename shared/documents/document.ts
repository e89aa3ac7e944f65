import { createHash } from 'node:crypto';
import { processConfig } from '../config';
import { badUserInput } from '../errors';
import { sizeOverLimit } from './file-size';

// Every uploaded file goes through here: its type is read from its bytes (never from its name),
// its size is limited, and it is kept with its SHA-256.

export type FileType = 'PDF' | 'XLSX' | 'XLS' | 'JPEG' | 'PNG';

export const MEDIA_TYPES: Record<FileType, string> = {
  PDF: 'application/pdf',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  XLS: 'application/vnd.ms-excel',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
};

const LABELS: Record<FileType, string> = { PDF: 'PDF', XLSX: 'Excel (XLSX)', XLS: 'Excel 97-2003 (XLS)', JPEG: 'JPG', PNG: 'PNG' };

/** The type the bytes really are, or null when none of the accepted ones. */
export function sniffFileType(bytes: Buffer): FileType | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'PDF';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'PNG';
  // XLSX is a ZIP holding an Excel workbook: local-file header, then the workbook's part names.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const text = bytes.toString('latin1');
    if (text.includes('[Content_Types].xml') && text.includes('xl/')) return 'XLSX';
  }
  // XLS is an OLE2 compound file whose directory names the workbook stream ("Workbook", or "Book" before Excel 97).
  if (bytes.subarray(0, 8).equals(OLE2_MAGIC)) {
    if (bytes.includes(Buffer.from('Workbook', 'utf16le')) || bytes.includes(Buffer.from('Book\0', 'utf16le'))) return 'XLS';
  }
  return null;
}

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface ReceivedDocument {
  fileName: string;
  fileType: FileType;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

export interface DocumentRule {
  /** Spanish label of the document, for messages ("el certificado e-learning"). */
  label: string;
  accepted: FileType[];
  maxBytes?: number;
}

/** Decodes and checks one uploaded file; `field` names it in the error (e.g. documents[2]). */
export function receiveDocument(field: string, fileName: string, contentBase64: string, rule: DocumentRule): ReceivedDocument {
  const maxBytes = rule.maxBytes ?? processConfig().documents.maxBytes;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64.replace(/\s/g, ''))) {
    throw badUserInput(field, `El archivo "${fileName}" (${rule.label}) no está codificado en base64.`, { reason: 'DOCUMENT_ENCODING' });
  }
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw badUserInput(field, `El archivo "${fileName}" (${rule.label}) está vacío.`, { reason: 'DOCUMENT_EMPTY' });
  if (content.length > maxBytes) {
    throw badUserInput(field, `El archivo "${fileName}" (${rule.label}) ${sizeOverLimit(content.length, maxBytes)}.`, {
      reason: 'DOCUMENT_TOO_LARGE',
      maxBytes,
    });
  }
  const fileType = sniffFileType(content);
  if (!fileType || !rule.accepted.includes(fileType)) {
    const found = fileType ? LABELS[fileType] : 'un formato no reconocido';
    throw badUserInput(field, `El archivo "${fileName}" (${rule.label}) es ${found} según su contenido: se acepta ${rule.accepted.map(t => LABELS[t]).join(' o ')}.`, {
      reason: 'DOCUMENT_TYPE',
      detected: fileType,
    });
  }
  return { fileName, fileType, mediaType: MEDIA_TYPES[fileType], sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex'), content };
}
