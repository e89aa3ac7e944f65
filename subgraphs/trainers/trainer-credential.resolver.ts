import { Access, Public } from '../../shared/auth/access';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../shared/errors';
import type { TrainersContext } from './context';
import { checkCredentialCode } from './credential-code';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';
import { TrainerCredentialDocument } from './trainer-credential-document';
import { TrainerCredentialEvent } from './trainer-credential-event';

/** The credential as it is read: the public check by code, its trainer, documents and history. */
@Resolver(_of => TrainerCredential)
export class TrainerCredentialResolver {
  @Public()
  @Query(_returns => TrainerCredential, {
    nullable: true,
    description: "Public check of an independent trainer's credential code; null when unknown.",
  })
  async trainerCredential(@Arg('code') code: string, @Ctx() ctx: TrainersContext): Promise<TrainerCredential | null> {
    const checked = checkCredentialCode(code);
    if (!checked.valid) throw badUserInput('code', checked.message, { rule: `CREDENTIAL_CODE_${checked.reason}` });
    const credential = await ctx.dataSource.getRepository(TrainerCredential).findOneBy({ code: checked.code });
    if (credential) credential.codeTyped = true;
    return credential;
  }

  @Public()
  @FieldResolver(_type => QualifiedTrainer, { description: 'The qualified trainer and the resolution that qualified them.' })
  async trainer(@Root() credential: TrainerCredential, @Ctx() ctx: TrainersContext): Promise<QualifiedTrainer> {
    const trainer = await ctx.loaders.trainerByCedula.load(credential.trainerCedula);
    if (!trainer) throw new Error(`credential ${credential.id} without trainer`);
    return trainer;
  }

  @Access({ scope: 'trainers:read' })
  @FieldResolver(_type => [TrainerCredentialDocument], { description: 'Photo and resolution received: names, types, sizes, SHA-256.' })
  documents(@Root() credential: TrainerCredential, @Ctx() ctx: TrainersContext): Promise<TrainerCredentialDocument[]> {
    return ctx.loaders.documentsByCredential.load(credential.id);
  }

  @Access({ scope: 'trainers:read' })
  @FieldResolver(_type => [TrainerCredentialEvent], { description: 'Status history.' })
  history(@Root() credential: TrainerCredential, @Ctx() ctx: TrainersContext): Promise<TrainerCredentialEvent[]> {
    return ctx.loaders.eventsByCredential.load(credential.id);
  }
}
