import { loadAppConfig } from '@leitbild-monitor/api/platform';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createApp } from './app/create-app';
import { openApiDocuments } from './app/openapi-document';

/**
 * `node dist/apps/api/openapi.js <file>`: writes the OpenAPI document the server serves at /api/openapi.json,
 * without listening, on a throwaway SQLite database (for `npm test`'s lint and the generated client types).
 */
async function main(target: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'lbm-openapi-'));
  try {
    const config = loadAppConfig({
      DATABASE_URL: `sqlite:${join(folder, 'openapi.db')}`,
      DEMO_DATA: 'false',
      BACKUP_INTERVAL_HOURS: '0',
    });
    const app = await createApp(config, { logger: false });
    const document = openApiDocuments.get(app);
    await app.close();
    if (!document) throw new Error('the application built no OpenAPI document');
    mkdirSync(dirname(resolve(target)), { recursive: true });
    writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`OpenAPI document written to ${target}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main(process.argv[2] ?? 'tmp/openapi.json').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
