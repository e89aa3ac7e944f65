import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';

/** Where an attention point comes from: named by seed 002, or a placeholder to confirm with the IESS. */
export enum IessAgencyOrigin {
  SEED = 'SEED',
  PLACEHOLDER = 'PLACEHOLDER',
}
registerEnumType(IessAgencyOrigin, {
  name: 'IessAgencyOrigin',
  valuesConfig: { SEED: { description: 'Named in seed 002' }, PLACEHOLDER: { description: 'Placeholder to confirm with the IESS (seed 002 names no centre)' } },
});

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
  @Field({ description: "INEC code of the agency's province." })
  @Column({ name: 'province_code', type: 'char', length: 2 })
  provinceCode!: string;

  @Access({ public: true })
  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Access({ public: true })
  @Field(_type => IessAgencyOrigin)
  @Column({ type: 'varchar', length: 16 })
  origin!: IessAgencyOrigin;
}
