import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from './compose-supergraph';
import { schemaDir } from '../gateway/supergraph';

// `npm run compose`: rewrites schema/<subgraph>.graphql and schema/supergraph.graphql.
composeSupergraph()
  .then(({ subgraphSdls, supergraphSdl }) => {
    for (const [name, sdl] of Object.entries(subgraphSdls)) writeFileSync(join(schemaDir(), `${name}.graphql`), sdl);
    writeFileSync(join(schemaDir(), 'supergraph.graphql'), supergraphSdl);
    console.log(`Supergrafo escrito en ${join(schemaDir(), 'supergraph.graphql')} (${Object.keys(subgraphSdls).join(', ')}).`);
  })
  .catch(error => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
