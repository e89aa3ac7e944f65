import 'reflect-metadata';
import { graphql } from 'graphql';
import { buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Access, enforceAccess, Public } from './access';
import { anonymousIdentity, effectiveScopes, type Identity, type Role } from './identity';

@ObjectType('AccessProbe')
class AccessProbe {
  @Public()
  @Field()
  open!: string;

  @Access({ scope: 'sal:read', mask: 'email' })
  @Field()
  email!: string;

  @Access({ scope: 'sal:read', mask: 'code', publicWhen: (probe: AccessProbe) => probe.typed === probe.code })
  @Field()
  code!: string;

  typed?: string;

  // No @Access: deny by default for partners and anonymous callers.
  @Field()
  unruled!: string;
}

@Resolver()
class AccessProbeResolver {
  @Public()
  @Query(_returns => AccessProbe)
  probe(): AccessProbe {
    return { open: 'abierto', email: 'maria.andrade@demostracion.gob.ec', unruled: 'sin regla', code: 'CAP-7K2M9-QX4TR-Z' };
  }

  @Public()
  @Query(_returns => AccessProbe)
  probeByCode(): AccessProbe {
    return { ...this.probe(), typed: 'CAP-7K2M9-QX4TR-Z' };
  }
}

function identity(role: Role, scopes: string[] = []): Identity {
  return role === 'anonymous' ? anonymousIdentity('r') : { subject: 's', role, scopes: effectiveScopes(role, scopes), agency: 'IESS', trustedOperationsOnly: false, requestId: 'r' };
}

describe('field access policy (scopes + deny by default + masking)', () => {
  let run: (who: Identity, query: string) => ReturnType<typeof graphql>;
  beforeAll(async () => {
    const schema = enforceAccess(await buildSchema({ resolvers: [AccessProbeResolver] }));
    run = (who, source) => graphql({ schema, source, contextValue: { identity: who } });
  });

  test('a field without a rule is refused to partners and anonymous callers, served to staff', async () => {
    const partner = await run(identity('partner', ['sal:read:unmasked']), '{ probe { open unruled } }');
    expect(partner.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'AccessProbe.unruled' });
    const anonymous = await run(identity('anonymous'), '{ probe { unruled } }');
    expect(anonymous.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const clerk = await run(identity('front-office'), '{ probe { unruled } }');
    expect(clerk.data).toEqual({ probe: { unruled: 'sin regla' } });
  });

  test('a scoped field needs its scope, and masks without the unmasked form', async () => {
    expect((await run(identity('partner'), '{ probe { email } }')).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sal:read' });
    expect((await run(identity('partner', ['sal:read']), '{ probe { email } }')).data).toEqual({ probe: { email: 'm***@demostracion.gob.ec' } });
    expect((await run(identity('partner', ['sal:read:unmasked']), '{ probe { email } }')).data).toEqual({ probe: { email: 'maria.andrade@demostracion.gob.ec' } });
    expect((await run(identity('anonymous'), '{ probe { open } }')).data).toEqual({ probe: { open: 'abierto' } });
  });

  test('publicWhen: anyone reads the field, unmasked, on an object for which it holds; the scope applies elsewhere', async () => {
    expect((await run(identity('anonymous'), '{ probeByCode { code } }')).data).toEqual({ probeByCode: { code: 'CAP-7K2M9-QX4TR-Z' } });
    expect((await run(identity('partner'), '{ probeByCode { code } }')).data).toEqual({ probeByCode: { code: 'CAP-7K2M9-QX4TR-Z' } });
    expect((await run(identity('anonymous'), '{ probe { code } }')).errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await run(identity('partner'), '{ probe { code } }')).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sal:read' });
    expect((await run(identity('partner', ['sal:read']), '{ probe { code } }')).data).toEqual({ probe: { code: 'CAP-*****-*****-*' } });
  });
});
