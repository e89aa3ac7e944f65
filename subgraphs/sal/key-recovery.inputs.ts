import { Field, InputType } from 'type-graphql';

@InputType()
export class ConfirmSalKeyRecoveryInput {
  @Field()
  ruc!: string;

  @Field({ description: 'The six-digit code received by e-mail.' })
  code!: string;

  @Field()
  newPassword!: string;
}
