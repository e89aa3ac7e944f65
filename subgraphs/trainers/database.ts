import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { runtimeRoleMigration } from '../../shared/database/runtime-role';
import { CreateTrainerTables1763790000000 } from './migrations/1763790000000-CreateTrainerTables';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';
import { TrainerCredentialDocument, TrainerCredentialEvent } from './credential-records';
import { TrainerCredentialLifecycle1763830000000 } from './migrations/1763830000000-TrainerCredentialLifecycle';

/** The runtime role requests run as: reads and writes the trainers schema, owns nothing. */
const RuntimeRole = runtimeRoleMigration('trainers', 1763990000000, { kind: 'read-write' });

export function createTrainersDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'trainers',
    url,
    entities: [QualifiedTrainer, TrainerCredential, TrainerCredentialDocument, TrainerCredentialEvent, MonthlyVolume],
    migrations: [CreateTrainerTables1763790000000, TrainerCredentialLifecycle1763830000000, RuntimeRole],
  });
}
