import { joinContentOfFinishedPages } from './report-page-buffer';

const PDFDocument = require('pdfkit') as typeof import('pdfkit');

/** Three pages of small texts, held for page numbers as the report holds them; the document's bytes. */
function render(join: boolean): { pdf: Promise<Buffer>; piecesPerPage: number[] } {
  const doc = new PDFDocument({ bufferPages: true, info: { CreationDate: new Date('2026-12-07T10:00:00Z') } });
  if (join) joinContentOfFinishedPages(doc);
  const chunks: Buffer[] = [];
  const pdf = new Promise<Buffer>((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  for (let page = 0; page < 3; page++) {
    if (page > 0) doc.addPage();
    for (let row = 0; row < 40; row++) doc.fontSize(8).text(`Seite ${page}, Zeile ${row}`, 50, 50 + row * 14);
  }
  const held = (doc as unknown as { _pageBuffer: { content: { buffer: unknown[] } }[] })._pageBuffer;
  const piecesPerPage = held.map((page) => page.content.buffer.length);
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    doc.text(`Seite ${index + 1} von ${range.count}`, 50, 760, { lineBreak: false });
  }
  doc.end();
  return { pdf, piecesPerPage };
}

describe('joinContentOfFinishedPages', () => {
  it('holds each finished page as one piece, and the document stays byte for byte the same', async () => {
    const plain = render(false);
    const joined = render(true);
    // Every drawing operation is a piece of its own unless joined; the page being drawn is joined at the end.
    expect(plain.piecesPerPage.every((pieces) => pieces > 100)).toBe(true);
    expect(joined.piecesPerPage.slice(0, -1)).toEqual([1, 1]);
    expect(joined.piecesPerPage[2]).toBeGreaterThan(100);
    expect((await joined.pdf).equals(await plain.pdf)).toBe(true);
  });
});
