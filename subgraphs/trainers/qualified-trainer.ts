import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A natural person qualified by the MDT as independent trainer (capacitador independiente). */
@ObjectType({ description: 'Natural person qualified by the MDT as independent trainer.' })
@Entity({ name: 'qualified_trainer' })
export class QualifiedTrainer {
  @Field()
  @PrimaryColumn({ type: 'char', length: 10 })
  cedula!: string;

  @Field()
  @Column({ type: 'text' })
  names!: string;

  @Field({ description: 'Number of the MDT resolution that qualified the trainer.' })
  @Column({ name: 'qualification_resolution_number', type: 'text' })
  qualificationResolutionNumber!: string;

  @Field({ description: "Date of the qualification resolution, 'YYYY-MM-DD'." })
  @Column({ name: 'qualification_resolution_date', type: 'date' })
  qualificationResolutionDate!: string;
}
