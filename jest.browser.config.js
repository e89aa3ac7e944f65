// The browser tier: headless Chromium against the pages the gateway serves (run by scripts/browser-tests.mjs).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test/browser'],
  testMatch: ['**/*.browser-test.js'],
  globalSetup: '<rootDir>/dist/test/support/global-setup.js',
  globalTeardown: '<rootDir>/dist/test/support/global-teardown.js',
  testTimeout: 60000,
};
