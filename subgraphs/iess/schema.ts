import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
// The SDL lists types and operations in the order they are declared: this import order keeps schema/iess.graphql as it is.
import { IessTaxpayer } from './taxpayer';
import { IessAttentionReport } from './attention-report';
import { IessAttentionResolver } from './attention-report.resolver';
import { IessEmployerResolver } from './employer.resolver';
import { IessTaxpayerResolver } from './taxpayer.resolver';
import { IessVirtualKeyRequestResolver } from './virtual-key-request.resolver';
import { IessAppointmentResolver } from './appointment.resolver';
import { IessKeyRequestDecisionResolver } from './key-request-decision.resolver';
import { IessKeyRequestResolver } from './key-request.resolver';
import { EmployerRegistrationResolver } from './employer-registration.resolver';
import { IessComplaintResolver } from './complaint.resolver';
import { IessRequestDocumentResolver } from './key-request-document.resolver';
import { IessKeyRequestReferenceResolver } from './key-request-reference.resolver';

export function buildIessSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        IessEmployerResolver,
        IessTaxpayerResolver,
        IessAttentionResolver,
        IessVirtualKeyRequestResolver,
        IessAppointmentResolver,
        IessKeyRequestDecisionResolver,
        IessKeyRequestResolver,
        IessRequestDocumentResolver,
        EmployerRegistrationResolver,
        IessComplaintResolver,
        IessKeyRequestReferenceResolver,
      ],
      orphanedTypes: [IessTaxpayer, IessAttentionReport],
    },
    entityReferenceResolvers,
  );
}
