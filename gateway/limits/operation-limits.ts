import {
  Kind,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

// Static limits on an operation, checked after it is parsed and before anything is fetched.

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
  rucs: number;
  introspection: boolean;
}

type Fragments = Record<string, FragmentDefinitionNode>;

function walk(set: SelectionSetNode, fragments: Fragments, variables: Record<string, unknown>, multiplier: number, seen: Set<string>, m: { depth: number; aliases: number; cost: number }, level: number) {
  m.depth = Math.max(m.depth, level);
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue;
      walk(fragment.selectionSet, fragments, variables, multiplier, new Set([...seen, fragment.name.value]), m, level);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, fragments, variables, multiplier, seen, m, level);
      continue;
    }
    if (selection.alias) m.aliases++;
    m.cost += multiplier;
    if (!selection.selectionSet) continue;
    let childMultiplier = multiplier;
    const rucs = selection.arguments?.find(a => a.name.value === 'rucs');
    if (rucs) {
      const value = valueFromASTUntyped(rucs.value, variables);
      childMultiplier *= Math.max(1, Array.isArray(value) ? value.length : 1);
    }
    walk(selection.selectionSet, fragments, variables, childMultiplier, seen, m, level + 1);
  }
}

function countRucs(operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  let count = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    for (const argument of selection.arguments ?? []) {
      if (argument.name.value !== 'ruc' && argument.name.value !== 'rucs') continue;
      const value = valueFromASTUntyped(argument.value, variables);
      count += Array.isArray(value) ? value.length : 1;
    }
  }
  return count;
}

export function measureOperation(operation: OperationDefinitionNode, fragments: Fragments, variables: Record<string, unknown>): OperationMeasure {
  const m = { depth: 0, aliases: 0, cost: 0 };
  walk(operation.selectionSet, fragments, variables, 1, new Set(), m, 1);
  const introspection = operation.selectionSet.selections.some(s => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'));
  return { ...m, rucs: countRucs(operation, variables), introspection };
}

/** The first limit the operation exceeds, as a Spanish sentence, or null. */
export function exceededLimit(measure: OperationMeasure, limits: OperationLimits): { field: string; message: string } | null {
  if (measure.rucs > limits.maxRucs) {
    return { field: 'rucs', message: `La solicitud nombra ${measure.rucs} RUC: el máximo por solicitud es ${limits.maxRucs}.` };
  }
  if (measure.introspection) return null; // gated by role instead; the introspection query is deep by nature
  if (measure.depth > limits.maxDepth) {
    return { field: 'query', message: `La consulta anida ${measure.depth} niveles: el máximo es ${limits.maxDepth}.` };
  }
  if (measure.aliases > limits.maxAliases) {
    return { field: 'query', message: `La consulta usa ${measure.aliases} alias: el máximo es ${limits.maxAliases}.` };
  }
  if (measure.cost > limits.maxCost) {
    return { field: 'query', message: `La consulta pide ${measure.cost} campos en total (costo): el máximo es ${limits.maxCost}. Pida menos campos o menos RUC por solicitud.` };
  }
  return null;
}
