import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { MAX_REFERENCE_RESULTS, readReference } from '../../shared/reference';
import type { TrainersContext } from './context';
import { checkCredentialCode } from './credential-code';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';

/** The window's search by reference: a credential's id, its code as people type it, or the MDT resolution that qualified its trainer. */
@Resolver(_of => TrainerCredential)
export class CredentialReferenceResolver {
  @Access({ scope: 'trainers:read' })
  @Query(_returns => [TrainerCredential], {
    description:
      `Credentials whose id, code (typed as trainerCredential(code) accepts it: any case, with or without dashes) or trainer's qualification resolution number (any case) is the reference (trimmed, 1 to 100 characters), newest first, at most ${MAX_REFERENCE_RESULTS}.`,
  })
  trainerCredentialsByReference(@Arg('reference') raw: string, @Ctx() ctx: TrainersContext): Promise<TrainerCredential[]> {
    const reference = readReference(raw);
    const code = checkCredentialCode(reference.text);
    const query = ctx.dataSource
      .getRepository(TrainerCredential)
      .createQueryBuilder('credential')
      .where(qb => {
        const resolution = qb.subQuery().select('trainer.cedula').from(QualifiedTrainer, 'trainer').where('lower(btrim(trainer.qualificationResolutionNumber)) = lower(:text)').getQuery();
        return `credential.trainerCedula IN ${resolution}`;
      })
      .setParameter('text', reference.text);
    if (code.valid) query.orWhere('credential.code = :code', { code: code.code });
    if (reference.id) query.orWhere('credential.id = :id', { id: reference.id });
    return query.orderBy('credential.requestedAt', 'DESC').limit(MAX_REFERENCE_RESULTS).getMany();
  }
}
