import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../shared/config';
import { admitSignIn, closeSignInLimits, openSignInLimits, settleSignIn } from '../../gateway/limits/sign-in-limits';

// Run by .ci/run with REDIS_URL: password guesses spread over two gateways share one budget per user,
// and a successful sign-in gives its token back at every gateway.

describe('sign-in throttles in Redis', () => {
  test('failures at two gateways count against one user budget; a success is refunded', async () => {
    const url = process.env.REDIS_URL;
    if (!url) throw new Error('REDIS_URL is required for this tier');
    const config = loadConfig({ REDIS_URL: url, SIGN_IN_FAILURES_PER_USER_PER_HOUR: '3', SIGN_IN_ATTEMPTS_PER_IP_PER_MINUTE: '100' });
    const [first, second] = await Promise.all([openSignInLimits(config), openSignInLimits(config)]);
    try {
      const user = `clerk-${randomUUID()}`;
      expect(await admitSignIn(first, '10.0.0.1', user)).toBeNull();
      await settleSignIn(first, user, true); // a success does not count
      for (const gateway of [first, second, first]) {
        expect(await admitSignIn(gateway, `10.0.0.${Math.floor(Math.random() * 200) + 2}`, user)).toBeNull();
        await settleSignIn(gateway, user, false);
      }
      const refused = await admitSignIn(second, '10.0.0.250', user);
      expect(refused?.message).toMatch(/^Demasiados intentos fallidos para este usuario: espere \d+ s\.$/);
      expect(await admitSignIn(second, '10.0.0.250', `otra-${user}`)).toBeNull();
    } finally {
      await closeSignInLimits(first);
      await closeSignInLimits(second);
    }
  });
});
