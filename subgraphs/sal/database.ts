import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { runtimeRoleMigration } from '../../shared/database/runtime-role';
import { SalAccessKey } from './access-key';
import { SalInstitution } from './institution';
import { CreateSalTables1763790000000 } from './migrations/1763790000000-CreateSalTables';
import { SalKeyLifecycle1763810000000 } from './migrations/1763810000000-SalKeyLifecycle';
import { SalDocumentSignatures1764000000000 } from './migrations/1764000000000-SalDocumentSignatures';
import { SalKeyRequest } from './key-request';
import { SalKeyRequestEvent } from './key-request-event';
import { SalRecoveryCode } from './recovery-code';
import { SalDocumentSignature, SalRequestDocument } from './request-document';

/** The runtime role requests run as: reads and writes the sal schema, owns nothing. */
const RuntimeRole = runtimeRoleMigration('sal', 1763990000000, { kind: 'read-write' });

export function createSalDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'sal',
    url,
    entities: [SalInstitution, SalAccessKey, SalKeyRequest, SalRequestDocument, SalDocumentSignature, SalKeyRequestEvent, SalRecoveryCode, MonthlyVolume],
    migrations: [CreateSalTables1763790000000, SalKeyLifecycle1763810000000, RuntimeRole, SalDocumentSignatures1764000000000],
  });
}
