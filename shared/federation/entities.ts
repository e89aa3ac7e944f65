import { Public } from '../auth/access';
import { Directive, Field, ObjectType } from 'type-graphql';
import { requireMonthRange } from '../attention/months';
import { requireValidRuc } from '../identifiers';

// The two entities every subgraph extends. Each subgraph defines its own class through these
// factories (type-graphql keeps field resolvers on the class, so a shared class would leak one
// subgraph's fields into another's schema) and adds its fields with @FieldResolver.

export interface TaxpayerRef {
  ruc: string;
}

export interface AttentionReportRef {
  from: string;
  to: string;
}

export function taxpayerEntity() {
  @Directive('@key(fields: "ruc")')
  @ObjectType('Taxpayer', { description: 'Every credential a RUC holds across the four services.' })
  class Taxpayer implements TaxpayerRef {
    @Public()
    @Field({ description: 'RUC (13 digits), validated per the SRI rules.' })
    ruc!: string;
  }
  return Taxpayer;
}

export function attentionReportEntity() {
  @Directive('@key(fields: "from to")')
  @ObjectType('AttentionReport', {
    description: "Monthly attention and complaint figures for each service, months 'YYYY-MM', both ends included.",
  })
  class AttentionReport implements AttentionReportRef {
    @Public()
    @Field({ description: "First month 'YYYY-MM', included." })
    from!: string;

    @Public()
    @Field({ description: "Last month 'YYYY-MM', included." })
    to!: string;
  }
  return AttentionReport;
}

/** Reference resolvers re-check the key: a subgraph trusts no caller's RUC. */
export function taxpayerReference(ref: TaxpayerRef): TaxpayerRef {
  return { ruc: requireValidRuc(ref.ruc).ruc };
}

export function attentionReportReference(ref: AttentionReportRef): AttentionReportRef {
  requireMonthRange(ref.from, ref.to);
  return { from: ref.from, to: ref.to };
}

export const entityReferenceResolvers = {
  Taxpayer: { __resolveReference: taxpayerReference },
  AttentionReport: { __resolveReference: attentionReportReference },
};
