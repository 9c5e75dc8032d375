const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
const swaggerPlugin = require('./swagger-plugin.cjs');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Maintenance commands ship as scripts next to the server: npm run audit:verify, backup, restore, notify.
      additionalEntryPoints: [
        { entryName: 'verify-audit', entryPath: './src/verify-audit.ts' },
        { entryName: 'backup', entryPath: './src/backup.ts' },
        { entryName: 'restore', entryPath: './src/restore.ts' },
        { entryName: 'notify', entryPath: './src/notify.ts' },
        // The OpenAPI document as a file, for npm test's lint and the generated client types.
        { entryName: 'openapi', entryPath: './src/openapi.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      assets: [],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      transformers: [{ name: '@nestjs/swagger/plugin', options: swaggerPlugin.options }],
    }),
  ],
};
