import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

// Registered (persisted) operations: callers restricted to them send the operation's SHA-256
// (Apollo's persisted-query extension) or its exact text; anything else is refused.

export interface TrustedOperation {
  name: string;
  sha256: string;
  query: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class TrustedOperations {
  private readonly byHash: Map<string, TrustedOperation>;

  constructor(operations: Array<{ name: string; query: string }>) {
    this.byHash = new Map(operations.map(op => [sha256(op.query), { ...op, sha256: sha256(op.query) }]));
  }

  static load(path: string): TrustedOperations {
    if (!existsSync(path)) return new TrustedOperations([]);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { operations: Array<{ name: string; query: string }> };
    return new TrustedOperations(manifest.operations);
  }

  byHashOf(hash: string): TrustedOperation | undefined {
    return this.byHash.get(hash);
  }

  isRegistered(query: string): boolean {
    return this.byHash.has(sha256(query));
  }

  list(): TrustedOperation[] {
    return [...this.byHash.values()];
  }
}
