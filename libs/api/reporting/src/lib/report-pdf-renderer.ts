import type { ReportingReport } from '@leitbild-monitor/shared/contracts';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { ReportPdfTask } from './report-pdf.worker';
import type { ReportListTotals } from './reporting-figures';

/**
 * A report whose PDF is asked for waits this long after the last one before its thread ends: reports come in
 * bursts (the council's members open the same one), and a new thread parses the two font files again (~0.5 s).
 */
const IDLE_THREAD_MS = 60_000;

/**
 * Draws the council report's PDF in a worker thread, so that its seconds of layout, compression and font subsetting
 * never hold up another request (the event loop only hands the report over and takes the bytes back). One thread,
 * started with the first report and ended when idle: further reports wait for it, which bounds the memory (pdfkit and
 * the two parsed fonts live in that thread only); a report of the largest register takes seconds, not minutes.
 */
@Injectable()
export class ReportPdfRenderer implements OnModuleDestroy {
  private pool: Piscina<ReportPdfTask, Uint8Array> | null = null;

  async render(report: ReportingReport, totals: ReportListTotals): Promise<Buffer> {
    this.pool ??= new Piscina<ReportPdfTask, Uint8Array>({
      ...workerSource(),
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: IDLE_THREAD_MS,
    });
    const pdf = await this.pool.run({ report, totals });
    return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }
}

/**
 * The worker's code: in the server bundle, the file webpack builds beside it (apps/api/webpack.config.js, entry
 * `report-pdf-worker`); run from the TypeScript sources (the API and unit tests), its source, compiled as the thread
 * loads it by ts-node, with the workspace's path aliases resolved by tsconfig-paths. (Not @swc-node/register: its
 * native module, loaded again by each new thread of one process, crashes that process.)
 */
const WORKSPACE = join(__dirname, '../../../../..');

function workerSource(): { filename: string; execArgv?: string[]; env?: NodeJS.ProcessEnv } {
  if (!__filename.endsWith('.ts')) return { filename: join(__dirname, 'report-pdf-worker.js') };
  return {
    filename: join(__dirname, 'report-pdf.worker.ts'),
    execArgv: ['--require', 'ts-node/register/transpile-only', '--require', 'tsconfig-paths/register'],
    env: {
      ...process.env,
      TS_NODE_PROJECT: join(WORKSPACE, 'tsconfig.base.json'),
      TS_NODE_BASEURL: WORKSPACE,
      TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs', moduleResolution: 'node10' }),
    },
  };
}
