import { badUserInput } from './errors';

// E-mail addresses people type at a window: checked for form, and for institutional use where required.

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PERSONAL_MAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'hotmail.es', 'outlook.com', 'outlook.es', 'live.com', 'yahoo.com', 'yahoo.es', 'icloud.com', 'protonmail.com'];

export function requireEmail(field: string, value: string, options: { institutional?: boolean } = {}): string {
  const email = value.trim().toLowerCase();
  if (!EMAIL.test(email)) throw badUserInput(field, `El correo electrónico "${value}" no es válido.`, { reason: 'EMAIL_FORMAT' });
  if (options.institutional && PERSONAL_MAIL_DOMAINS.includes(email.split('@')[1])) {
    throw badUserInput(field, `El correo "${value}" es personal: la solicitud debe venir del correo institucional de la entidad.`, { reason: 'EMAIL_NOT_INSTITUTIONAL' });
  }
  return email;
}

export function requireText(field: string, value: string, label: string, max = 300): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) throw badUserInput(field, `Falta ${label}.`, { reason: 'REQUIRED' });
  if (text.length > max) throw badUserInput(field, `${label[0].toUpperCase()}${label.slice(1)} supera los ${max} caracteres.`, { reason: 'TOO_LONG' });
  return text;
}
