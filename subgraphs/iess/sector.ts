import { Public } from '../../shared/auth/access';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'Sector an employer chooses when registering with the IESS.' })
@Entity({ name: 'sector' })
export class IessSector {
  @Public()
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Public()
  @Field()
  @Column({ type: 'text' })
  name!: string;
}
