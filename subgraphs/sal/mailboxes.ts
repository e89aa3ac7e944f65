import { SalKeyRequestKind } from './enums';

// Seed 000 names two mailboxes of the Dirección de Meritocracia y Vinculación del Talento Humano:
// creation requests go to, and keys come from, clavesautorizacioneslaborales@ (§6.1, §6.3); deactivation
// requests go to migracioneslaborales@ (§6.4), which is also the contact line of §6.3 4.1. Each answers from its own address.

export const CREATION_MAILBOX = 'clavesautorizacioneslaborales@trabajo.gob.ec';
export const DEACTIVATION_MAILBOX = 'migracioneslaborales@trabajo.gob.ec';

/** The mailbox a request of this kind is sent to, and answered from. */
export function mailboxFor(kind: SalKeyRequestKind): string {
  return kind === SalKeyRequestKind.DEACTIVATION ? DEACTIVATION_MAILBOX : CREATION_MAILBOX;
}

/** The From header of an answer from that mailbox. */
export function senderFor(kind: SalKeyRequestKind): string {
  const desk = kind === SalKeyRequestKind.DEACTIVATION ? 'Migraciones Laborales' : 'Claves SAL';
  return `Ministerio del Trabajo – ${desk} <${mailboxFor(kind)}>`;
}
