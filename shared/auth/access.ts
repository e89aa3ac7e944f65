import { defaultFieldResolver, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { llaveroError } from '../errors';
import { hasScope, isAuthenticated, type Identity } from './identity';
import { mask, type MaskKind } from './masking';
import { serviceLabel } from '../service-labels';

// Field-level access rules. Every field a subgraph exposes declares one with @Access; a field without
// a rule is denied to partners and to anonymous callers (deny by default).

export interface AccessRule {
  /** Readable by anyone, without a token (public transparency data, public credential check). */
  public?: boolean;
  /** Any authenticated caller (a valid token), whatever its scopes. */
  authenticated?: boolean;
  /** Scope required; enforceAccess checks it before the field resolves. */
  scope?: string;
  /** Masked for authenticated callers without `<service>:read:unmasked` (staff hold it; anonymous callers see public fields as published). */
  mask?: MaskKind;
  /** The service whose unmasked scope lifts the mask; defaults to the scope's prefix. */
  service?: string;
  /** Readable by anyone, unmasked, on an object for which this holds (a credential's code to the person who typed it); `scope` otherwise. */
  publicWhen?: (source: any) => boolean;
}

export interface AuthContext {
  identity: Identity;
}

const rulesByClass = new Map<Function, Map<string, AccessRule>>();
let rulesByField: Map<string, AccessRule> | undefined;

export function Access(rule: AccessRule): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    const owner = (target as { constructor: Function }).constructor;
    if (!rulesByClass.has(owner)) rulesByClass.set(owner, new Map());
    rulesByClass.get(owner)!.set(String(key), rule);
    rulesByField = undefined;
  };
}

export const Public = () => Access({ public: true });

/** `Type.field` → rule, resolved once from type-graphql's metadata (object types and resolver classes). */
export function accessRuleFor(typeName: string, fieldName: string): AccessRule | undefined {
  if (!rulesByField) {
    type Handler = { target: Function; methodName: string; schemaName: string };
    const storage = getMetadataStorage() as unknown as {
      objectTypes: Array<{ target: Function; name: string }>;
      resolverClasses: Array<{ target: Function; getObjectType?: () => Function }>;
      queries: Handler[];
      mutations: Handler[];
    };
    const objectTypeName = (cls: Function | undefined) => storage.objectTypes.find(o => o.target === cls)?.name;
    const keyOf = (cls: Function, field: string): string => {
      const query = storage.queries.find(q => q.target === cls && q.methodName === field);
      if (query) return `Query.${query.schemaName}`;
      const mutation = storage.mutations.find(m => m.target === cls && m.methodName === field);
      if (mutation) return `Mutation.${mutation.schemaName}`;
      const typeName = objectTypeName(cls) ?? objectTypeName(storage.resolverClasses.find(r => r.target === cls)?.getObjectType?.());
      return `${typeName}.${field}`;
    };
    rulesByField = new Map();
    for (const [cls, rules] of rulesByClass) for (const [field, rule] of rules) rulesByField.set(keyOf(cls, field), rule);
  }
  return rulesByField.get(`${typeName}.${fieldName}`);
}

function fieldLabel(info: GraphQLResolveInfo): string {
  return `${info.parentType.name}.${info.fieldName}`;
}

/** What the caller tried, in a clerk's words: a write is not a read, and a field name is not Spanish. */
function attempted(info: GraphQLResolveInfo, scope?: string): string {
  const [service, action] = (scope ?? '').split(':');
  const where = service ? ` del servicio ${serviceLabel(service)}` : '';
  if (service === 'audit') return 'consultar la bitácora de auditoría';
  if (action === 'decide') return `decidir trámites${where}`;
  if (action === 'write' || info.parentType.name === 'Mutation') return `registrar trámites${where}`;
  return `consultar este dato${where}`;
}

function unauthenticated(info: GraphQLResolveInfo) {
  return llaveroError('UNAUTHENTICATED', `Se requiere un token de acceso válido para ${attempted(info)}.`, { field: fieldLabel(info) });
}

/** The caller must hold the scope (any authenticated caller when none is named); errors are coded and in Spanish. */
function requireScope(context: AuthContext, info: GraphQLResolveInfo, scope: string | undefined): void {
  if (!isAuthenticated(context.identity)) throw unauthenticated(info);
  if (scope === undefined || hasScope(context.identity, scope)) return;
  const service = scope.split(':')[0];
  throw llaveroError('FORBIDDEN', `Su acceso no incluye el alcance ${scope}: no puede ${attempted(info, scope)}.`, {
    field: fieldLabel(info),
    scope,
    service,
  });
}

/** Whether the caller may read this field of this object; throws the coded refusal otherwise (synchronous). */
function checkAccess(rule: AccessRule | undefined, root: unknown, context: AuthContext, info: GraphQLResolveInfo): 'unmasked' | 'policy' {
  if (!rule) {
    if (!isAuthenticated(context.identity)) throw unauthenticated(info);
    if (context.identity.role === 'partner') {
      throw llaveroError('FORBIDDEN', `Las agencias asociadas no pueden ${attempted(info)}: este dato no está habilitado para ellas.`, { field: fieldLabel(info) });
    }
    return 'unmasked';
  }
  if (rule.publicWhen) {
    if (rule.publicWhen(root)) return 'unmasked';
    requireScope(context, info, rule.scope || undefined);
  } else if (rule.scope) requireScope(context, info, rule.scope);
  else if (rule.authenticated) requireScope(context, info, undefined);
  return 'policy';
}

/** The scope that lifts a rule's mask (`<service>:read:unmasked`), worked out once per field, not per value. */
function unmaskingScope(rule: AccessRule | undefined): string | undefined {
  const service = rule?.service ?? rule?.scope?.split(':')[0];
  return rule?.mask && service ? `${service}:read:unmasked` : undefined;
}

/** An authenticated caller without the unmasking scope sees the value masked; anonymous callers see public fields as published. */
function masked(rule: AccessRule | undefined, unmasking: string | undefined, context: AuthContext): MaskKind | undefined {
  if (unmasking && isAuthenticated(context.identity) && !hasScope(context.identity, unmasking)) return rule!.mask;
  return undefined;
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * Puts every field of a built schema behind its access rule: scopes, deny by default (a field without a
 * rule is refused to partners and anonymous callers), masking. A plain synchronous wrapper around each
 * resolver (no promise for a field that has none), so a batch of 500 RUCs does not pay a middleware
 * chain per scalar. Federation's own fields (_entities, _service) are left as they are.
 */
export function enforceAccess(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) continue;
      const rule = accessRuleFor(type.name, field.name);
      const unmasking = unmaskingScope(rule);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: AuthContext, info) => {
        const mode = checkAccess(rule, root, context, info);
        const value = resolve(root, args, context, info);
        const kind = mode === 'policy' ? masked(rule, unmasking, context) : undefined;
        if (!kind) return value;
        return isPromiseLike(value) ? Promise.resolve(value).then(v => mask(kind, v)) : mask(kind, value);
      };
    }
  }
  return schema;
}
