import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The recovery / regeneration link's token as kept: only its SHA-256, its expiry and when it was used (rules: recovery-token.ts). */
@Entity({ name: 'recovery_token' })
export class SystemKeyRecoveryToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recovery_id', type: 'uuid' })
  recoveryId!: string;

  @Column({ name: 'token_sha256', type: 'char', length: 64 })
  tokenSha256!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
