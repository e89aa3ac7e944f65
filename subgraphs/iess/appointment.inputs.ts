import { Field, InputType } from 'type-graphql';
import { IessIdDocumentType } from './enums';
import { IessDocumentInput } from './key-request.inputs';

@InputType({ description: 'Steps b–c of the online turnero: cédula (or, for a foreigner without one, passport or visa), e-mail and mobile number.' })
export class RequestIessAppointmentCodeInput {
  @Field(_type => String, { nullable: true })
  cedula?: string | null;

  @Field(_type => IessIdDocumentType, { nullable: true, description: 'A foreigner without cédula: PASSPORT or VISA.' })
  idType?: IessIdDocumentType | null;

  @Field(_type => String, { nullable: true })
  idNumber?: string | null;

  @Field()
  email!: string;

  @Field({ description: 'Ecuadorian mobile number, 09XXXXXXXX.' })
  mobile!: string;
}

@InputType({ description: 'Steps e–h of the online turnero: verify the code, choose province, agency, day and hour, confirm.' })
export class BookIessAppointmentInput {
  @Field()
  verificationId!: string;

  @Field({ description: 'The code received in "Verificar IESS turno online".' })
  code!: string;

  @Field()
  employerRuc!: string;

  @Field()
  province!: string;

  @Field()
  agencyCode!: string;

  @Field({ description: 'Start of the 30-minute slot, Monday–Friday 8:00–17:00 Ecuador time.' })
  startsAt!: Date;
}

@InputType({ description: 'A third party authorised in the solicitud ("Autorización de Retiro de Contraseña").' })
export class ThirdPartyInput {
  @Field()
  names!: string;

  @Field(_type => IessIdDocumentType)
  idType!: IessIdDocumentType;

  @Field()
  idNumber!: string;

  @Field({ description: 'The authorisation is registered in the solicitud signed by the legal representative.' })
  authorisedInSolicitud!: boolean;

  @Field(_type => String, { nullable: true, description: 'Until when the document shown is vigente, YYYY-MM-DD (required).' })
  idValidUntil?: string | null;
}

@InputType({ description: 'A notarised power of attorney presented by an attorney (requisito especial).' })
export class PowerOfAttorneyInput {
  @Field()
  notarialNumber!: string;

  @Field()
  attorneyNames!: string;

  @Field(_type => IessIdDocumentType)
  attorneyIdType!: IessIdDocumentType;

  @Field()
  attorneyIdNumber!: string;

  @Field(_type => String, { nullable: true, description: "Until when the attorney's document is vigente, YYYY-MM-DD (required)." })
  attorneyIdValidUntil?: string | null;
}

@InputType({ description: 'What the window checks when the appointment is attended.' })
export class AttendIessAppointmentInput {
  @Field()
  requestId!: string;

  @Field({ description: 'The solicitud and the acuerdo are signed by hand (imprescindible at the window).' })
  handwrittenSignatures!: boolean;

  @Field(_type => [IessDocumentInput], { description: 'Scans of the originals presented.' })
  documents!: IessDocumentInput[];

  @Field(_type => ThirdPartyInput, { nullable: true })
  thirdParty?: ThirdPartyInput | null;

  @Field(_type => PowerOfAttorneyInput, { nullable: true })
  powerOfAttorney?: PowerOfAttorneyInput | null;

  @Field(_type => String, { nullable: true, description: "Until when the legal representative's original cédula, visa or passport is vigente, YYYY-MM-DD (required unless the IESS code for foreigners)." })
  representativeIdValidUntil?: string | null;
}
