import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { checkRuc } from '../../shared/identifiers';

// Static limits on an operation, checked after it is parsed and before anything is fetched, on the
// variables as they will execute (coerced, defaults included). Fragments are measured once each and
// reused, so a document of chained fragments cannot make the walk explode.

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
  /** RUC arguments named (ruc / rucs …), counted once per occurrence, fragments and aliases included, valid or not. */
  rucs: number;
  /** The distinct valid RUCs named, normalised as the dossier reads them (trimmed, SRI rules), for the audit trail. */
  rucValues: string[];
  /** __schema or __type selected anywhere. */
  introspection: boolean;
}

/** An operation the limits cannot measure is refused, never let through unmeasured. */
export class UnmeasurableOperation extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
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
/** More distinct RUCs than this are never kept: the cap refuses such a request anyway. */
const MAX_KEPT_RUCS = 10_000;
/** Input objects nested deeper than this cannot hide a RUC from the count: they are refused. */
const MAX_INPUT_DEPTH = 8;

const RUC_KEY = /(^|[a-z])(ruc|Ruc|rucs|Rucs)$/;

/** The RUC as the dossier and the subgraphs read it (trimmed, byte-order marks gone, SRI rules), or null. */
export function normalisedRuc(value: string): string | null {
  const check = checkRuc(value);
  return check.valid ? check.ruc : null;
}

/** RUCs named by a field's arguments, at any depth of an input object (ruc, rucs, institutionRuc, employerRuc …). */
function rucArguments(field: FieldNode, variables: Record<string, unknown>): unknown[] {
  const values: unknown[] = [];
  const collect = (key: string, value: unknown, depth: number): void => {
    if (value === null || value === undefined) return;
    if (depth > MAX_INPUT_DEPTH) throw new UnmeasurableOperation(`El argumento ${field.name.value} anida más de ${MAX_INPUT_DEPTH} niveles de objetos: no se puede medir.`, field.name.value);
    if (RUC_KEY.test(key)) {
      values.push(...(Array.isArray(value) ? value : [value]));
      return;
    }
    if (Array.isArray(value)) for (const item of value) collect(key, item, depth + 1);
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(k, v, depth + 1);
  };
  for (const argument of field.arguments ?? []) collect(argument.name.value, valueFromASTUntyped(argument.value, variables), 0);
  return values;
}

function keep(set: Set<string>, rucs: Iterable<unknown>): void {
  for (const raw of rucs) {
    if (set.size >= MAX_KEPT_RUCS) return;
    const ruc = typeof raw === 'string' ? normalisedRuc(raw) : null;
    if (ruc) set.add(ruc);
  }
}

function measureSet(set: SelectionSetNode, fragments: Fragments, variables: Record<string, unknown>, memo: Map<string, Unit>, visiting: Set<string>): Unit {
  const unit: Unit = { depth: 0, aliases: 0, cost: 0, rucs: 0, rucValues: new Set(), introspection: false };
  const merge = (other: Unit, times: number, depthOffset: number) => {
    unit.depth = Math.max(unit.depth, other.depth + depthOffset);
    unit.aliases = add(unit.aliases, mul(other.aliases, times));
    unit.cost = add(unit.cost, mul(other.cost, times));
    unit.rucs = add(unit.rucs, mul(other.rucs, times));
    keep(unit.rucValues, other.rucValues);
    unit.introspection ||= other.introspection;
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment) throw new UnmeasurableOperation(`El fragmento ${name} no está definido en el documento.`, 'query');
      if (visiting.has(name)) throw new UnmeasurableOperation(`El fragmento ${name} se incluye a sí mismo.`, 'query');
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
    keep(unit.rucValues, rucs);
    if (selection.selectionSet) {
      const times = selection.arguments?.some(a => a.name.value === 'rucs') ? Math.max(1, rucs.length) : 1;
      merge(measureSet(selection.selectionSet, fragments, variables, memo, visiting), times, 1);
    }
  }
  return unit;
}

/** `variables` must be the coerced ones (graphql's getVariableValues: defaults applied, types checked). */
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
