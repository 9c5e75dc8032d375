/**
 * The council report's PDF, drawn in a worker thread of ReportPdfRenderer's pool (piscina calls the default export
 * with each task). Built as its own file beside the server (apps/api/webpack.config.js, entry `report-pdf-worker`),
 * so the thread loads pdfkit, fontkit and the report's code, nothing of the server.
 */
import type { ReportingReport } from '@leitbild-monitor/shared/contracts';
import { setPriority } from 'node:os';
import { renderReportPdf } from './report-pdf';
import type { ReportListTotals } from './reporting-figures';

/**
 * How much lower than the server's threads this one runs (Linux counts the nice value per thread, so this lowers
 * only the calling thread: checked by report-pdf-renderer.spec). On two cores a report's seconds of layout
 * otherwise take a core from the requests that arrive meanwhile; niced, the report takes what they leave.
 */
export const REPORT_PDF_NICENESS = 10;

export interface ReportPdfTask {
  report: ReportingReport;
  totals: ReportListTotals;
}

export default function drawReportPdf({ report, totals }: ReportPdfTask): Promise<Uint8Array> {
  // Here rather than on load, so that importing the constant above lowers no one's thread.
  setPriority(0, REPORT_PDF_NICENESS);
  return renderReportPdf(report, totals);
}
