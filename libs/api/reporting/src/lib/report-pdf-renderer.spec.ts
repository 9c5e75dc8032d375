import type { ReportingDate } from '@leitbild-monitor/shared/contracts';
import { readdirSync, readFileSync } from 'node:fs';
import { ReportPdfRenderer } from './report-pdf-renderer';
import { listTotalsOf } from './report-pdf';
import { REPORT_PDF_NICENESS } from './report-pdf.worker';
import { buildReport, FrozenMeasure } from './reporting-figures';

const reportingDate: ReportingDate = {
  id: 'r1',
  name: 'Sitzung im März',
  date: '2026-03-12',
  createdAt: '2026-03-10T09:00:00.000Z',
  createdBy: 'Erika Redaktion',
  measureCount: 1,
};

const measure: FrozenMeasure = {
  measureId: 'm1',
  title: 'Sprachcafé im Bürgerhaus',
  fieldOfActionId: 'f1',
  fieldOfActionName: 'Sprache und Bildung',
  fieldOfActionPosition: 1,
  status: 'in_progress',
  progress: 40,
  plannedStart: '2026-01-01',
  plannedEnd: '2026-12-31',
  actualStart: null,
  actualEnd: null,
  leadActorId: null,
  leadActorName: 'Bücherhalle Harburg',
  partnerActorNames: [],
  public: true,
  overdue: false,
};

function reportOf(measures: FrozenMeasure[]) {
  return buildReport({ ...reportingDate, measureCount: measures.length }, measures, null, '2026-03-12T10:00:00.000Z');
}

/** The nice value of each thread of this process (Linux: /proc/self/task/<id>/stat, field 19), by thread id. */
function threadNiceness(): Map<number, number> {
  const niceness = new Map<number, number>();
  for (const id of readdirSync('/proc/self/task')) {
    try {
      const fields = readFileSync(`/proc/self/task/${id}/stat`, 'utf8').split(') ')[1].split(' ');
      niceness.set(Number(id), Number(fields[16]));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return niceness;
}

describe('ReportPdfRenderer', () => {
  let renderer: ReportPdfRenderer;

  beforeEach(() => {
    renderer = new ReportPdfRenderer();
  });

  afterEach(async () => {
    await renderer.onModuleDestroy();
  });

  it('draws the report in a thread of its own, niced, while the server thread keeps turning', async () => {
    const many = Array.from({ length: 100 }, (_, index) => ({ ...measure, measureId: `m${index}`, overdue: true }));
    const report = reportOf(many);
    const niced = new Set<number>();
    let turns = 0;
    let drawing = true;
    // The server's own thread: Jest's worker process runs the test on its main thread, whose id is the process's.
    const serverThreadNiceness = () => threadNiceness().get(process.pid);
    const look = () => {
      if (!drawing) return;
      turns++;
      for (const [thread, nice] of threadNiceness()) if (nice === REPORT_PDF_NICENESS) niced.add(thread);
      setImmediate(look);
    };
    setImmediate(look);
    const pdf = await renderer.render(report, listTotalsOf(report)).finally(() => (drawing = false));

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    // A thread other than this one ran at the lowered priority while the report was drawn, and this one did not.
    expect(niced.size).toBeGreaterThanOrEqual(1);
    expect(niced.has(process.pid)).toBe(false);
    expect(serverThreadNiceness()).toBe(0);
    // The loop was free: laid out here, the report would have run its tables without a single turn in between.
    expect(turns).toBeGreaterThan(100);
  }, 60_000);

  it('draws reports asked for at once one after the other, each whole', async () => {
    const first = reportOf([measure]);
    const second = reportOf([{ ...measure, title: 'Nachbarschaftsgarten am Außenmühlenteich' }]);
    const pdfs = await Promise.all([
      renderer.render(first, listTotalsOf(first)),
      renderer.render(second, listTotalsOf(second)),
    ]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfs[0].equals(pdfs[1])).toBe(false);
  }, 60_000);

  it('refuses a report the thread cannot draw, and draws the next one', async () => {
    const broken = { ...reportOf([measure]), summary: undefined } as unknown as ReturnType<typeof reportOf>;
    await expect(renderer.render(broken, listTotalsOf(reportOf([measure])))).rejects.toThrow();
    const report = reportOf([measure]);
    const pdf = await renderer.render(report, listTotalsOf(report));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});
