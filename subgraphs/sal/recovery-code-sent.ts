import { Field, ObjectType } from 'type-graphql';
import { Access } from '../../shared/auth/access';

@ObjectType({ description: 'Where the recovery code was sent and until when it is valid.' })
export class SalRecoveryCodeSent {
  @Access({ scope: 'sal:write' })
  @Field({ description: 'The registered address, masked.' })
  sentTo!: string;

  @Access({ scope: 'sal:write' })
  @Field()
  expiresAt!: Date;
}
