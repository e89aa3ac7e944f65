import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { mask } from '../../shared/auth/masking';
import { requireEmail } from '../../shared/contact';
import { badUserInput, conflict } from '../../shared/errors';
import { requireValidRuc } from '../../shared/identifiers';
import { ecuadorToday } from '../../shared/working-days';
import { requireRecordId } from '../../shared/identifiers/record-id';
import { enqueueMail } from '../../shared/outbox/outbox';
import { IessAgency } from './agency';
import { IessAppointment } from './appointment';
import { APPOINTMENT_CODE_MINUTES, appointmentCodeAlreadyUsed, newAppointmentCode, requireAppointmentCode } from './appointment-code';
import { IessAppointmentCodeSent } from './appointment-code-sent';
import { appointmentSlotProblem } from './appointment-slots';
import { IessAppointmentVerification } from './appointment-verification';
import { AttendIessAppointmentInput, BookIessAppointmentInput, RequestIessAppointmentCodeInput } from './appointment.inputs';
import type { IessContext } from './context';
import { IessKeyRequestChannel } from './enums';
import { IessEmployerKeyRequest } from './key-request';
import { receiveKeyRequestDocuments, storeKeyRequestDocuments } from './key-request-documents';
import { assertAttendable, lockKeyRequest, startKeyRequest } from './key-request-state';
import { appointmentCodeMail, appointmentConfirmedMail } from './mail';
import { requireMobileNumber } from './mobile-number';
import { representativeValidity } from './representative-validity';
import { requireTurneroIdentity } from './turnero-identity';
import { IessProvince } from './province';
import { requireProvince } from './province-name';
import { requireRegisteredEmployer } from './registered-employer';
import { assertNoOpenKeyRequest, expireMissedTurnos } from './open-key-request';
import { turnoAttendanceProblem } from './turno-attendance';
import { requireWindowAttendance } from './window-attendance';
import { windowClock } from './window-clock';

/** Trámite presencial (seed 002): the online turnero (e-mailed code, a free slot at an agency), then the window. */
@Resolver()
export class IessAppointmentResolver {
  @Access({ public: true })
  @Query(_returns => [IessAgency], { description: 'IESS centres that give "Clave patronal" appointments, optionally of one province.' })
  async iessAgencies(@Arg('province', _type => String, { nullable: true, description: 'Name or INEC code.' }) province: string | null, @Ctx() ctx: IessContext): Promise<IessAgency[]> {
    const where = province ? { provinceCode: (await requireProvince(ctx.dataSource.manager, 'province', province)).code } : {};
    return ctx.dataSource.getRepository(IessAgency).find({ where, order: { province: 'ASC', name: 'ASC' } });
  }

