import { registerEnumType } from 'type-graphql';

export enum TaxpayerKind {
  NATURAL_PERSON = 'NATURAL_PERSON',
  PUBLIC_ENTITY = 'PUBLIC_ENTITY',
  COMPANY = 'COMPANY',
}

registerEnumType(TaxpayerKind, {
  name: 'TaxpayerKind',
  description: 'Kind of taxpayer, from the third digit of the RUC.',
  valuesConfig: {
    NATURAL_PERSON: { description: 'Persona natural (tercer dígito 0 a 5): RUC = cédula + establecimiento' },
    PUBLIC_ENTITY: { description: 'Entidad pública (tercer dígito 6)' },
    COMPANY: { description: 'Sociedad privada o extranjera (tercer dígito 9)' },
  },
});
