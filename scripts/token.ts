import { SignJWT } from 'jose';
import { parseArgs } from 'node:util';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from '../gateway/auth/dev-keys';
import { KNOWN_SCOPES, ROLES, type Role } from '../shared/auth/identity';
import { loadConfig } from '../shared/config';

// `npm run token -- --role <role> [--scope <scope> ...] [--agency <name>]`: a development token,
// signed with the local key the gateway trusts when no production JWKS is configured.

const usage = `Uso: npm run token -- --role <${ROLES.join('|')}> [--scope <alcance> ...] [--agency <agencia>] [--subject <id>] [--expires 8h] [--trusted-operations-only]
Alcances: ${KNOWN_SCOPES.join(', ')}`;

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.auth.jwksUrl) {
    throw new Error('AUTH_JWKS_URL está definido: los tokens los emite el proveedor de identidad de producción, no este comando.');
  }
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      scope: { type: 'string', multiple: true, default: [] },
      agency: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      'trusted-operations-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const role = values.role as Role;
  if (!ROLES.includes(role)) throw new Error(`Rol inválido "${values.role ?? ''}".\n${usage}`);
  const scopes = (values.scope ?? []).flatMap(s => s.split(/[\s,]+/)).filter(Boolean);
  const unknown = scopes.filter(s => !KNOWN_SCOPES.includes(s));
  if (unknown.length) throw new Error(`Alcance desconocido: ${unknown.join(', ')}.\n${usage}`);
  if (role === 'partner' && !values.agency) throw new Error('Un token de agencia asociada (partner) necesita --agency <agencia>.');

  const keys = await loadOrCreateDevKeys(config.home);
  const subject = values.subject ?? (values.agency ? `agencia:${values.agency}` : `usuario-${role}`);
  const token = await new SignJWT({
    role,
    scope: scopes.join(' '),
    ...(values.agency ? { agency: values.agency } : {}),
    ...(values['trusted-operations-only'] ? { trusted_operations_only: true } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(values.expires!)
    .sign(keys.privateKey);
  console.log(`Token de desarrollo (clave local en ${config.home}): rol ${role}, sujeto ${subject}, alcances [${scopes.join(' ')}], vence en ${values.expires}.`);
  console.log('Úselo como encabezado: Authorization: Bearer <token>');
  console.log(token);
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
