import { Field, InputType } from 'type-graphql';
import { TrainerIdentificationType } from './enums';

@InputType({ description: 'A natural person qualified by the MDT as independent trainer.' })
export class RegisterQualifiedTrainerInput {
  @Field({ description: 'Cédula; for a foreigner without one, the passport or visa number.' })
  cedula!: string;

  @Field(_type => TrainerIdentificationType, { nullable: true, description: 'CEDULA when omitted; PASSPORT or VISA for a foreign trainer without cédula.' })
  identificationType?: TrainerIdentificationType | null;

  @Field(_type => String, { nullable: true, description: 'With a passport or visa: the nationality, ISO 3166-1 alpha-3 (COL, VEN …).' })
  nationality?: string | null;

  @Field()
  names!: string;

  @Field()
  resolutionNumber!: string;

  @Field({ description: "'YYYY-MM-DD'" })
  resolutionDate!: string;
}
