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
}
