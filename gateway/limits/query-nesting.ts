// How deeply a GraphQL text nests its brackets, read without parsing it. The parser, the validation rules
// and the query planner recurse once per level: a text thousands of levels deep overflows the call stack
// in whichever of them it reaches first, so it is refused before any of them runs.

/** Far above any operation Llavero accepts (MAX_QUERY_DEPTH levels of fields, a few of arguments). */
export const MAX_QUERY_NESTING = 100;

/** The deepest nesting of { ( [ outside strings and comments; stops counting past `stopAbove`. */
export function queryNesting(query: string, stopAbove = MAX_QUERY_NESTING): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length; i += 1) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i += 1;
    } else if (c === '"') {
      if (query.startsWith('"""', i)) {
        const end = query.indexOf('"""', i + 3);
        i = end < 0 ? query.length : end + 2;
      } else {
        for (i += 1; i < query.length && query[i] !== '"' && query[i] !== '\n'; i += 1) if (query[i] === '\\') i += 1;
      }
    } else if (c === '{' || c === '(' || c === '[') {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (c === '}' || c === ')' || c === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}
