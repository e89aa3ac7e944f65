import { Field, InputType } from 'type-graphql';
import { SalGovernmentFunction, SalStatusChangeReason } from './enums';

@InputType()
export class RegisterSalInstitutionInput {
  @Field()
  ruc!: string;

  @Field()
  name!: string;

  @Field(_type => SalGovernmentFunction)
  governmentFunction!: SalGovernmentFunction;
}

@InputType()
export class UpdateSalInstitutionInput {
  @Field()
  ruc!: string;

  @Field(_type => String, { nullable: true })
  name?: string | null;

  @Field(_type => SalGovernmentFunction, { nullable: true })
  governmentFunction?: SalGovernmentFunction | null;
}

@InputType({ description: 'A file, base64-encoded; its type is read from its bytes.' })
export class SalFileInput {
  @Field()
  fileName!: string;

  @Field()
  contentBase64!: string;
}

@InputType({ description: "The Máxima Autoridad's oficio asking to deactivate the institution (§6.5)." })
export class ChangeSalInstitutionStatusInput {
  @Field()
  ruc!: string;

  @Field(_type => SalStatusChangeReason)
  reason!: SalStatusChangeReason;

  @Field({ description: 'Number of the oficio sent to the Dirección de Meritocracia y Vinculación del Talento Humano.' })
  oficioNumber!: string;

  @Field({ description: 'The Máxima Autoridad who signed it.' })
  requestedBy!: string;

  @Field(_type => SalFileInput, { nullable: true, description: 'The oficio itself (PDF); required: a status change is refused without it.' })
  oficio?: SalFileInput | null;
}
