import { Access, Public } from '../../shared/auth/access';
import { Arg, Args, ArgsType, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireMonthRange } from '../../shared/attention/months';
import { badUserInput } from '../../shared/errors';
import { DossierAttentionReport as AttentionReport, DossierTaxpayer as Taxpayer } from './entities';
import { checkRuc, requireValidRuc, type RucCheck } from '../../shared/identifiers';
import { TaxpayerKind } from './taxpayer-kind';

export const MAX_RUCS_PER_QUERY = 500;

@ArgsType()
class MonthRangeArgs {
  @Field({ description: "First month 'YYYY-MM', included." })
  from!: string;

  @Field({ description: "Last month 'YYYY-MM', included; at most 20 years after from." })
  to!: string;
}

/**
 * Root of every dossier, resolved inside the gateway process: validating a RUC needs no service,
 * so no single subgraph's outage can empty the answer.
 */
@Resolver(_of => Taxpayer)
export class DossierResolver {
  @Access({ authenticated: true })
  @Query(_returns => Taxpayer, { description: 'Every credential a RUC holds across the four services.' })
  taxpayer(@Arg('ruc') ruc: string): CheckedTaxpayer {
    return toTaxpayer(requireValidRuc(ruc, 'ruc'));
  }

  @Access({ authenticated: true })
  @Query(_returns => [Taxpayer], { description: `Batch form of taxpayer, at most ${MAX_RUCS_PER_QUERY} RUCs, answers in input order.` })
  taxpayers(@Arg('rucs', _type => [String]) rucs: string[]): CheckedTaxpayer[] {
    if (rucs.length > MAX_RUCS_PER_QUERY) {
      throw badUserInput('rucs', `Se recibieron ${rucs.length} RUC: el máximo por consulta es ${MAX_RUCS_PER_QUERY}. Divida la lista en varias consultas.`, {
        limit: MAX_RUCS_PER_QUERY,
      });
    }
    const checks = rucs.map(ruc => checkRuc(ruc));
    const invalid = checks.flatMap((check, index) => (check.valid ? [] : [{ index, ruc: rucs[index], rule: `RUC_${check.rule}`, message: check.message }]));
    if (invalid.length > 0) {
      const [first] = invalid;
      const more = invalid.length > 1 ? ` (y ${invalid.length - 1} RUC inválido(s) más; ver extensions.invalid)` : '';
      throw badUserInput(`rucs[${first.index}]`, `RUC en la posición ${first.index + 1}: ${first.message}${more}`, {
        rule: first.rule,
        value: first.ruc,
        invalid,
      });
    }
    return checks.map(check => toTaxpayer(check as ValidRuc));
  }

  @Public()
  @Query(_returns => AttentionReport, { description: "Monthly figures for each service, months 'YYYY-MM', both ends included." })
  attentionReport(@Args() { from, to }: MonthRangeArgs): AttentionReport {
    requireMonthRange(from, to);
    return { from, to };
  }

  @Access({ authenticated: true })
  @FieldResolver(_type => TaxpayerKind)
  kind(@Root() taxpayer: CheckedTaxpayer): TaxpayerKind {
    return rucOf(taxpayer).kind as TaxpayerKind;
  }

  @Access({ authenticated: true })
  @FieldResolver({
    description: 'false when a public-entity or company RUC fails the modulo-11 check: the SRI has issued such RUCs, so they are accepted.',
  })
  checksumVerified(@Root() taxpayer: CheckedTaxpayer): boolean {
    return rucOf(taxpayer).checksumVerified;
  }

  @Access({ authenticated: true })
  @FieldResolver(_type => String, { nullable: true, description: "The holder's cédula, for a natural person's RUC." })
  cedula(@Root() taxpayer: CheckedTaxpayer): string | null {
    return rucOf(taxpayer).cedula;
  }
}

type ValidRuc = Extract<RucCheck, { valid: true }>;

/** The root carries its RUC check, so the RUC facts need no second validation. */
type CheckedTaxpayer = Taxpayer & { check?: ValidRuc };

function toTaxpayer(check: ValidRuc): CheckedTaxpayer {
  return { ruc: check.ruc, check };
}

/** A taxpayer reached through _entities (another subgraph's key) is checked here once. */
function rucOf(taxpayer: CheckedTaxpayer): ValidRuc {
  return taxpayer.check ?? requireValidRuc(taxpayer.ruc);
}
