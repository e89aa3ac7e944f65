import { Field, Int, ObjectType } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { SalSignInOutcome } from './enums';

@ObjectType({ description: 'Result of checking a SAL sign-in.' })
export class SalSignInResult {
  @Access({ scope: 'sal:write' })
  @Field(_type => SalSignInOutcome)
  outcome!: SalSignInOutcome;

  @Access({ scope: 'sal:write' })
  @Field(_type => Int, { nullable: true, description: 'Attempts left before the key locks.' })
  remainingAttempts!: number | null;

  @Access({ scope: 'sal:write' })
  @Field(_type => Date, { nullable: true })
  lockedUntil!: Date | null;
}
