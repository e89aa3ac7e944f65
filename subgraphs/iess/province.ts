import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';

@ObjectType({ description: "One of Ecuador's 24 provinces, with its INEC code." })
@Entity({ name: 'province' })
export class IessProvince {
  @Access({ public: true })
  @Field({ description: 'INEC code, two digits (17 = Pichincha).' })
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  @Access({ public: true })
  @Field()
  @Column({ type: 'text' })
  name!: string;
}
