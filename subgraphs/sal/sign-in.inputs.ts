import { Field, InputType } from 'type-graphql';

@InputType()
export class SalSignInInput {
  @Field({ description: "First login field: the institution's RUC." })
  ruc!: string;

  @Field({ description: "User name: the holder's cédula." })
  cedula!: string;

  @Field()
  password!: string;
}

@InputType()
export class ChangeSalPasswordInput extends SalSignInInput {
  @Field()
  newPassword!: string;
}
