import type { Server as HttpServer } from 'node:http';
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
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // A setting that can only be judged once the database is open (a common ADMIN_PASSWORD) stops the start too.
    if (error instanceof InvalidConfigError) {
      console.error(error.message);
      await app.close().catch(() => undefined);
      process.exit(1);
    }
    throw error;
  }
  // Graceful shutdown: stop accepting connections, let requests in flight finish, then close the database
  // (which checkpoints SQLite's write-ahead log), and only then exit.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      Logger.log(`${signal} received: finishing requests in flight and closing the database`, 'Shutdown');
      // A keep-alive connection whose request was in flight when closing began becomes idle only after its answer;
      // Node closes idle connections once, at the start, so the rest would hold the close open until their
      // keep-alive timeout (72 s in Fastify). They are closed as they fall idle instead.
      const server = app.getHttpServer() as HttpServer;
      const closeIdleConnections = setInterval(() => server.closeIdleConnections(), 100);
      closeIdleConnections.unref();
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          Logger.error(error instanceof Error ? error.message : String(error), 'Shutdown');
          process.exit(1);
        },
      );
    });
  }
  const where = config.database.type === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
  Logger.log(`Leitbild-Monitor runs on http://${shown}:${config.port} (${where})`, 'Bootstrap');
}

void bootstrap();
