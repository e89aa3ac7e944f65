import { startHiveGateway } from '../../gateway/peers/hive-gateway';
import { loadSupergraphSdl } from '../../gateway/supergraph';
import type { RunningServer } from '../../shared/http-server';
import { DEMO_RUCS, FULL_DOSSIER } from '../support/dossier-queries';
import { postGraphQL } from '../support/graphql-client';
import { bearer } from '../support/tokens';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// Hive Gateway serves the checked-in schema/supergraph.graphql over Llavero's subgraphs (the dossier one as
// its own service) with the signing plugin, and answers what Llavero's gateway answers.

describe('Hive Gateway on schema/supergraph.graphql', () => {
  let stack: Stack;
  let hive: RunningServer;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    const dossier = await stack.startDossierService();
    hive = await startHiveGateway({
      supergraphSdl: loadSupergraphSdl(),
      routeTo: { ...stack.subgraphUrls, dossier: dossier.url },
      auth: stack.issuer.auth,
      signingSecret: stack.signingSecret,
    });
  });
  afterAll(async () => {
    await hive?.stop();
    await stack?.stop();
  });

  test('the same dossier over every section, for each kind of taxpayer, as Llavero’s gateway', async () => {
    const token = await stack.issuer.token({ role: 'front-office', subject: 'ventanilla-quito-01' });
    const theirs = await postGraphQL(hive.url, FULL_DOSSIER, { rucs: DEMO_RUCS }, bearer(token));
    const ours = await stack.queryGateway(FULL_DOSSIER, { rucs: DEMO_RUCS });
    expect(ours.errors).toBeUndefined();
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual(ours.data);
    expect(ours.data!.taxpayers.map((t: { iessEmployer: unknown }) => t.iessEmployer !== null)).toEqual([true, true, true]);
  });

  test('the subgraphs\' own rules hold behind Hive: a partner with one scope, the public figures, a bad RUC', async () => {
    const partner = await stack.issuer.token({ role: 'partner', subject: 'agencia-x', agency: 'agencia-x', scopes: ['iess:read'] });
    const allowed = '{ taxpayer(ruc: "1791234561001") { iessEmployer { businessName } } }';
    const theirs = await postGraphQL(hive.url, allowed, {}, bearer(partner));
    const ours = await postGraphQL(stack.gatewayUrl, allowed, {}, bearer(partner));
    expect(ours.errors).toBeUndefined();
    expect(theirs.data).toEqual(ours.data); // masked by the iess subgraph, whichever router asks
    // A section outside the scope is refused by its subgraph: FORBIDDEN through either router (Llavero's
    // gateway also keeps the rest of the dossier; a plain router lets the non-null list empty the root).
    const refused = '{ taxpayer(ruc: "1791234561001") { systemKeyRecoveries { status } } }';
    const codes = async (url: string) => (await postGraphQL(url, refused, {}, bearer(partner))).errors?.map(e => e.extensions?.code);
    expect(await codes(hive.url)).toEqual(['FORBIDDEN']);
    expect(await codes(stack.gatewayUrl)).toEqual(['FORBIDDEN']);
    const figures = '{ attentionReport(from: "2020-10", to: "2021-03") { systemKeyRecovery { month attentions complaints } } }';
    expect((await postGraphQL(hive.url, figures)).data).toEqual((await postGraphQL(stack.gatewayUrl, figures)).data);
    const invalid = await postGraphQL(hive.url, '{ taxpayer(ruc: "17600016300") { ruc } }', {}, bearer(partner));
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruc' });
  });

  test('a forged token gets nothing from the subgraphs through Hive either', async () => {
    const forged = `${(await stack.issuer.token({ role: 'front-office' })).slice(0, -4)}AAAA`;
    const answer = await postGraphQL(hive.url, '{ taxpayer(ruc: "1791234561001") { iessEmployer { businessName } } }', {}, bearer(forged));
    expect(answer.data?.taxpayer?.iessEmployer ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
  });
});
