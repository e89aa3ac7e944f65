import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { runtimeRoleMigration } from '../../shared/database/runtime-role';
import { IessEmployer } from './employer';
import { IessEmployerKeyRequest } from './employer-key-request';
import { CreateIessTables1763790000000 } from './migrations/1763790000000-CreateIessTables';
import { IessSector } from './sector';
import { IessAgency, IessAppointment, IessAppointmentVerification, IessDocumentSignature, IessKeyRequestEvent, IessRequestDocument } from './key-request-records';
import { IessKeyLifecycle1763840000000 } from './migrations/1763840000000-IessKeyLifecycle';
import { IessDocumentSignatures1764000000000 } from './migrations/1764000000000-IessDocumentSignatures';

/** The runtime role requests run as: reads and writes the iess schema, owns nothing. */
const RuntimeRole = runtimeRoleMigration('iess', 1763990000000, { kind: 'read-write' });

export function createIessDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'iess',
    url,
    entities: [IessSector, IessEmployer, IessEmployerKeyRequest, IessRequestDocument, IessDocumentSignature, IessKeyRequestEvent, IessAgency, IessAppointment, IessAppointmentVerification, MonthlyVolume],
    migrations: [CreateIessTables1763790000000, IessKeyLifecycle1763840000000, RuntimeRole, IessDocumentSignatures1764000000000],
  });
}
