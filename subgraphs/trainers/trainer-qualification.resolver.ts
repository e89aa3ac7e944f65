import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { requireText } from '../../shared/contact';
import type { TrainersContext } from './context';
import { requireResolutionDate } from './qualification-resolution-date';
import { QualifiedTrainer } from './qualified-trainer';
import { RegisterQualifiedTrainerInput } from './qualified-trainer.inputs';
import { registerQualification } from './qualified-trainer-state';
import { requireTrainerIdentification } from './trainer-identification';

/** Seed 004, qualification: the MDT qualifies the trainer by a resolution. */
@Resolver(_of => QualifiedTrainer)
export class TrainerQualificationResolver {
  @Access({ scope: 'trainers:decide' })
  @Mutation(_returns => QualifiedTrainer, { description: 'Records a trainer qualified by an MDT resolution: Ecuadorian by cédula, foreign by cédula, passport or visa.' })
  registerQualifiedTrainer(@Arg('input') input: RegisterQualifiedTrainerInput, @Ctx() ctx: TrainersContext): Promise<QualifiedTrainer> {
    const identification = requireTrainerIdentification(input, { registering: true });
    const names = requireText('names', input.names, 'los nombres');
    const number = requireText('resolutionNumber', input.resolutionNumber, 'el número de resolución', 80);
    const date = requireResolutionDate(input.resolutionDate);
    return registerQualification(ctx.dataSource.manager, { ...identification, names, qualificationResolutionNumber: number, qualificationResolutionDate: date });
  }
}
