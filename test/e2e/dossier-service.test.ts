import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSupergraphSdl, schemaDir } from '../../gateway/supergraph';
import { startPlainApolloGateway } from '../../gateway/peers/plain-apollo-gateway';
import type { RunningServer } from '../../shared/http-server';
import { DEMO_RUCS, FULL_DOSSIER } from '../support/dossier-queries';
import { postGraphQL } from '../support/graphql-client';
import { bearer } from '../support/tokens';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// The supergraph any router can serve: the dossier subgraph runs as its own (signed) service at the
// routing URL schema/supergraph.graphql names, and a plain @apollo/gateway on that file, with only the
// identity signing, answers the same dossier as Llavero's gateway.


describe('the dossier subgraph as its own service', () => {
  let stack: Stack;
  let dossier: RunningServer;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    dossier = await stack.startDossierService();
  });
  afterAll(() => stack?.stop());

  test('the checked-in supergraph routes the dossier subgraph to its HTTP service on port 4005', () => {
    expect(readFileSync(join(schemaDir(), 'supergraph.graphql'), 'utf8')).toMatch(/DOSSIER @join__graph\(name: "dossier", url: "http:\/\/localhost:4005\/graphql"\)/);
  });

  test('it answers only calls signed by a gateway', async () => {
    const response = await fetch(dossier.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ taxpayer(ruc: "1760001630001") { ruc } }' }) });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', service: 'dossier' });
  });

  test('a plain @apollo/gateway on schema/supergraph.graphql, signing as Llavero does, gives the same dossier as Llavero’s gateway', async () => {
    const plain = await startPlainApolloGateway({
      supergraphSdl: loadSupergraphSdl(),
      subgraphUrls: { ...stack.subgraphUrls, dossier: dossier.url },
      auth: stack.issuer.auth,
      signingSecret: stack.signingSecret,
    });
    try {
      const token = await stack.issuer.token({ role: 'front-office', subject: 'ventanilla-quito-01' });
      const theirs = await postGraphQL(plain.url, FULL_DOSSIER, { rucs: DEMO_RUCS }, bearer(token));
      const ours = await stack.queryGateway(FULL_DOSSIER, { rucs: DEMO_RUCS });
      expect(ours.errors).toBeUndefined();
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data).toEqual(ours.data);
      expect(ours.data!.taxpayers[0].salAccessKeys.length).toBeGreaterThan(0);
      // Masking and scopes are the subgraphs' own: a partner with one scope sees the same through either router.
      const partner = await stack.issuer.token({ role: 'partner', subject: 'agencia-x', agency: 'agencia-x', scopes: ['iess:read'] });
      const partnerTheirs = await postGraphQL(plain.url, '{ taxpayer(ruc: "1791234561001") { iessEmployer { businessName } } }', {}, bearer(partner));
      const partnerOurs = await postGraphQL(stack.gatewayUrl, '{ taxpayer(ruc: "1791234561001") { iessEmployer { businessName } } }', {}, bearer(partner));
      expect(partnerTheirs.data).toEqual(partnerOurs.data);
    } finally {
      await plain.stop();
    }
  });
});
