import { Access, Public } from '../../shared/auth/access';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TrainerIdentificationType } from './enums';

/** A natural person qualified by the MDT as independent trainer (capacitador independiente). */
@ObjectType({ description: 'Natural person qualified by the MDT as independent trainer.' })
@Entity({ name: 'qualified_trainer' })
export class QualifiedTrainer {
  @Access({ scope: 'trainers:read', mask: 'identifier' })
  @Field({ description: 'Cédula; for a foreign trainer without one, the passport or visa number (see identificationType).' })
  @PrimaryColumn({ type: 'varchar', length: 20 })
  cedula!: string;

  @Access({ scope: 'trainers:read' })
  @Field(_type => TrainerIdentificationType, { description: 'What `cedula` holds: a cédula, or a foreigner\'s passport or visa number.' })
  @Column({ name: 'identification_type', type: 'varchar', length: 8, default: TrainerIdentificationType.CEDULA })
  identificationType!: TrainerIdentificationType;

  @Access({ scope: 'trainers:read' })
  @Field(_type => String, { nullable: true, description: 'Nationality of a foreign trainer identified by passport or visa (ISO 3166-1 alpha-3); null with a cédula.' })
  @Column({ type: 'char', length: 3, nullable: true })
  nationality!: string | null;

  @Access({ public: true, mask: 'name', service: 'trainers' }) // public for the code check; masked for partners
  @Field()
  @Column({ type: 'text' })
  names!: string;

  @Public()
  @Field({ description: 'Number of the MDT resolution that qualified the trainer.' })
  @Column({ name: 'qualification_resolution_number', type: 'text' })
  qualificationResolutionNumber!: string;

  @Public()
  @Field({ description: "Date of the qualification resolution, 'YYYY-MM-DD'." })
  @Column({ name: 'qualification_resolution_date', type: 'date' })
  qualificationResolutionDate!: string;

  @Access({ scope: 'trainers:read' })
  @Field(_type => Date, { nullable: true, description: 'When the MDT withdrew the qualification.' })
  @Column({ name: 'qualification_withdrawn_at', type: 'timestamptz', nullable: true })
  qualificationWithdrawnAt!: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;
}
