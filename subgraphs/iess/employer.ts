import { Access } from '../../shared/auth/access';
import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { LegalRepresentativeIdType } from './enums';

/** An employer registered with the IESS: the prerequisite of the clave patronal (seed 002). */
@ObjectType({ description: 'Employer registered with the IESS (prerequisite of the clave patronal).' })
@Entity({ name: 'employer' })
export class IessEmployer {
  @Access({ scope: 'iess:read' })
  @Field()
  @PrimaryColumn({ type: 'char', length: 13 })
  ruc!: string;

  @Access({ scope: 'iess:read', mask: 'name' }) // a natural person's business name is their own name
  @Field()
  @Column({ name: 'business_name', type: 'text' })
  businessName!: string;

  @Access({ scope: 'iess:read' })
  @Field({ description: 'Code of the sector chosen at registration.' })
  @Column({ name: 'sector_code', type: 'varchar', length: 16 })
  sectorCode!: string;

  @Access({ scope: 'iess:read' })
  @Field({ description: 'Whether the employer is a qualified artisan (calificación artesanal).' })
  @Column({ name: 'qualified_artisan', type: 'boolean', default: false })
  qualifiedArtisan!: boolean;

  @Access({ scope: 'iess:read', mask: 'name' })
  @Field()
  @Column({ name: 'legal_representative_names', type: 'text' })
  legalRepresentativeNames!: string;

  @Access({ scope: 'iess:read' })
  @Field(_type => LegalRepresentativeIdType)
  @Column({ name: 'legal_representative_id_type', type: 'varchar', length: 24 })
  legalRepresentativeIdType!: LegalRepresentativeIdType;

  @Access({ scope: 'iess:read', mask: 'identifier' })
  @Field({ description: "Legal representative's cédula, IESS foreigner code, visa or passport number." })
  @Column({ name: 'legal_representative_id', type: 'text' })
  legalRepresentativeId!: string;

  @Access({ scope: 'iess:read', mask: 'email' })
  @Field({ description: 'Active e-mail of the employer or legal representative.' })
  @Column({ type: 'text' })
  email!: string;

  @Access({ scope: 'iess:read' })
  @Field()
  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Access({ scope: 'iess:read' })
  @Field(_type => Date, { nullable: true, description: 'When the clave patronal was delivered; null while the employer has none.' })
  @Column({ name: 'employer_key_delivered_at', type: 'timestamptz', nullable: true })
  employerKeyDeliveredAt!: Date | null;

  @Access({ scope: 'iess:read', mask: 'subject' })
  @Field({ description: 'Who registered the employer (token subject).' })
  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @Access({ scope: 'iess:read' })
  @Field(_type => Date, { nullable: true, description: 'A key handed over at the window must be activated once before this moment.' })
  @Column({ name: 'employer_key_activate_before', type: 'timestamptz', nullable: true })
  employerKeyActivateBefore!: Date | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true, description: 'Natural person employer: the notarised power of attorney naming a representative other than the person.' })
  @Column({ name: 'representative_power_of_attorney', type: 'text', nullable: true })
  representativePowerOfAttorney!: string | null;

  /** scrypt hash of the clave patronal; never a GraphQL field, never selected unless asked for. */
  @Column({ name: 'employer_key_hash', type: 'text', nullable: true, select: false })
  employerKeyHash!: string | null;
}
