import 'reflect-metadata';
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { accessRuleFor } from '../shared/auth/access';
import type { MaskKind } from '../shared/auth/masking';
import { buildIessSchema } from '../subgraphs/iess/schema';
import { buildSalSchema } from '../subgraphs/sal/schema';
import { buildSutSchema } from '../subgraphs/sut/schema';
import { buildTrainersSchema } from '../subgraphs/trainers/schema';

// Every field of a kind that partners must not read in clear carries that mask, in every subgraph, so a
// field added tomorrow (another "…By", another id number, another upload) cannot slip through.

const CLASSES: Array<[MaskKind, string, (field: string, siblings: string[]) => boolean]> = [
  ['subject', 'staff subjects (…By, actor)', field => /By$/.test(field) || field === 'actor'],
  ['identifier', 'identity document numbers', (field, siblings) => /cedula$|IdNumber$/i.test(field) || siblings.includes(`${field}Type`)],
  ['fileName', 'file names', field => field === 'fileName'],
  ['email', 'e-mail addresses', field => /email$/i.test(field)],
  ['name', "people's names", field => /Names$|^names$/.test(field)],
];

describe('masking covers every field of a sensitive kind', () => {
  let schemas: Record<string, GraphQLSchema>;
  beforeAll(async () => {
    schemas = { sal: await buildSalSchema(), sut: await buildSutSchema(), trainers: await buildTrainersSchema(), iess: await buildIessSchema() };
  });

  test.each(CLASSES)('%s: %s', (kind, _label, matches) => {
    const found: string[] = [];
    const unmasked: string[] = [];
    for (const schema of Object.values(schemas)) {
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('_') || ['Query', 'Mutation'].includes(type.name)) continue;
        const fields = type.getFields();
        for (const [name, field] of Object.entries(fields)) {
          if (getNamedType(field.type).name !== 'String' || !matches(name, Object.keys(fields))) continue;
          found.push(`${type.name}.${name}`);
          if (accessRuleFor(type.name, name)?.mask !== kind) unmasked.push(`${type.name}.${name}`);
        }
      }
    }
    expect(found.length).toBeGreaterThan(0); // the rule still recognises something
    expect(unmasked).toEqual([]);
  });
});
