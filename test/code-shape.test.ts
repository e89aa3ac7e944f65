import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kind, parse } from 'graphql';
import { SUBGRAPH_NAMES } from '../shared/env';

// The shape a newcomer relies on (docs/ARCHITECTURE.md), kept by a test rather than by memory.

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}
const relative = (path: string) => path.slice(ROOT.length + 1);

describe('code shape', () => {
  test.each(SUBGRAPH_NAMES)('subgraph %s has the same kinds of files as the others', name => {
    const files = readdirSync(join(ROOT, 'subgraphs', name));
    for (const file of ['context.ts', 'loaders.ts', 'schema.ts', 'server.ts', 'index.ts', 'program.ts', 'database.ts', 'demo-data.ts', 'taxpayer.ts', 'attention-report.ts', 'migrations']) {
      expect(files).toContain(file);
    }
    for (const suffix of ['-state.ts', '-documents.ts', '.inputs.ts', '.resolver.ts']) expect(files.some(f => f.endsWith(suffix))).toBe(true);
  });

  test('migrations are frozen SQL: they import nothing outside their folder (frozen seed data beside them is fine)', () => {
    const migrations = ['gateway/audit', ...SUBGRAPH_NAMES.map(name => `subgraphs/${name}`)].flatMap(dir => sourceFiles(join(ROOT, dir, 'migrations')));
    const importing = migrations.filter(file => [...readFileSync(file, 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].some(m => m[1] !== 'typeorm' && !m[1].startsWith('./')));
    expect(importing.map(relative)).toEqual([]);
  });

  test('no source file runs past ~200 lines (tests and generated files aside)', () => {
    const long = ['gateway', 'shared', 'subgraphs', 'scripts', join('web', 'src')]
      .flatMap(dir => sourceFiles(join(ROOT, dir)))
      .filter(file => !file.endsWith('.test.ts') && readFileSync(file, 'utf8').split('\n').length > 220)
      .map(relative);
    expect(long).toEqual([]);
  });

  test('every code a person can meet has its Spanish label, in one place: the enum value\'s description', () => {
    const supergraph = parse(readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8'));
    const unlabelled = supergraph.definitions
      .filter(d => d.kind === Kind.ENUM_TYPE_DEFINITION && !/^(join__|link__)/.test(d.name.value))
      .flatMap(d => (d.kind === Kind.ENUM_TYPE_DEFINITION ? (d.values ?? []).filter(v => !v.description).map(v => `${d.name.value}.${v.name.value}`) : []));
    expect(unlabelled).toEqual([]);
  });

  test('the window page says every enum value with the schema’s own Spanish label (generated file is current)', () => {
    const supergraph = readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8');
    const generated = readFileSync(join(ROOT, 'web/src/generated/enum-labels.ts'), 'utf8');
    const enums = parse(supergraph).definitions.flatMap(d => (d.kind === Kind.ENUM_TYPE_DEFINITION && !/^(join__|link__)/.test(d.name.value) ? [d] : []));
    const stale = enums.filter(d => !generated.includes(`  ${d.name.value}: ${JSON.stringify(Object.fromEntries((d.values ?? []).map(v => [v.name.value, v.description?.value.trim() ?? v.name.value])))},`));
    expect(stale.map(d => d.name.value)).toEqual([]);
    const labels = readFileSync(join(ROOT, 'web/src/labels.ts'), 'utf8');
    const block = (constant: string) => labels.slice(labels.indexOf(`export const ${constant}`), labels.indexOf('\n', labels.indexOf(`export const ${constant}`)));
    const values = (name: string) => enums.find(d => d.name.value === name)?.values?.map(v => v.name.value) ?? [];
    const tones: Array<[string, string[]]> = [
      ['SAL_KEY', values('SalAccessKeyStatus')],
      ['SAL_REQUEST', values('SalKeyRequestStatus')],
      ['SUT', values('SystemKeyRecoveryStatus')],
      ['TRAINER', values('TrainerCredentialStatus')],
      ['IESS', values('IessKeyRequestStatus')],
    ];
    const missing = tones.flatMap(([constant, codes]) => codes.filter(code => !new RegExp(`\\b${code}:`).test(block(constant))).map(code => `${constant}.${code}`));
    expect(missing).toEqual([]);
  });
});
