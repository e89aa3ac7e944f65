// The Redis tier: run by .ci/run when a Redis server answers (REDIS_URL), never by plain `npm test`.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test/redis'],
  testMatch: ['**/*.redis-test.js'],
  testTimeout: 30000,
};
