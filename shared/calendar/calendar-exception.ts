import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What the law's rules cannot compute: a canton's own civic holiday (moved like the national ones),
 * a decreed bridge or holiday, a day a decree makes a working one. The same table lives in each
 * subgraph that counts working days; a migration adds rows as decrees are published.
 */
@Entity({ name: 'calendar_exception' })
export class CalendarException {
  @PrimaryGeneratedColumn()
  id!: number;

  /** LOCAL_HOLIDAY (every year, on month_day, in canton), REST (no work on day), WORK (day is worked). */
  @Column({ type: 'varchar', length: 16 })
  kind!: 'LOCAL_HOLIDAY' | 'REST' | 'WORK';

  /** 'YYYY-MM-DD' for REST and WORK. */
  @Column({ type: 'date', nullable: true })
  day!: string | null;

  /** 'MM-DD' for LOCAL_HOLIDAY. */
  @Column({ name: 'month_day', type: 'char', length: 5, nullable: true })
  monthDay!: string | null;

  /** The canton it applies to ('Quito', 'Cuenca' …); null for the whole country. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  canton!: string | null;

  @Column({ type: 'text' })
  name!: string;

  /** The decree or law it comes from, to check it against. */
  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;
}
