import { turnsWhile } from '@leitbild-monitor/api/transfer/testing';
import { embedFontsInTurns, loadReportFonts, REPORT_FONT, registerReportFonts } from './report-fonts';

const PDFDocument = require('pdfkit') as typeof import('pdfkit');

/** A document that writes a line in each report font, and its bytes once ended. */
function documentWithBothFonts(fonts: Awaited<ReturnType<typeof loadReportFonts>>) {
  const doc = new PDFDocument({ info: { CreationDate: new Date('2026-12-07T10:00:00Z') } });
  const chunks: Buffer[] = [];
  const pdf = new Promise<Buffer>((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  registerReportFonts(doc, fonts);
  doc.font(REPORT_FONT.regular).text('Łukasz Şahin');
  doc.font(REPORT_FONT.bold).text('Ярослава');
  return { doc, pdf };
}

describe('report fonts', () => {
  it('loads fontkit and each face in a turn of the event loop of its own, once per process', async () => {
    const { value: fonts, turns } = await turnsWhile(loadReportFonts());
    // fontkit's code, the regular face, the bold face, each after a turn of others (turnsWhile counts one less
    // than the work's yields: loaded in one piece, it counts 0 or 1).
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(await loadReportFonts()).toBe(fonts);
  });

  it('embeds each font a document used a turn apart, and ending the document keeps them', async () => {
    const { doc, pdf } = documentWithBothFonts(await loadReportFonts());
    // pdfkit's own list of the document's fonts (undocumented): the function depends on it.
    const used = new Set(
      Object.values(
        (doc as unknown as { _fontFamilies: Record<string, { name: string; embedded?: boolean }> })._fontFamilies,
      ),
    );
    // Helvetica (the document's default) and the two report fonts.
    expect(used.size).toBe(3);
    const { turns } = await turnsWhile(embedFontsInTurns(doc));
    expect(turns).toBeGreaterThanOrEqual(2);
    const reportFonts = [...used].filter((font) => font.name.startsWith('DejaVuSansCondensed'));
    expect(reportFonts.map((font) => font.embedded)).toEqual([true, true]);
    doc.end();
    const bytes = (await pdf).toString('latin1');
    // Each font once: a subset's program (FontFile2) and its descriptor, not embedded a second time by end().
    expect(bytes.match(/\/FontFile2/g)).toHaveLength(2);
    expect(bytes.match(/\/Type \/FontDescriptor/g)).toHaveLength(2);
  });
});
