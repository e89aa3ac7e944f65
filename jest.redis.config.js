// The Redis tier: run by .ci/run when a Redis server answers (REDIS_URL), never by plain `npm test`.
// The replica test starts the whole stack, so the tier brings its PostgreSQL like the main one.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test/redis'],
  testMatch: ['**/*.redis-test.js'],
  globalSetup: '<rootDir>/dist/test/support/global-setup.js',
  globalTeardown: '<rootDir>/dist/test/support/global-teardown.js',
  testTimeout: 60000,
  maxWorkers: 2,
};
