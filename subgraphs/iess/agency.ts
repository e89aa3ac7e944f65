import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';

@ObjectType({ description: 'IESS attention centre giving "Clave patronal" appointments.' })
@Entity({ name: 'agency' })
export class IessAgency {
  @Access({ public: true })
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Access({ public: true })
  @Field()
  @Column({ type: 'text' })
  province!: string;

  @Access({ public: true })
  @Field()
  @Column({ type: 'text' })
  name!: string;
}
