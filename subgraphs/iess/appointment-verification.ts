import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The e-mail verification of the online turnero ("Verificar IESS turno online"): hashed, 10 minutes, single use. */
@Entity({ name: 'appointment_verification' })
export class IessAppointmentVerification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 10, nullable: true })
  cedula!: string | null;

  /** CEDULA, or PASSPORT / VISA for a foreigner without cédula. */
  @Column({ name: 'id_type', type: 'varchar', length: 16 })
  idType!: string;

  @Column({ name: 'id_number', type: 'text' })
  idNumber!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  mobile!: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
