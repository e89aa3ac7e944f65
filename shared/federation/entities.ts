import { Directive, Field, ObjectType } from 'type-graphql';

// The two entities every subgraph extends. Each subgraph adds its own fields with @FieldResolver.

@Directive('@key(fields: "ruc")')
@ObjectType({ description: 'Every credential a RUC holds across the four services.' })
export class Taxpayer {
  @Field({ description: 'RUC (13 digits), validated per the SRI rules.' })
  ruc!: string;
}

@Directive('@key(fields: "from to")')
@ObjectType({ description: "Monthly attention and complaint figures for each service, months 'YYYY-MM', both ends included." })
export class AttentionReport {
  @Field({ description: "First month 'YYYY-MM', included." })
  from!: string;

  @Field({ description: "Last month 'YYYY-MM', included." })
  to!: string;
}

export function taxpayerReference(ref: { ruc: string }): Taxpayer {
  return Object.assign(new Taxpayer(), { ruc: ref.ruc });
}

export function attentionReportReference(ref: { from: string; to: string }): AttentionReport {
  return Object.assign(new AttentionReport(), { from: ref.from, to: ref.to });
}
