import { instantIn, NotificationDispatcher, NotificationSettingsService } from '@leitbild-monitor/api/notifications';
import { InvalidConfigError, loadAppConfig } from '@leitbild-monitor/api/platform';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app/app.module';

const USAGE = 'npm run notify -- [--dry-run] [--now=<ISO date-time, e.g. 2027-03-01T07:00>]';

/**
 * `npm run notify -- [--dry-run] [--now=…]`: what the scheduler would send at that moment (now by default), to whom.
 * With `--dry-run` nothing is written or sent; without it, what is due is sent as the scheduler would (and is then
 * not sent again). A date-time without offset is read in the installation's time zone (admin settings).
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--dry-run' && !arg.startsWith('--now='));
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}. Usage: ${USAGE}`);
    return 2;
  }
  const dryRun = args.includes('--dry-run');
  const nowArg = args.find((arg) => arg.startsWith('--now='))?.slice('--now='.length);
  const loaded = loadAppConfig();
  // This run sends by itself: no scheduler in this process.
  const config = { ...loaded, mail: { ...loaded.mail, intervalMinutes: 0 } };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const settings = await app.get(NotificationSettingsService).read();
    const now = nowArg === undefined ? new Date() : instantIn(nowArg, settings.timeZone);
    if (!now) {
      console.error(`--now must be an ISO date-time such as 2027-03-01T07:00 (read in ${settings.timeZone}).`);
      return 2;
    }
    const dispatcher = app.get(NotificationDispatcher);
    if (!dryRun && !dispatcher.mailConfigured) {
      console.error('SMTP_URL is not set: no e-mail can be sent. --dry-run shows what would be sent.');
      return 2;
    }
    const report = await dispatcher.run(now, { dryRun });
    console.log(`${dryRun ? 'Would send' : 'Sending'} at ${now.toISOString()} (${settings.timeZone}):`);
    if (report.claimed.length === 0) console.log('  nothing is due.');
    for (const entry of report.claimed) {
      console.log(`  ${entry.recipientEmail} (${entry.digest}): ${entry.subject}`);
      for (const notice of entry.notices) {
        console.log(`    - ${notice.kind}: ${notice.title} ${dispatcher.baseUrl()}${notice.link}`);
      }
    }
    if (!dryRun) console.log(`${report.sent} sent, ${report.failed} failed (failures are retried; see the send log).`);
    return report.failed > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof InvalidConfigError
        ? error.message
        : `notify failed: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  },
);
