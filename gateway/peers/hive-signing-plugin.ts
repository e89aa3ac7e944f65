import { SignedIdentity } from './signed-identity';
import type { AuthConfig } from '../auth/authenticate';

// A Hive Gateway plugin (https://the-guild.dev/graphql/hive/docs/gateway/other-features/custom-plugins)
// that lets Hive Gateway serve schema/supergraph.graphql over Llavero's subgraphs: each subgraph call
// is signed with the caller's verified identity as Llavero's gateway signs it. Typed structurally, so
// this file builds without Hive's packages (they live in bench/, installed only for the benchmark).

interface FetchPayload {
  url: string;
  setURL(url: string): void;
  options: { body?: unknown; headers?: Record<string, string> | Headers };
  setOptions(options: FetchPayload['options']): void;
  context: { request?: { headers: { get(name: string): string | null } } };
  executionRequest?: { subgraphName?: string };
}

export interface HiveSigningOptions {
  auth: AuthConfig;
  signingSecret: string;
  /** Subgraph name by routing URL, for a call whose execution request does not name its subgraph. */
  subgraphByUrl?: Record<string, string>;
  /** Where to send each subgraph's calls instead of its routing URL (tests on free ports); the supergraph file stays as it is. */
  routeTo?: Record<string, string>;
}

export function useLlaveroSigning(options: HiveSigningOptions) {
  const signer = new SignedIdentity(options.auth, options.signingSecret);
  // One token check per client request, however many subgraph calls its plan makes.
  const identities = new WeakMap<object, Promise<string>>();
  return {
    async onFetch({ url, setURL, options: init, setOptions, context, executionRequest }: FetchPayload): Promise<void> {
      const service = executionRequest?.subgraphName ?? options.subgraphByUrl?.[url];
      if (!service) throw new Error(`Llavero: no se sabe a qué subgrafo va ${url}`);
      const target = options.routeTo?.[service];
      if (target) setURL(target);
      const request = context.request ?? {};
      let identity = identities.get(request);
      if (!identity) {
        identity = signer.identityOf(context.request?.headers.get('authorization'));
        identities.set(request, identity);
      }
      const body = typeof init.body === 'string' ? init.body : '';
      const headers: Record<string, string> = {};
      if (init.headers instanceof Headers) init.headers.forEach((value, name) => (headers[name] = value));
      else Object.assign(headers, init.headers);
      setOptions({ ...init, headers: { ...headers, ...signer.headersFor(service, await identity, body) } });
    },
  };
}
