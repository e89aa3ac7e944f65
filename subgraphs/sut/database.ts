import { SutAttentionTally1764160001000 } from './migrations/1764160001000-AttentionTally';
import { SutOutboxAttempts1764150001000 } from './migrations/1764150001000-OutboxAttempts';
import { SutAttentionSources1764140011000 } from './migrations/1764140011000-AttentionSources';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { AttentionPoint } from './attention-point';
import { CreateSutTables1763790000000 } from './migrations/1763790000000-CreateSutTables';
import { SystemKeyRecovery } from './system-key-recovery';
import { SutRecoveryLifecycle1763820000000 } from './migrations/1763820000000-SutRecoveryLifecycle';
import { RuntimeRoleSut1763990000000 } from './migrations/1763990000000-RuntimeRole';
import { RecoveryByPhone1764130000000 } from './migrations/1764130000000-RecoveryByPhone';
import { SystemKeyRecoveryDocument } from './system-key-recovery-document';
import { SystemKeyRecoveryEvent } from './system-key-recovery-event';
import { SystemKeyRecoveryToken } from './system-key-recovery-token';

export function createSutDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'sut',
    url,
    entities: [AttentionPoint, SystemKeyRecovery, SystemKeyRecoveryDocument, SystemKeyRecoveryEvent, SystemKeyRecoveryToken, MonthlyVolume],
    migrations: [CreateSutTables1763790000000, SutRecoveryLifecycle1763820000000, RuntimeRoleSut1763990000000, RecoveryByPhone1764130000000, SutAttentionSources1764140011000, SutOutboxAttempts1764150001000, SutAttentionTally1764160001000],
  });
}
