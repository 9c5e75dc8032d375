import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The report's typeface: DejaVu Sans Condensed (narrow enough for the report's table columns), embedded (as a subset) in every PDF. The PDF standard fonts (Helvetica)
 * only cover Western European letters, but names in the register come from many languages (ş, ğ, ı, ł, Cyrillic,
 * Greek …); an embedded font also makes the PDF render identically everywhere, which PDF/UA asks for.
 * The files come from the `dejavu-fonts-ttf` package, resolved from this module at run time: the server bundle
 * keeps node_modules external, so the package is found next to it as in the tests.
 */
const fontFolder = join(dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const REPORT_FONT = { regular: 'Report', bold: 'Report-Bold' } as const;

export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont(REPORT_FONT.regular, join(fontFolder, 'DejaVuSansCondensed.ttf'));
  doc.registerFont(REPORT_FONT.bold, join(fontFolder, 'DejaVuSansCondensed-Bold.ttf'));
}