  @Access({ public: true })
  @Query(_returns => [IessProvince], { description: "Ecuador's 24 provinces with their INEC codes." })
  iessProvinces(@Ctx() ctx: IessContext): Promise<IessProvince[]> {
    return ctx.dataSource.getRepository(IessProvince).find({ order: { code: 'ASC' } });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessAppointmentCodeSent, { description: `Online turnero: e-mails a verification code (${APPOINTMENT_CODE_MINUTES} minutes, single use, stored hashed).` })
  async requestIessAppointmentCode(@Arg('input') input: RequestIessAppointmentCodeInput, @Ctx() ctx: IessContext): Promise<IessAppointmentCodeSent> {
    const { cedula, idType, idNumber } = requireTurneroIdentity(input);
    const email = requireEmail('email', input.email);
    const mobile = requireMobileNumber('mobile', input.mobile);
    const { code, codeHash, expiresAt } = await newAppointmentCode();
    return ctx.dataSource.transaction(async manager => {
      const verification = manager.getRepository(IessAppointmentVerification).create({ cedula, idType, idNumber, email, mobile, codeHash, expiresAt });
      await manager.getRepository(IessAppointmentVerification).insert(verification);
      await enqueueMail(manager, appointmentCodeMail(email, code));
      return { verificationId: verification.id, sentTo: String(mask('email', email)), expiresAt };
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Online turnero: verifies the code and books a free 30-minute slot (Monday–Friday 8:00–17:00) at an agency.' })
  async bookIessAppointment(@Arg('input') input: BookIessAppointmentInput, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    const ruc = requireValidRuc(input.employerRuc, 'employerRuc').ruc;
    const slotProblem = appointmentSlotProblem(input.startsAt);
    if (slotProblem) throw badUserInput('startsAt', `El turno no es posible: ${slotProblem}.`, { reason: 'SLOT_OUTSIDE_HOURS' });
    const verificationId = requireRecordId(input.verificationId, 'verificationId');
    const found = await ctx.dataSource.getRepository(IessAppointmentVerification).findOneBy({ id: verificationId });
    const verification = await requireAppointmentCode(found, input.code);
    return ctx.dataSource.transaction(async manager => {
      const province = await requireProvince(manager, 'province', input.province);
      const claimed = await manager.getRepository(IessAppointmentVerification).update({ id: verification.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!claimed.affected) throw appointmentCodeAlreadyUsed();
      await requireRegisteredEmployer(manager, ruc);
      await assertNoOpenKeyRequest(manager, ruc, windowClock.now());
      const agency = await manager.getRepository(IessAgency).findOneBy({ code: input.agencyCode });
      if (!agency || agency.provinceCode !== province.code) {
        throw badUserInput('agencyCode', `No hay una agencia "${input.agencyCode}" para el trámite "Clave patronal" en ${province.name} (vea iessAgencies).`);
      }
      if (await manager.getRepository(IessAppointment).existsBy({ agencyCode: agency.code, startsAt: input.startsAt })) {
        throw conflict('startsAt', `El turno de ${input.startsAt.toISOString()} en ${agency.name} ya está tomado: elija otro horario.`);
      }
      const request = await startKeyRequest(
        manager,
        { employerRuc: ruc, channel: IessKeyRequestChannel.PRESENCIAL, province: province.name, provinceCode: province.code, agency: agency.name, appointmentAt: input.startsAt, contactEmail: verification.email },
        ctx.identity.subject,
        `Turno en ${agency.name}`,
      );
      const { cedula, idType, idNumber, email, mobile } = verification;
      await manager.getRepository(IessAppointment).insert({ requestId: request.id, agencyCode: agency.code, startsAt: input.startsAt, cedula, idType, idNumber, email, mobile });
      await enqueueMail(manager, appointmentConfirmedMail(email, agency.name, input.startsAt));
      return request;
    }).catch(error => {
      // Two bookings of one slot at the same instant: the database's unique index decides.
      if (String((error as Error).message).includes('appointment_slot_idx')) throw conflict('startsAt', 'Ese turno acaba de ser tomado: elija otro horario.');
      throw error;
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'At the window: originals checked, handwritten signatures, optional third party or notarised power of attorney; counts as an attention.' })
  async attendIessAppointment(@Arg('input') input: AttendIessAppointmentInput, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    requireRecordId(input.requestId, 'requestId');
    const now = windowClock.now();
    const attendance = requireWindowAttendance(input, ecuadorToday(now));
    await ctx.dataSource.transaction(manager => expireMissedTurnos(manager, { id: input.requestId }, now)); // a missed turno says so
    return ctx.dataSource.transaction(async manager => {
      const request = await lockKeyRequest(manager, input.requestId);
      assertAttendable(request);
      const problem = request.appointmentAt && turnoAttendanceProblem(request.appointmentAt, now);
      if (problem) throw conflict('requestId', problem.message, { reason: problem.reason });
      const employer = await requireRegisteredEmployer(manager, request.employerRuc);
      const representativeIdValidUntil = representativeValidity(employer, input.representativeIdValidUntil, ecuadorToday(now));
      const documents = await receiveKeyRequestDocuments(employer, input.documents, { electronic: false });
      Object.assign(request, attendance, { attendedAt: now, representativeIdValidUntil });
      await manager.getRepository(IessEmployerKeyRequest).save(request);
      await storeKeyRequestDocuments(manager, request.id, documents);
      await recordAttention(manager, request.attendedAt!); // a presencial request counts when its turno is attended
      return request;
    });
  }
}
