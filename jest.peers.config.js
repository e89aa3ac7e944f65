// Other routers on Llavero's supergraph (Hive Gateway, from bench/'s own packages), run by scripts/peer-tests.mjs.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test/peers'],
  testMatch: ['**/*.peer-test.js'],
  globalSetup: '<rootDir>/dist/test/support/global-setup.js',
  globalTeardown: '<rootDir>/dist/test/support/global-teardown.js',
  testTimeout: 60000,
};
