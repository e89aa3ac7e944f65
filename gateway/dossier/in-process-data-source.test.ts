import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSchema } from 'graphql';
import { InProcessDataSource } from './in-process-data-source';

// The in-process dossier answers exactly what Apollo's LocalGraphQLDataSource answers, for valid and
// invalid fetches, while parsing and validating each fetch text only once.

const schema = buildSchema(`type Query { taxpayer(ruc: String!): Taxpayer } type Taxpayer { ruc: String! kind: String! }`);
const root = { taxpayer: ({ ruc }: { ruc: string }) => (ruc === '0' ? null : { ruc, kind: ruc.endsWith('001') ? 'SOCIEDAD' : 'PERSONA_NATURAL' }) };
Object.assign(schema.getQueryType()!.getFields().taxpayer, { resolve: (_: unknown, args: { ruc: string }) => root.taxpayer(args) });

const options = (query: string, variables: Record<string, unknown> = {}) =>
  ({ request: { query, variables }, context: {}, kind: 'incoming operation' }) as unknown as GraphQLDataSourceProcessOptions;

const cases: Array<[string, Record<string, unknown>]> = [
  ['query ($ruc: String!) { taxpayer(ruc: $ruc) { __typename ruc kind } }', { ruc: '1760001630001' }],
  ['query ($ruc: String!) { taxpayer(ruc: $ruc) { __typename ruc kind } }', { ruc: '0' }],
  ['query ($ruc: String!) { taxpayer(ruc: $ruc) { nope } }', { ruc: '1' }],
  ['query { taxpayer { ruc } }', {}],
  ['query ($ruc: String!) { taxpayer(ruc: $ruc) { ruc }', { ruc: '1' }],
  ['query ($ruc: String!) { taxpayer(ruc: $ruc) { ruc } }', {}],
];

test.each(cases)('answers %s as LocalGraphQLDataSource does, first time and cached', async (query, variables) => {
  const ours = new InProcessDataSource(schema);
  const theirs = await new LocalGraphQLDataSource(schema).process(options(query, variables));
  const first = await ours.process(options(query, variables));
  const second = await ours.process(options(query, variables));
  expect(JSON.parse(JSON.stringify(first))).toEqual(JSON.parse(JSON.stringify(theirs)));
  expect(JSON.parse(JSON.stringify(second))).toEqual(JSON.parse(JSON.stringify(theirs)));
});

test('a fetch text is parsed and validated once, however often it runs', async () => {
  const ours = new InProcessDataSource(schema);
  for (let i = 0; i < 20; i++) {
    const answer = await ours.process(options(cases[0][0], { ruc: `17${i}001` }));
    expect(answer.data).toEqual({ taxpayer: { __typename: 'Taxpayer', ruc: `17${i}001`, kind: 'SOCIEDAD' } });
  }
  expect(ours.stats.prepared).toBe(1);
  await ours.process(options(cases[2][0], { ruc: '1' }));
  await ours.process(options(cases[2][0], { ruc: '1' }));
  expect(ours.stats.prepared).toBe(2);
});

test('texts made unique by long literals are not kept: the cache stays bounded in bytes', async () => {
  const ours = new InProcessDataSource(schema);
  const long = 'x'.repeat(20 * 1024);
  for (let i = 0; i < 3; i++) await ours.process(options(`{ taxpayer(ruc: "${long}${i}") { ruc } }`));
  expect(ours.cached).toEqual({ texts: 0, bytes: 0 });
  expect(ours.stats.prepared).toBe(3);
  const medium = 'y'.repeat(15 * 1024);
  for (let i = 0; i < 400; i++) await ours.process(options(`{ taxpayer(ruc: "${medium}${i}") { ruc } }`));
  expect(ours.cached.bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  expect(ours.cached.texts).toBeGreaterThan(100);
});
