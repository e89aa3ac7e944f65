import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A "Recuperar clave" confirmation code (§6.3 4.2): hashed, 15 minutes, single use. Not a GraphQL type. */
@Entity({ name: 'recovery_code' })
export class SalRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'key_id', type: 'uuid' })
  keyId!: string;

  @Column({ name: 'institution_ruc', type: 'char', length: 13 })
  institutionRuc!: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'failed_attempts', type: 'int', default: 0 })
  failedAttempts!: number;
}
