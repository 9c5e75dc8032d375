import type { Config } from 'jest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * All unit tests in one Jest run (`npm run test:unit`): the projects are every `jest.config.cts`/`.cjs` under apps/
 * and libs/. One process that spreads all test files over the available workers costs far less than one Jest
 * start-up per project (`nx run-many -t test` started 58 of them). `nx test <project>` still runs one project with
 * its own config. The API suites (`apps/api/jest.api.config.cts`) are not unit tests and run on their own
 * (`npm run test:api`, `npm run test:api:postgres`).
 */
const configs = ['apps', 'libs'].flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)jest\.config\.c[jt]s$/.test(file))
    .map((file) => join(root, file)),
);

/**
 * `nx test <project>` fails a project without any test file unless its project.json sets `passWithNoTests`; one
 * Jest run over all projects only fails when no project has a test. Keep the per-project rule: a project whose
 * tests were all deleted stops the run here, naming it.
 */
const testFile = /\.(spec|test)\.[jt]sx?$/;
for (const config of configs) {
  const folder = dirname(config);
  const projectFile = join(folder, 'project.json');
  const project = existsSync(projectFile) ? JSON.parse(readFileSync(projectFile, 'utf8')) : {};
  const hasTests = readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((file) => testFile.test(file));
  if (!hasTests && project.targets?.test?.options?.passWithNoTests !== true) {
    throw new Error(`${folder} has no unit tests (*.spec.ts); add them or set passWithNoTests in its project.json`);
  }
}

const config: Config = {
  projects: configs.map((file) => `<rootDir>/${file}`),
  // Jest's default is one worker fewer than there are cores, which on a 2-core machine means a single worker and
  // an idle core: the main process only schedules and reports, so use every core.
  maxWorkers: '100%',
};
export default config;
