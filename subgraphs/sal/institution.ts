import { Access } from '../../shared/auth/access';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SalGovernmentFunction, SalInstitutionStatus, SalStatusChangeReason } from './enums';

/** A public-service institution registered in the Sistema de Autorizaciones Laborales (seed 000 §3). */
@ObjectType({ description: 'Public-service institution registered in the Sistema de Autorizaciones Laborales (SAL).' })
@Entity({ name: 'institution' })
export class SalInstitution {
  @Access({ scope: 'sal:read' })
  @Field({ description: "The institution's RUC: the first field of the SAL sign-in." })
  @PrimaryColumn({ type: 'char', length: 13 })
  ruc!: string;

  @Access({ scope: 'sal:read' })
  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalGovernmentFunction)
  @Column({ name: 'government_function', type: 'varchar', length: 16 })
  governmentFunction!: SalGovernmentFunction;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalInstitutionStatus)
  @Column({ type: 'varchar', length: 16, default: SalInstitutionStatus.ACTIVE })
  status!: SalInstitutionStatus;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalStatusChangeReason, { nullable: true, description: 'Why the institution was deactivated (§6.5).' })
  @Column({ name: 'status_change_reason', type: 'varchar', length: 16, nullable: true })
  statusChangeReason!: SalStatusChangeReason | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => Int, { description: 'Labour-authorisation processes still open: a status change is refused while this is above 0 (§6.5).' })
  @Column({ name: 'pending_authorization_processes', type: 'int', default: 0 })
  pendingAuthorizationProcesses!: number;

  @Access({ scope: 'sal:read' })
  @Field()
  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Access({ scope: 'sal:read' })
  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
