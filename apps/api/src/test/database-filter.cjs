// Jest `filter` of the API tests: which spec files run against the database of API_TEST_DATABASE.
// `*.sqlite.api-spec.ts` (crash, shutdown and backup tests are about SQLite files; PostgreSQL brings its own tools for
// those) run on SQLite only, `*.postgres.api-spec.ts` (several instances over one database, a PostgreSQL deployment
// only) on PostgreSQL only. A filter rather than `testPathIgnorePatterns`: the Jest configuration stays the same for
// both databases, and ts-jest keys its compiled files by the whole configuration, so the second run reuses the first
// run's compilation of the application instead of type-checking it all again.
const OTHER_DATABASE_SPECS = {
  sqlite: /\.postgres\.api-spec\.ts$/,
  postgres: /\.sqlite\.api-spec\.ts$/,
};

module.exports = async (testPaths) => {
  const database = process.env.API_TEST_DATABASE ?? 'sqlite';
  const other = OTHER_DATABASE_SPECS[database];
  if (!other) throw new Error(`API_TEST_DATABASE must be sqlite or postgres, not "${database}"`);
  return { filtered: testPaths.filter((path) => !other.test(path)) };
};
