import { MAX_QUERY_NESTING, queryNesting } from './query-nesting';

describe('queryNesting', () => {
  test.each([
    ['{ taxpayer(ruc: "1760001630001") { ruc } }', 2],
    ['query ($r: [String!]!) { taxpayers(rucs: $r) { salAccessKeys { status } } }', 3],
    ['{ a(x: { y: [1, { z: 2 }] }) { b } }', 5],
  ])('counts the brackets of %s: %i levels', (query, levels) => {
    expect(queryNesting(query)).toBe(levels);
  });

  test('brackets inside strings, block strings and comments do not count', () => {
    expect(queryNesting('{ a(s: "{{{{ \\" [[[[") # ((((((\n { b(t: """ {{{{ """) } }')).toBe(3);
  });

  test('a text thousands of levels deep is measured without recursion, and counting stops past the limit', () => {
    const deep = `${'{ a '.repeat(200_000)}${'}'.repeat(200_000)}`;
    expect(queryNesting(deep)).toBe(MAX_QUERY_NESTING + 1);
    expect(queryNesting(deep, Infinity)).toBe(200_000);
  });
});
