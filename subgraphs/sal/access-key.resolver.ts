import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { SalAccessKey } from './access-key';
import { isLocked, LOCK_MINUTES } from './sign-in-lockout';

/** The key as the window reads it: a lock shows only while it is in force, so the clerk never reads a past lock as a current one. */
@Resolver(_of => SalAccessKey)
export class SalAccessKeyResolver {
  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => Date, {
    nullable: true,
    description: `Sign-in locked after repeated failures until this moment (${LOCK_MINUTES} minutes); null when the key is not locked now (a lock that has passed is not shown).`,
  })
  lockedUntil(@Root() key: SalAccessKey): Date | null {
    return isLocked(key.lockedUntil, new Date()) ? key.lockedUntil : null;
  }
}
