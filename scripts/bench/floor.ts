import { createServer, type IncomingMessage } from 'node:http';
import { listen, type RunningServer } from '../../shared/http-server';
import { checkRuc } from '../../shared/identifiers';
import type { SignedIdentity } from '../../gateway/peers/signed-identity';
import { REPORT_SECTIONS_BY_SUBGRAPH, TAXPAYER_SECTIONS } from './workloads';

// The floor: no router at all. A client that validates the RUCs itself and calls the four subgraphs'
// `_entities` directly, in parallel, each call signed (fresh nonce) as the subgraphs require, then
// merges the answers. Whatever a router adds is measured against this.

type Json = Record<string, any>;

async function readBody(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startFloor(subgraphUrls: Record<string, string>, signer: SignedIdentity): Promise<RunningServer> {
  // A client knows who it is: its token is checked once, not per call.
  const identities = new Map<string, Promise<string>>();
  const entities = async (service: string, identity: string, typename: string, selection: string, representations: Json[]) => {
    const body = JSON.stringify({ query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`, variables: { representations } });
    const response = await fetch(subgraphUrls[service], { method: 'POST', headers: { 'content-type': 'application/json', ...signer.headersFor(service, identity, body) }, body });
    const answer = (await response.json()) as { data?: { _entities: Json[] }; errors?: unknown[] };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!._entities;
  };
  const fanOut = async (identity: string, typename: string, sections: Record<string, string>, representations: Json[]) => {
    const parts = await Promise.all(Object.entries(sections).map(([service, selection]) => entities(service, identity, typename, selection, representations)));
    return representations.map((representation, i) => Object.assign({}, ...parts.map(part => part[i]), representation));
  };
  const server = createServer(async (req, res) => {
    try {
      const { operationName, variables } = await readBody(req);
      const authorization = req.headers.authorization ?? '';
      if (!identities.has(authorization)) identities.set(authorization, signer.identityOf(authorization));
      const identity = await identities.get(authorization)!;
      let data: Json;
      if (operationName === 'Atenciones') {
        const [report] = await fanOut(identity, 'AttentionReport', REPORT_SECTIONS_BY_SUBGRAPH, [{ __typename: 'AttentionReport', from: variables.from, to: variables.to }]);
        delete report.__typename;
        data = { attentionReport: report };
      } else {
        const rucs: string[] = operationName === 'Dossier' ? [variables.ruc] : variables.rucs;
        const checks = rucs.map(ruc => checkRuc(ruc));
        if (checks.some(check => !check.valid)) throw new Error('RUC inválido');
        const taxpayers = (await fanOut(identity, 'Taxpayer', TAXPAYER_SECTIONS, checks.map(check => ({ __typename: 'Taxpayer', ruc: (check as { ruc: string }).ruc })))).map((taxpayer, i) => {
          delete taxpayer.__typename;
          return { ...taxpayer, kind: (checks[i] as { kind: string }).kind };
        });
        data = operationName === 'Dossier' ? { taxpayer: taxpayers[0] } : { taxpayers };
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
  return listen(server, 0, '/graphql', () => new Promise(done => server.close(() => done())), '127.0.0.1');
}
