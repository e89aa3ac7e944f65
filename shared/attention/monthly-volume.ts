import { Public } from '../auth/access';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One month's attentions and complaints for one service. The same table lives in each subgraph's
 * own schema (the DataSource's schema option places it); the roll-up is kept as requests arrive,
 * so a report costs one indexed read however many requests exist.
 */
@Directive('@shareable')
@ObjectType({ description: "One row per month of the range, in order. null means no figure exists for that month; 0 means zero was reported or recorded." })
@Entity({ name: 'monthly_attention' })
export class MonthlyVolume {
  @Public()
  @Field({ description: "Month 'YYYY-MM'." })
  @PrimaryColumn({ type: 'char', length: 7 })
  month!: string;

  @Public()
  @Field(_type => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  attentions!: number | null;

  @Public()
  @Field(_type => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  complaints!: number | null;

  /** TRANSPARENCY (imported from the published table) or LIVE (counted by Llavero). */
  @Column({ type: 'varchar', length: 16, default: 'LIVE' })
  source!: string;
}
