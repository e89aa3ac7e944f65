import { Field, ObjectType } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { processConfig } from '../../shared/config';
import { enumLabelInSentence } from '../../shared/enum-labels';
import { IessKeyPickupBy } from './enums';

// Seed 002, trámite presencial: the key is handed to the person at the window (the legal representative,
// the authorised third party or the validated attorney), not e-mailed elsewhere. Closest to the seed: a
// sealed notice printed at the window with the key, to be activated once before a deadline
// (IESS_WINDOW_KEY_ACTIVATION_HOURS); the employer's registered e-mail is told it was handed over, never the key.

@ObjectType({ description: 'The sealed notice printed at the window with the clave patronal; returned once, to the delivering clerk only, never stored.' })
export class IessWindowKeyNotice {
  @Access({ scope: 'iess:write' })
  @Field({ description: 'Whom the sealed envelope is handed to.' })
  handedTo!: string;

  @Access({ scope: 'iess:write' })
  @Field({ description: 'The one-time activation must be done before this moment; afterwards a new request is needed.' })
  activateBefore!: Date;

  @Access({ scope: 'iess:write' })
  @Field({ description: 'The text to print and seal, key included.' })
  printText!: string;
}


export interface NoticeFacts {
  ruc: string;
  pickedUpBy: IessKeyPickupBy;
  personNames: string;
  key: string;
  now: Date;
}

export function windowKeyNotice(facts: NoticeFacts, hours = processConfig().iessWindow.keyActivationHours): IessWindowKeyNotice {
  const activateBefore = new Date(facts.now.getTime() + hours * 3_600_000);
  const deadline = activateBefore.toLocaleString('es-EC', { timeZone: 'America/Guayaquil', dateStyle: 'long', timeStyle: 'short' });
  const handedTo = `${facts.personNames} (${enumLabelInSentence(IessKeyPickupBy, facts.pickedUpBy)})`;
  return {
    handedTo,
    activateBefore,
    printText: [
      'INSTITUTO ECUATORIANO DE SEGURIDAD SOCIAL · CLAVE PATRONAL · SOBRE SELLADO',
      `Empleador (RUC): ${facts.ruc}`,
      `Entregado en ventanilla a: ${handedTo}`,
      `Clave patronal: ${facts.key}`,
      `Actívela una sola vez en www.iess.gob.ec antes del ${deadline}, cambiándola por una propia; después caduca.`,
      'Es personal e intransferible.',
    ].join('\n'),
  };
}
