/**
 * API tests: the whole application in-process against a real database built by the migrations.
 * API_TEST_DATABASE=sqlite (default) or postgres (with TEST_POSTGRES_URL; each test file gets its own database).
 */
module.exports = {
  // Nothing here may depend on API_TEST_DATABASE: the configuration is part of ts-jest's cache key (see the filter).
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.api-spec.ts'],
  // The spec files of one database only (`*.sqlite.api-spec.ts`, `*.postgres.api-spec.ts`) are left out here.
  filter: '<rootDir>/src/test/database-filter.cjs',
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        astTransformers: { before: ['<rootDir>/swagger-plugin.cjs'] },
      },
    ],
  },
  // content-disposition 2 (used by @fastify/static) and openid-client 6 with its oauth4webapi and jose (single sign-on)
  // ship only ES modules, which Jest's CommonJS runtime cannot load (Node itself requires them since 20.19).
  transformIgnorePatterns: [
    '/node_modules/(?!(.*/node_modules/)?(content-disposition|openid-client|oauth4webapi|jose)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Every answer of the in-process API is checked against the OpenAPI document; a mismatch fails the test.
  // ... and every error body has the contract's shape with its `problems` (codes of PROBLEM_CODES).
  setupFilesAfterEnv: [
    '<rootDir>/src/test/openapi-response-check.setup.ts',
    '<rootDir>/src/test/error-body-check.setup.ts',
  ],
  testTimeout: 30000,
  // Every test file starts its own application on its own database (a temporary SQLite file or a PostgreSQL
  // database of its own), so files run side by side safely. Jest's default (cores - 1) leaves one of two cores idle.
  maxWorkers: '100%',
};
