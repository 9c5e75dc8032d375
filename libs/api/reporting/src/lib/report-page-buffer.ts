/** What pdfkit keeps of a page held for the page numbers: its content stream, still as the pieces it was written in. */
interface HeldPage {
  content: { buffer: Uint8Array[] };
}

/**
 * Joins each page's content into one buffer as soon as the next page begins. The report holds all its pages until
 * the end (`bufferPages`, so that every footer can say "Seite 2 von 59"), and pdfkit keeps every drawing operation
 * of a held page as a typed array of its own — tens of thousands per page of tables, about 75 MB of the heap for
 * the 59 pages of a reporting date of 100,000 measures. Joined, a page takes the bytes of its content and nothing
 * more; the page numbers written at the end append to it as before, and the document is byte for byte the same.
 * Reads pdfkit's page buffer (`_pageBuffer`), which it does not document: report-page-buffer.spec.ts fails if that
 * changes.
 */
export function joinContentOfFinishedPages(doc: PDFKit.PDFDocument): void {
  doc.on('pageAdded', () => {
    const held = (doc as unknown as { _pageBuffer?: HeldPage[] })._pageBuffer ?? [];
    const finished = held[held.length - 2];
    if (finished && finished.content.buffer.length > 1) {
      finished.content.buffer = [Buffer.concat(finished.content.buffer)];
    }
  });
}
