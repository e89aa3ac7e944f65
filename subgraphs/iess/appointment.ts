import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A booked turno: an agency's slot, taken once (appointment_slot_idx), for one presencial request. */
@Entity({ name: 'appointment' })
export class IessAppointment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 40 })
  agencyCode!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

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
}
