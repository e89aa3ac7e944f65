import { signingSecretFromEnv } from '../../shared/auth/secrets';
import { loadConfig } from '../../shared/config';
import { openServiceDatabase } from '../../shared/database/data-source';
import { stopOnSignals } from '../../shared/http-server';
import type { Tracing } from '../../shared/observability/tracing';
import { openCheckpointStores } from '../audit/audit-checkpoints';
import { auditChainKeyFromEnv } from '../audit/chain-key';
import { createAuditDataSource } from '../audit/database';
import { buildDossierServer } from './server';

/** The dossier service's process: the audit schema with the gateway's runtime role, then listen on DOSSIER_PORT. */
export async function runDossier(tracing?: Tracing): Promise<void> {
  const config = loadConfig();
  const urls = { admin: config.database.ownerUrl, runtime: config.database.runtimeUrls.gateway };
  if (!urls.admin && !urls.runtime) {
    console.error('[dossier] Falta DATABASE_URL (o GATEWAY_DATABASE_URL). Use "npm start", que inicia la base de datos incorporada, o defina DATABASE_URL.');
    process.exit(1);
  }
  const signingSecret = signingSecretFromEnv(config);
  const auditDataSource = await openServiceDatabase(createAuditDataSource, urls);
  const auditCheckpoints = await openCheckpointStores(config.audit.checkpointDir, config.rateLimits.redisUrl);
  const server = await buildDossierServer({
    auditDataSource,
    auditChainKey: auditChainKeyFromEnv(config),
    previousAuditChainKeys: config.audit.previousChainKeys,
    auditCheckpoints,
    signingSecret,
  });
  const running = await server.listen(config.ports.dossier, config.subgraphs.host);
  console.log(`[dossier] subgrafo listo en ${running.url}`);
  stopOnSignals('dossier', async () => {
    await running.stop();
    await auditCheckpoints.close();
    await tracing?.stop();
  });
}
