import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A natural person qualified by the MDT as independent trainer.' })
export class RegisterQualifiedTrainerInput {
  @Field()
  cedula!: string;

  @Field()
  names!: string;

  @Field()
  resolutionNumber!: string;

  @Field({ description: "'YYYY-MM-DD'" })
  resolutionDate!: string;
}
