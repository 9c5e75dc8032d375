// Runs the API test suite against PostgreSQL when TEST_POSTGRES_URL names a server (each test file creates and
// drops its own database there), and says plainly that it skips them otherwise.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_POSTGRES_URL;
if (!url) {
  console.log(
    'SKIPPED: API tests against PostgreSQL — set TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them.',
  );
  process.exit(0);
}
console.log(`API tests against PostgreSQL at ${new URL(url).host}`);
const result = spawnSync('npx', ['jest', '--config', 'apps/api/jest.api.config.cts'], {
  stdio: 'inherit',
  env: { ...process.env, API_TEST_DATABASE: 'postgres' },
});
process.exit(result.status ?? 1);
