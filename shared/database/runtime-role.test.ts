import { runtimeRolePassword, runtimeUrl } from './runtime-role';

describe('runtime role credentials', () => {
  test.each([
    ['another database on the same server', 'postgres://admin:s3cret@127.0.0.1:5432/llavero_a', 'postgres://admin:s3cret@127.0.0.1:5432/llavero_b', true],
    ['the default port written or not', 'postgres://admin:s3cret@db:5432/x', 'postgres://admin:s3cret@db/x', true],
    ['another owner password', 'postgres://admin:s3cret@db:5432/x', 'postgres://admin:other@db:5432/x', false],
    ['another server', 'postgres://admin:s3cret@db1:5432/x', 'postgres://admin:s3cret@db2:5432/x', false],
  ])('%s: same password = %s (roles are the server’s, not one database’s)', (_label, a, b, same) => {
    expect(runtimeRolePassword(a, 'llavero_sal') === runtimeRolePassword(b, 'llavero_sal')).toBe(same);
  });

  test('each role has its own password, and the runtime URL keeps the server and database', () => {
    const owner = 'postgres://admin:s3cret@127.0.0.1:5432/llavero';
    expect(runtimeRolePassword(owner, 'llavero_sal')).not.toBe(runtimeRolePassword(owner, 'llavero_sut'));
    const url = new URL(runtimeUrl(owner, 'llavero_sal'));
    expect([url.username, url.host, url.pathname]).toEqual(['llavero_sal', '127.0.0.1:5432', '/llavero']);
    expect(url.password).not.toContain('s3cret');
  });
});
