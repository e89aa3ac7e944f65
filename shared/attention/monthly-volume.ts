import { Public } from '../auth/access';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a month's figures come from; kept apart in storage (one row per month and source). */
export enum AttentionSource {
  TRANSPARENCY = 'TRANSPARENCY',
  LIVE = 'LIVE',
  DEMO = 'DEMO',
}

registerEnumType(AttentionSource, {
  name: 'AttentionSource',
  description: 'Where a month of figures comes from.',
  valuesConfig: {
    TRANSPARENCY: { description: "Published by the institution (its transparency table); replaces Llavero's own count of that month." },
    LIVE: { description: 'Counted by Llavero as requests arrive.' },
    DEMO: { description: 'Made-up demonstration data; never in the public report.' },
  },
});

/**
 * One month's attentions and complaints for one service. The same table lives in each subgraph's
 * own schema (the DataSource's schema option places it) and stores the published and demo months;
 * the LIVE month is summed from attention_tally, kept as requests arrive, so a report costs one
 * indexed read however many requests exist.
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

  @Public()
  @Field(_type => AttentionSource, { nullable: true, description: 'Where the figures come from; null when there is no figure.' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  source!: AttentionSource | null;
}
