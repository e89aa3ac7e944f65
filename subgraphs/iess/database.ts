import { IessAttentionTally1764160003000 } from './migrations/1764160003000-AttentionTally';
import { IessOutboxAttempts1764150003000 } from './migrations/1764150003000-OutboxAttempts';
import { CalendarException } from '../../shared/calendar/calendar-exception';
import { IessCalendarExceptions1764140001000 } from './migrations/1764140001000-CalendarExceptions';
import { IessAttentionSources1764140013000 } from './migrations/1764140013000-AttentionSources';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { IessEmployer } from './employer';
import { IessEmployerKeyRequest } from './key-request';
import { CreateIessTables1763790000000 } from './migrations/1763790000000-CreateIessTables';
import { IessSector } from './sector';
import { IessRequestDocument } from './key-request-document';
import { IessDocumentSignature } from './key-request-document-signature';
import { IessKeyRequestEvent } from './key-request-event';
import { IessAgency } from './agency';
import { IessAppointment } from './appointment';
import { IessAppointmentVerification } from './appointment-verification';
import { IessKeyLifecycle1763840000000 } from './migrations/1763840000000-IessKeyLifecycle';
import { RuntimeRoleIess1763990000000 } from './migrations/1763990000000-RuntimeRole';
import { IessDocumentSignatures1764000000000 } from './migrations/1764000000000-IessDocumentSignatures';
import { IessTurnoExpiry1764120000000 } from './migrations/1764120000000-IessTurnoExpiry';
import { IessProvinces1764120000001 } from './migrations/1764120000001-IessProvinces';
import { IessFormValidityAndWindowKey1764120000002 } from './migrations/1764120000002-IessFormValidityAndWindowKey';
import { IessProvince } from './province';

export function createIessDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'iess',
    url,
    entities: [IessSector, IessEmployer, IessEmployerKeyRequest, IessRequestDocument, IessDocumentSignature, IessKeyRequestEvent, IessAgency, IessAppointment, IessAppointmentVerification, IessProvince, MonthlyVolume, CalendarException],
    migrations: [
      CreateIessTables1763790000000,
      IessKeyLifecycle1763840000000,
      RuntimeRoleIess1763990000000,
      IessDocumentSignatures1764000000000,
      IessTurnoExpiry1764120000000,
      IessProvinces1764120000001,
      IessFormValidityAndWindowKey1764120000002,
      IessCalendarExceptions1764140001000,
      IessAttentionSources1764140013000,
      IessOutboxAttempts1764150003000,
      IessAttentionTally1764160003000,
    ],
  });
}
