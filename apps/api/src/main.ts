import { InvalidConfigError, loadAppConfig } from '@leitbild-monitor/api/platform';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const where = config.database.type === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  Logger.log(`Leitbild-Monitor runs on http://localhost:${config.port} (${where})`, 'Bootstrap');
}

void bootstrap();
