import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { DEFAULT_PORTS } from '../shared/env';
import { buildDossierSchema } from '../gateway/dossier/schema';
import { buildIessSchema } from '../subgraphs/iess/schema';
import { buildSalSchema } from '../subgraphs/sal/schema';
import { buildSutSchema } from '../subgraphs/sut/schema';
import { buildTrainersSchema } from '../subgraphs/trainers/schema';

/** The dossier subgraph's own service: any router can serve the supergraph; Llavero's gateway serves it in process. */
export const DOSSIER_URL = `http://localhost:${DEFAULT_PORTS.dossier}/graphql`;

const SUBGRAPHS: Array<{ name: string; url: string; build: () => Promise<GraphQLSchema> }> = [
  { name: 'dossier', url: DOSSIER_URL, build: buildDossierSchema },
  { name: 'sal', url: `http://localhost:${DEFAULT_PORTS.sal}/graphql`, build: buildSalSchema },
  { name: 'sut', url: `http://localhost:${DEFAULT_PORTS.sut}/graphql`, build: buildSutSchema },
  { name: 'trainers', url: `http://localhost:${DEFAULT_PORTS.trainers}/graphql`, build: buildTrainersSchema },
  { name: 'iess', url: `http://localhost:${DEFAULT_PORTS.iess}/graphql`, build: buildIessSchema },
];

export interface ComposedSupergraph {
  subgraphSdls: Record<string, string>;
  supergraphSdl: string;
}

/** Prints each subgraph's SDL and composes the supergraph with @apollo/composition (rover's job, from npm). */
export async function composeSupergraph(): Promise<ComposedSupergraph> {
  const subgraphSdls: Record<string, string> = {};
  for (const subgraph of SUBGRAPHS) subgraphSdls[subgraph.name] = printSubgraphSchema(await subgraph.build());
  const result = composeServices(SUBGRAPHS.map(({ name, url }) => ({ name, url, typeDefs: parse(subgraphSdls[name]) })));
  if (result.errors) {
    throw new Error(`La composición del supergrafo falló:\n${result.errors.map(e => `- ${e.message}`).join('\n')}`);
  }
  return { subgraphSdls, supergraphSdl: result.supergraphSdl };
}
