import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { requireEmail, requireText } from '../../shared/contact';
import { ecuadorToday } from '../../shared/working-days';
import { requireValidRuc } from '../../shared/identifiers';
import type { IessContext } from './context';
import { IessKeyRequestChannel, IessSignatureKind } from './enums';
import { IessEmployerKeyRequest } from './key-request';
import { receiveKeyRequestDocuments, storeKeyRequestDocuments } from './key-request-documents';
import { startKeyRequest } from './key-request-state';
import { SubmitIessVirtualKeyRequestInput } from './key-request.inputs';
import { assertNoOpenKeyRequest } from './open-key-request';
import { requireProvince } from './province-name';
import { representativeValidity } from './representative-validity';
import { requireRegisteredEmployer } from './registered-employer';
import { windowClock } from './window-clock';

/** Ventanilla virtual (seed 002): "Recepción de trámites", the requirements scanned, the solicitud electronically signed. */
@Resolver()
export class IessVirtualKeyRequestResolver {
  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Ventanilla virtual: the request with its scanned requirements; the solicitud must be electronically signed.' })
  async submitIessVirtualKeyRequest(@Arg('input') input: SubmitIessVirtualKeyRequestInput, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    const ruc = requireValidRuc(input.employerRuc, 'employerRuc').ruc;
    const email = requireEmail('email', input.email);
    const message = requireText('message', input.message ?? '', 'el mensaje que detalla su pedido', 2000);
    return ctx.dataSource.transaction(async manager => {
      const province = await requireProvince(manager, 'province', input.province);
      const employer = await requireRegisteredEmployer(manager, ruc);
      await assertNoOpenKeyRequest(manager, ruc, windowClock.now());
      const representativeIdValidUntil = representativeValidity(employer, input.representativeIdValidUntil, ecuadorToday());
      const documents = await receiveKeyRequestDocuments(employer, input.documents, { electronic: true });
      const request = await startKeyRequest(
        manager,
        { employerRuc: ruc, channel: IessKeyRequestChannel.VIRTUAL, province: province.name, provinceCode: province.code, contactEmail: email, signatureKind: IessSignatureKind.ELECTRONIC, procedure: input.procedure, message, representativeIdValidUntil },
        ctx.identity.subject,
        null,
      );
      await storeKeyRequestDocuments(manager, request.id, documents);
      await recordAttention(manager, request.submittedAt); // a virtual request counts when submitted
      return request;
    });
  }
}
