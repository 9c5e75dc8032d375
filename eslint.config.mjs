import nx from '@nx/eslint-plugin';

// Module boundaries: every project carries a scope tag (where it runs) and a type tag (what layer it is).
// There is deliberately no `* -> *` catch-all: a project without matching tags may depend on nothing.
const angularAndCharts = ['@angular/*', 'chart.js', 'rxjs'];
const serverOnly = [
  '@nestjs/*',
  '@fastify/*',
  'fastify',
  'typeorm',
  'better-sqlite3',
  'pg',
  'class-validator',
  'class-transformer',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-output', '**/.angular', 'tmp', 'coverage'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // Scope: where the code runs.
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...angularAndCharts, ...serverOnly],
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
              bannedExternalImports: angularAndCharts.filter((name) => name !== 'rxjs'),
            },
            {
              sourceTag: 'scope:dashboard',
              onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'],
              bannedExternalImports: serverOnly,
            },
            // Type: which layer may use which.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:platform',
                'type:data-access',
                'type:ui',
                'type:util',
                'type:domain',
                'type:contracts',
              ],
            },
            // Dashboard layers: data-access owns state, ui only takes inputs and emits outputs, util is plain helpers.
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:domain', 'type:contracts'],
            },
            {
              sourceTag: 'type:ui',
              onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain', 'type:contracts'],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:contracts'] },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:domain', 'type:contracts'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data',
                'type:platform',
                'type:data-access',
                'type:ui',
                'type:util',
                'type:domain',
                'type:contracts',
              ],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/api/**/*.ts', 'apps/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'class-validator',
              importNames: ['MaxLength'],
              message: 'Use MaxLength from @leitbild-monitor/api/platform: it counts characters as the databases do.',
            },
          ],
        },
      ],
    },
  },
  {
    // Chart.js is wrapped in one UI lib, so that every chart gets the same text summary, label and data table.
    files: ['apps/dashboard/**/*.ts', 'libs/dashboard/**/*.ts'],
    ignores: ['libs/dashboard/shared/ui-charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['chart.js', 'chart.js/*'], message: 'Use @leitbild-monitor/dashboard/shared/ui-charts.' },
          ],
        },
      ],
    },
  },
];
