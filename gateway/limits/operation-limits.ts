import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

// Static limits on an operation, checked after it is parsed and before anything is fetched. Fragments
// are measured once each and reused, so a document of chained fragments cannot make the walk explode.

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxRucs: number;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  /** Fields to resolve, with taxpayers(rucs) multiplying its sub-selection by the number of RUCs. */
  cost: number;
  /** RUC arguments named (ruc / rucs), counted once per occurrence, fragments and aliases included. */
  rucs: number;
  /** The distinct RUCs named, for the audit trail. */
  rucValues: string[];
  /** __schema or __type selected anywhere. */
  introspection: boolean;
}

type Fragments = Record<string, FragmentDefinitionNode>;

/** A selection set's measure for one unit of multiplier; fragment spreads reuse memoised measures. */
interface Unit {
  depth: number;
  aliases: number;
  cost: number;
  rucs: number;
  rucValues: Set<string>;
  introspection: boolean;
}

/** Numbers are capped so that even absurd documents stay cheap to measure. */
const CAP = 1e12;
const add = (a: number, b: number) => Math.min(CAP, a + b);
const mul = (a: number, b: number) => Math.min(CAP, a * b);

const RUC_KEY = /(^|[a-z])(ruc|Ruc|rucs|Rucs)$/;

/** RUCs named by a field's arguments, at any depth of an input object (ruc, rucs, institutionRuc, employerRuc …). */
function rucArguments(field: FieldNode, variables: Record<string, unknown>): string[] {
  const values: string[] = [];
  const collect = (key: string, value: unknown, depth: number): void => {
    if (depth > 5 || value === null || value === undefined) return;
    if (RUC_KEY.test(key)) {
      for (const ruc of Array.isArray(value) ? value : [value]) if (typeof ruc === 'string' || typeof ruc === 'number') values.push(String(ruc));
      return;
    }
    if (typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) collect(k, v, depth + 1);
  };
  for (const argument of field.arguments ?? []) collect(argument.name.value, valueFromASTUntyped(argument.value, variables), 0);
  return values;
}

function measureSet(set: SelectionSetNode, fragments: Fragments, variables: Record<string, unknown>, memo: Map<string, Unit>, visiting: Set<string>): Unit {
  const unit: Unit = { depth: 0, aliases: 0, cost: 0, rucs: 0, rucValues: new Set(), introspection: false };
  const merge = (other: Unit, times: number, depthOffset: number) => {
    unit.depth = Math.max(unit.depth, other.depth + depthOffset);
    unit.aliases = add(unit.aliases, mul(other.aliases, times));
    unit.cost = add(unit.cost, mul(other.cost, times));
    unit.rucs = add(unit.rucs, mul(other.rucs, times));
    if (unit.rucValues.size < 10_000) for (const ruc of other.rucValues) unit.rucValues.add(ruc);
    unit.introspection ||= other.introspection;
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic spreads fail validation anyway
      if (!memo.has(name)) memo.set(name, measureSet(fragment.selectionSet, fragments, variables, memo, new Set([...visiting, name])));
      merge(memo.get(name)!, 1, 0);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      merge(measureSet(selection.selectionSet, fragments, variables, memo, visiting), 1, 0);
      continue;
    }
    if (selection.alias) unit.aliases = add(unit.aliases, 1);
    if (selection.name.value === '__schema' || selection.name.value === '__type') unit.introspection = true;
    unit.cost = add(unit.cost, 1);
    unit.depth = Math.max(unit.depth, 1);
    const rucs = rucArguments(selection, variables);
    unit.rucs = add(unit.rucs, rucs.length);
    if (unit.rucValues.size < 10_000) for (const ruc of rucs) unit.rucValues.add(ruc);
    if (selection.selectionSet) {
      const times = selection.arguments?.some(a => a.name.value === 'rucs') ? Math.max(1, rucs.length) : 1;
      merge(measureSet(selection.selectionSet, fragments, variables, memo, visiting), times, 1);
    }
  }
  return unit;
}

export function measureOperation(operation: OperationDefinitionNode, fragments: Fragments, variables: Record<string, unknown>): OperationMeasure {
  const unit = measureSet(operation.selectionSet, fragments, variables, new Map(), new Set());
  return { depth: unit.depth, aliases: unit.aliases, cost: unit.cost, rucs: unit.rucs, rucValues: [...unit.rucValues], introspection: unit.introspection };
}

export function fragmentsOf(document: { definitions: readonly { kind: string }[] }): Fragments {
  return Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map(d => [d.name.value, d]),
  );
}

/** The first limit the operation exceeds, as a Spanish sentence, or null. */
export function exceededLimit(measure: OperationMeasure, limits: OperationLimits): { field: string; message: string } | null {
  if (measure.rucs > limits.maxRucs) {
    return { field: 'rucs', message: `La solicitud nombra ${measure.rucs} RUC: el máximo por solicitud es ${limits.maxRucs}.` };
  }
  if (measure.aliases > limits.maxAliases) {
    return { field: 'query', message: `La consulta usa ${measure.aliases} alias: el máximo es ${limits.maxAliases}.` };
  }
  if (measure.cost > limits.maxCost) {
    return { field: 'query', message: `La consulta pide ${measure.cost} campos en total (costo): el máximo es ${limits.maxCost}. Pida menos campos o menos RUC por solicitud.` };
  }
  if (measure.depth > limits.maxDepth && !measure.introspection) {
    // The introspection query is deep by nature; it is gated by role instead.
    return { field: 'query', message: `La consulta anida ${measure.depth} niveles: el máximo es ${limits.maxDepth}.` };
  }
  return null;
}
