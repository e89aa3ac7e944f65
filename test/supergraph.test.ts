import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { schemaDir } from '../gateway/supergraph';
import { composeSupergraph } from '../scripts/compose-supergraph';

describe('the checked-in supergraph', () => {
  let composed: Awaited<ReturnType<typeof composeSupergraph>>;
  beforeAll(async () => {
    composed = await composeSupergraph();
  });

  test('schema/supergraph.graphql is what `npm run compose` writes today (run it if this fails)', () => {
    expect(readFileSync(join(schemaDir(), 'supergraph.graphql'), 'utf8')).toBe(composed.supergraphSdl);
  });

  test.each(['dossier', 'sal', 'sut', 'trainers', 'iess'])('schema/%s.graphql is current', name => {
    expect(readFileSync(join(schemaDir(), `${name}.graphql`), 'utf8')).toBe(composed.subgraphSdls[name]);
  });

  test('the API keeps the fixed surface of the public contract', () => {
    const api = apiSchema(composed.supergraphSdl);
    const query = api.getQueryType()!.getFields();
    expect(String(query.taxpayer.type)).toBe('Taxpayer!');
    expect(query.taxpayer.args.map(a => `${a.name}: ${a.type}`)).toEqual(['ruc: String!']);
    expect(String(query.taxpayers.type)).toBe('[Taxpayer!]!');
    expect(query.taxpayers.args.map(a => `${a.name}: ${a.type}`)).toEqual(['rucs: [String!]!']);
    expect(String(query.attentionReport.type)).toBe('AttentionReport!');
    expect(query.attentionReport.args.map(a => `${a.name}: ${a.type}`)).toEqual(['from: String!', 'to: String!']);
    expect(String(query.trainerCredential.type)).toBe('TrainerCredential');
    const fieldTypes = (type: string) =>
      Object.fromEntries(Object.values((api.getType(type) as GraphQLObjectType).getFields()).map(f => [f.name, String(f.type)]));
    expect(fieldTypes('Taxpayer')).toMatchObject({
      ruc: 'String!',
      salInstitution: 'SalInstitution',
      salAccessKeys: '[SalAccessKey!]!',
      systemKeyRecoveries: '[SystemKeyRecovery!]!',
      trainerCredentials: '[TrainerCredential!]!',
      iessEmployer: 'IessEmployer',
      iessEmployerKeyRequests: '[IessEmployerKeyRequest!]!',
    });
    expect(fieldTypes('AttentionReport')).toMatchObject({
      from: 'String!',
      to: 'String!',
      salAccessKeys: '[MonthlyVolume!]!',
      systemKeyRecovery: '[MonthlyVolume!]!',
      trainerCredentials: '[MonthlyVolume!]!',
      iessEmployerKeys: '[MonthlyVolume!]!',
    });
    expect(fieldTypes('MonthlyVolume')).toMatchObject({ month: 'String!', attentions: 'Int', complaints: 'Int' }); // fields may be added, never changed
    for (const type of ['SalAccessKey', 'SystemKeyRecovery', 'TrainerCredential', 'IessEmployerKeyRequest']) {
      expect(fieldTypes(type).id).toBe('ID!');
      expect(fieldTypes(type).status).toMatch(/^[A-Za-z]+Status!$/);
    }
  });
});

/** The client-facing schema of a supergraph, as the gateway exposes it. */
function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
