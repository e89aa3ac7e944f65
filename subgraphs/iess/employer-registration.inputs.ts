import { Field, InputType } from 'type-graphql';
import { LegalRepresentativeIdType } from './enums';

@InputType()
export class LegalRepresentativeInput {
  @Field()
  names!: string;

  @Field(_type => LegalRepresentativeIdType, { description: 'CEDULA; or, for foreigners without one, IESS_FOREIGNER_CODE, VISA or PASSPORT.' })
  idType!: LegalRepresentativeIdType;

  @Field()
  idNumber!: string;

  @Field(_type => String, { nullable: true, description: "Natural person employer: the notarised power of attorney naming a representative other than the person." })
  powerOfAttorneyNumber?: string | null;
}

@InputType({ description: '"Registro nuevo empleador" (seed 002): the prerequisite of the clave patronal.' })
export class RegisterIessEmployerInput {
  @Field()
  ruc!: string;

  @Field()
  businessName!: string;

  @Field({ description: 'Code of an IESS sector (see iessSectors).' })
  sectorCode!: string;

  @Field(_type => LegalRepresentativeInput)
  legalRepresentative!: LegalRepresentativeInput;

  @Field({ description: 'Active e-mail of the employer or the legal representative.' })
  email!: string;
}
