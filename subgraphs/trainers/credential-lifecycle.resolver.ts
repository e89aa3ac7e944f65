import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { Not, type EntityManager } from 'typeorm';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { requireEmail, requireText } from '../../shared/contact';
import { receiveDocument } from '../../shared/documents/document';
import { badUserInput, conflict, notFound } from '../../shared/errors';
import { requireValidCedula } from '../../shared/identifiers';
import { enqueueMail } from '../../shared/outbox/outbox';
import { transition } from '../../shared/transition';
import { isValidDay } from '../../shared/working-days';
import type { TrainersContext } from './context';
import { newCredentialCode } from './credential-code';
import { TrainerCredentialDocument, TrainerCredentialEvent } from './credential-records';
import { credentialStates } from './credential-state';
import { TrainerCredentialChannel, TrainerCredentialDocumentKind, TrainerCredentialStatus as S } from './enums';
import { credentialIssuedMail } from './mail';
import { isWithinPickupHours, PICKUP_HOURS, PICKUP_OFFICE } from './pickup-office';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';

/** Seed 004 gives no validity period; Llavero issues credentials for two years (a setting to confirm with the MDT). */
export const CREDENTIAL_VALIDITY_YEARS = 2;

@InputType()
class UploadedFileInput {
  @Field()
  fileName!: string;

  @Field()
  contentBase64!: string;
}

@InputType({ description: 'A natural person qualified by the MDT as independent trainer.' })
class RegisterQualifiedTrainerInput {
  @Field()
  cedula!: string;

  @Field()
  names!: string;

  @Field()
  resolutionNumber!: string;

  @Field({ description: "'YYYY-MM-DD'" })
  resolutionDate!: string;
}

@InputType({ description: 'Solicitud de emisión de la credencial (seed 004), online or by e-mail.' })
class RequestTrainerCredentialInput {
  @Field()
  cedula!: string;

  @Field(_type => TrainerCredentialChannel)
  channel!: TrainerCredentialChannel;

  @Field()
  email!: string;

  @Field(_type => UploadedFileInput, { description: 'Fotografía en formato JPG.' })
  photo!: UploadedFileInput;

  @Field(_type => UploadedFileInput, { description: 'Resolución de calificación, en PDF.' })
  qualificationResolution!: UploadedFileInput;
}

const CREDENTIAL = {
  entity: TrainerCredential,
  history: TrainerCredentialEvent,
  states: credentialStates,
  field: 'id',
  notFoundMessage: (id: string) => `No existe la credencial ${id}.`,
};

function move(manager: EntityManager, id: string, to: S, actor: string, note: string | null, changes: Partial<TrainerCredential>): Promise<TrainerCredential> {
  return transition(manager, CREDENTIAL, { id, to, actor, note, changes });
}

@Resolver(_of => TrainerCredential)
export class CredentialLifecycleResolver {
  @Access({ scope: 'trainers:decide' })
  @Mutation(_returns => QualifiedTrainer, { description: 'Records a trainer qualified by an MDT resolution.' })
  async registerQualifiedTrainer(@Arg('input') input: RegisterQualifiedTrainerInput, @Ctx() ctx: TrainersContext): Promise<QualifiedTrainer> {
    const cedula = requireValidCedula(input.cedula).cedula;
    const names = requireText('names', input.names, 'los nombres');
    const number = requireText('resolutionNumber', input.resolutionNumber, 'el número de resolución', 80);
    if (!isValidDay(input.resolutionDate)) throw badUserInput('resolutionDate', 'La fecha de la resolución debe ser AAAA-MM-DD.');
    const repository = ctx.dataSource.getRepository(QualifiedTrainer);
    if (await repository.existsBy({ cedula })) throw conflict('cedula', `El capacitador ${cedula} ya está registrado.`);
    await repository.insert({ cedula, names, qualificationResolutionNumber: number, qualificationResolutionDate: input.resolutionDate });
    return repository.findOneByOrFail({ cedula });
  }

