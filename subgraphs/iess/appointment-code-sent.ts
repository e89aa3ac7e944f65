import { Field, ObjectType } from 'type-graphql';
import { Access } from '../../shared/auth/access';

@ObjectType({ description: 'Where the turnero verification code went and until when it is valid.' })
export class IessAppointmentCodeSent {
  @Access({ scope: 'iess:write' })
  @Field()
  verificationId!: string;

  @Access({ scope: 'iess:write' })
  @Field()
  sentTo!: string;

  @Access({ scope: 'iess:write' })
  @Field()
  expiresAt!: Date;
}
