import { Public } from '../../shared/auth/access';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AttentionPointKind } from './enums';

/** An MDT window where a presencial recovery request is filed (seed 001). */
@ObjectType({ description: 'MDT regional office or delegation that receives presencial key-recovery requests.' })
@Entity({ name: 'attention_point' })
export class AttentionPoint {
  @Public()
  @Field({ description: "Stable code, e.g. 'quito' or 'san-cristobal'." })
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code!: string;

  @Public()
  @Field(_type => AttentionPointKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: AttentionPointKind;

  @Public()
  @Field(_type => Int, { description: 'Regional number, 1 to 7.' })
  @Column({ type: 'int' })
  regional!: number;

  @Public()
  @Field()
  @Column({ type: 'text' })
  city!: string;

  @Public()
  @Field()
  @Column({ type: 'text' })
  address!: string;

  @Public()
  @Field(_type => [String], { description: 'Empty when the office has no phone (San Cristóbal).' })
  @Column({ type: 'text', array: true })
  phones!: string[];

  @Public()
  @Field(_type => String, { nullable: true })
  @Column({ name: 'phone_note', type: 'text', nullable: true })
  phoneNote!: string | null;
}
