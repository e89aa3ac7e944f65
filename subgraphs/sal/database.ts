import { SalAttentionTally1764160000000 } from './migrations/1764160000000-AttentionTally';
import { SalOutboxAttempts1764150000000 } from './migrations/1764150000000-OutboxAttempts';
import { CalendarException } from '../../shared/calendar/calendar-exception';
import { SalCalendarExceptions1764140000000 } from './migrations/1764140000000-CalendarExceptions';
import { SalAttentionSources1764140010000 } from './migrations/1764140010000-AttentionSources';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { SalAccessKey } from './access-key';
import { SalInstitution } from './institution';
import { CreateSalTables1763790000000 } from './migrations/1763790000000-CreateSalTables';
import { SalKeyLifecycle1763810000000 } from './migrations/1763810000000-SalKeyLifecycle';
import { RuntimeRoleSal1763990000000 } from './migrations/1763990000000-RuntimeRole';
import { SalDocumentSignatures1764000000000 } from './migrations/1764000000000-SalDocumentSignatures';
import { SalKeyReplacement1764110000000 } from './migrations/1764110000000-SalKeyReplacement';
import { SalStatusChangeOficio1764110000001 } from './migrations/1764110000001-SalStatusChangeOficio';
import { SalKeyRequest } from './key-request';
import { SalKeyRequestEvent } from './key-request-event';
import { SalRecoveryCode } from './recovery-code';
import { SalDocumentSignature } from './document-signature';
import { SalRequestDocument } from './request-document';

export function createSalDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'sal',
    url,
    entities: [SalInstitution, SalAccessKey, SalKeyRequest, SalRequestDocument, SalDocumentSignature, SalKeyRequestEvent, SalRecoveryCode, MonthlyVolume, CalendarException],
    migrations: [
      CreateSalTables1763790000000,
      SalKeyLifecycle1763810000000,
      RuntimeRoleSal1763990000000,
      SalDocumentSignatures1764000000000,
      SalKeyReplacement1764110000000,
      SalStatusChangeOficio1764110000001,
      SalCalendarExceptions1764140000000,
      SalAttentionSources1764140010000,
      SalOutboxAttempts1764150000000,
      SalAttentionTally1764160000000,
    ],
  });
}
