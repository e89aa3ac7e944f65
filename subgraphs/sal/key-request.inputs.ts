import { Field, InputType } from 'type-graphql';
import { requireEmail, requireText } from '../../shared/contact';
import { requireValidCedula } from '../../shared/identifiers';
import { SalDeactivationReason, SalDocumentKind, SalKeyRequestKind, SalReviewDecision, SalUathAppointment } from './enums';

@InputType({ description: 'A file, base64-encoded; its type is read from its bytes.' })
export class SalDocumentInput {
  @Field(_type => SalDocumentKind)
  kind!: SalDocumentKind;

  @Field()
  fileName!: string;

  @Field()
  contentBase64!: string;
}

@InputType()
export class SalPersonInput {
  @Field()
  cedula!: string;

  @Field()
  names!: string;

  @Field({ description: 'Institutional e-mail.' })
  email!: string;
}

/** A person of the request, checked: valid cédula, names, institutional e-mail; errors name `field.cedula` and so on. */
export function requirePerson(field: string, input: SalPersonInput) {
  return {
    cedula: requireValidCedula(input.cedula, `${field}.cedula`).cedula,
    names: requireText(`${field}.names`, input.names, 'los nombres'),
    email: requireEmail(`${field}.email`, input.email, { institutional: true }),
  };
}

@InputType({ description: 'The key in force a creation replaces, and why (§6.6).' })
export class SalReplacedKeyInput {
  @Field({ description: "Cédula of the key in force's holder." })
  holderCedula!: string;

  @Field(_type => SalDeactivationReason, { description: 'One of the four §6.6 reasons.' })
  reason!: SalDeactivationReason;
}

@InputType({ description: 'A key request as the UATH head sends it (seed 000 §6.1–6.4).' })
export class SubmitSalKeyRequestInput {
  @Field()
  institutionRuc!: string;

  @Field(_type => SalKeyRequestKind)
  kind!: SalKeyRequestKind;

  @Field(_type => SalPersonInput, { description: 'The UATH head sending the request, from the institutional e-mail.' })
  requester!: SalPersonInput;

  @Field(_type => SalPersonInput, { description: 'Creation: the new Responsable UATH. Deactivation: whose key is deactivated.' })
  holder!: SalPersonInput;

  @Field(_type => SalUathAppointment)
  uathAppointment!: SalUathAppointment;

  @Field(_type => String, { nullable: true, description: "Creation: the day access is needed, 'YYYY-MM-DD', at least three working days ahead." })
  requestedAccessDate?: string | null;

  @Field(_type => SalDeactivationReason, { nullable: true, description: 'Deactivation: one of the §6.6 reasons.' })
  deactivationReason?: SalDeactivationReason | null;

  @Field(_type => SalReplacedKeyInput, { nullable: true, description: 'Creation while the institution has a key in force: whose key it replaces and why (§6.6).' })
  replacedKey?: SalReplacedKeyInput | null;

  @Field(_type => [SalDocumentInput])
  documents!: SalDocumentInput[];
}

@InputType()
export class ReviewSalKeyRequestInput {
  @Field()
  requestId!: string;

  @Field(_type => SalReviewDecision)
  decision!: SalReviewDecision;

  @Field(_type => String, { nullable: true, description: 'Required to close with observations.' })
  observations?: string | null;
}
