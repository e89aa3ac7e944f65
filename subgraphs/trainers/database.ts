import { TrainersAttentionTally1764160002000 } from './migrations/1764160002000-AttentionTally';
import { TrainersOutboxAttempts1764150002000 } from './migrations/1764150002000-OutboxAttempts';
import { CalendarException } from '../../shared/calendar/calendar-exception';
import { TrainersCalendarExceptions1764140002000 } from './migrations/1764140002000-CalendarExceptions';
import { TrainersAttentionSources1764140012000 } from './migrations/1764140012000-AttentionSources';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { CreateTrainerTables1763790000000 } from './migrations/1763790000000-CreateTrainerTables';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';
import { TrainerCredentialDocument } from './trainer-credential-document';
import { TrainerCredentialEvent } from './trainer-credential-event';
import { TrainerCredentialLifecycle1763830000000 } from './migrations/1763830000000-TrainerCredentialLifecycle';
import { RuntimeRoleTrainers1763990000000 } from './migrations/1763990000000-RuntimeRole';
import { ForeignTrainers1764130000001 } from './migrations/1764130000001-ForeignTrainers';

export function createTrainersDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'trainers',
    url,
    entities: [QualifiedTrainer, TrainerCredential, TrainerCredentialDocument, TrainerCredentialEvent, MonthlyVolume, CalendarException],
    migrations: [
      CreateTrainerTables1763790000000,
      TrainerCredentialLifecycle1763830000000,
      RuntimeRoleTrainers1763990000000,
      ForeignTrainers1764130000001,
      TrainersCalendarExceptions1764140002000,
      TrainersAttentionSources1764140012000,
      TrainersOutboxAttempts1764150002000,
      TrainersAttentionTally1764160002000,
    ],
  });
}