  @Access({ scope: 'trainers:write' })
  @Mutation(_returns => TrainerCredential, { description: 'Requests the credential with the photograph (JPG) and the qualification resolution (PDF); counts as an attention.' })
  async requestTrainerCredential(@Arg('input') input: RequestTrainerCredentialInput, @Ctx() ctx: TrainersContext): Promise<TrainerCredential> {
    const cedula = requireValidCedula(input.cedula).cedula;
    const email = requireEmail('email', input.email);
    const photo = receiveDocument('photo', input.photo.fileName, input.photo.contentBase64, { label: 'la fotografía', accepted: ['JPEG'] });
    const resolution = receiveDocument('qualificationResolution', input.qualificationResolution.fileName, input.qualificationResolution.contentBase64, {
      label: 'la resolución de calificación',
      accepted: ['PDF'],
    });
    return ctx.dataSource.transaction(async manager => {
      const trainer = await manager.getRepository(QualifiedTrainer).findOneBy({ cedula });
      if (!trainer) throw notFound('cedula', `La persona ${cedula} no consta como capacitador independiente calificado por el MDT.`);
      if (trainer.qualificationWithdrawnAt) throw conflict('cedula', `La calificación de ${cedula} fue retirada: no puede solicitar credencial.`);
      if (await manager.getRepository(TrainerCredential).existsBy({ trainerCedula: cedula, status: Not(S.REVOKED) })) {
        throw conflict('cedula', `${cedula} ya tiene una credencial solicitada o vigente.`);
      }
      const credential = manager.getRepository(TrainerCredential).create({
        trainerCedula: cedula,
        status: S.REQUESTED,
        channel: input.channel,
        email,
        requestedAt: new Date(),
        requestedBy: ctx.identity.subject,
        code: null,
      });
      await manager.getRepository(TrainerCredential).insert(credential);
      await manager.getRepository(TrainerCredentialDocument).insert(
        [
          { kind: TrainerCredentialDocumentKind.PHOTO, ...photo },
          { kind: TrainerCredentialDocumentKind.QUALIFICATION_RESOLUTION, ...resolution },
        ].map(d => ({ ownerId: credential.id, kind: d.kind, fileName: d.fileName, mediaType: d.mediaType, sizeBytes: d.sizeBytes, sha256: d.sha256, content: d.content })),
      );
      await manager.getRepository(TrainerCredentialEvent).insert({ ownerId: credential.id, actor: ctx.identity.subject, fromStatus: null, toStatus: S.REQUESTED, note: null });
      await recordAttention(manager, credential.requestedAt);
      return credential;
    });
  }

  @Access({ scope: 'trainers:decide' })
  @Mutation(_returns => TrainerCredential, { description: 'Issues the credential: a unique, unguessable code with a check character; the trainer is told where to pick it up.' })
  issueTrainerCredential(@Arg('id') id: string, @Ctx() ctx: TrainersContext): Promise<TrainerCredential> {
    return ctx.dataSource.transaction(async manager => {
      const issuedAt = new Date();
      const validUntil = new Date(issuedAt);
      validUntil.setUTCFullYear(validUntil.getUTCFullYear() + CREDENTIAL_VALIDITY_YEARS);
      let code = newCredentialCode();
      while (await manager.getRepository(TrainerCredential).existsBy({ code })) code = newCredentialCode();
      const credential = await move(manager, id, S.ISSUED, ctx.identity.subject, null, { code, issuedAt, validUntil: validUntil.toISOString().slice(0, 10) });
      const trainer = await manager.getRepository(QualifiedTrainer).findOneByOrFail({ cedula: credential.trainerCedula });
      if (credential.email) await enqueueMail(manager, credentialIssuedMail(credential.email, trainer.names, credential.validUntil!));
      return credential;
    });
  }

  @Access({ scope: 'trainers:write' })
  @Mutation(_returns => TrainerCredential, { description: `Records the pickup at ${PICKUP_OFFICE}; the time must fall ${PICKUP_HOURS}.` })
  deliverTrainerCredential(
    @Arg('id') id: string,
    @Arg('deliveredAt', _type => Date, { nullable: true, description: 'When it was picked up; now when omitted.' }) deliveredAt: Date | null,
    @Ctx() ctx: TrainersContext,
  ): Promise<TrainerCredential> {
    const at = deliveredAt ?? new Date();
    if (!isWithinPickupHours(at)) {
      throw badUserInput('deliveredAt', `La entrega solo ocurre en la oficina de Quito, ${PICKUP_HOURS} (días hábiles): ${at.toISOString()} está fuera de ese horario.`, { reason: 'OUTSIDE_OFFICE_HOURS' });
    }
    return ctx.dataSource.transaction(manager => move(manager, id, S.DELIVERED, ctx.identity.subject, null, { deliveredAt: at }));
  }

  @Access({ scope: 'trainers:decide' })
  @Mutation(_returns => [TrainerCredential], { description: "The MDT withdraws a trainer's qualification: every credential not yet revoked is REVOKED." })
  withdrawTrainerQualification(@Arg('cedula') cedulaInput: string, @Arg('reason') reasonInput: string, @Ctx() ctx: TrainersContext): Promise<TrainerCredential[]> {
    const cedula = requireValidCedula(cedulaInput).cedula;
    const reason = requireText('reason', reasonInput, 'el motivo', 1000);
    return ctx.dataSource.transaction(async manager => {
      const trainer = await manager.getRepository(QualifiedTrainer).findOneBy({ cedula });
      if (!trainer) throw notFound('cedula', `La persona ${cedula} no consta como capacitador calificado.`);
      if (trainer.qualificationWithdrawnAt) throw conflict('cedula', `La calificación de ${cedula} ya fue retirada.`);
      const now = new Date();
      await manager.getRepository(QualifiedTrainer).update({ cedula }, { qualificationWithdrawnAt: now, withdrawalReason: reason });
      const credentials = await manager.getRepository(TrainerCredential).findBy({ trainerCedula: cedula, status: Not(S.REVOKED) });
      const revoked: TrainerCredential[] = [];
      for (const c of credentials) revoked.push(await move(manager, c.id, S.REVOKED, ctx.identity.subject, reason, { revokedAt: now, revocationReason: reason }));
      return revoked;
    });
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
