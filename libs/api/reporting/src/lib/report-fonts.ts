import { readFileSync } from 'node:fs';
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

/** A font as fontkit parsed it; pdfkit takes it as the source of `registerFont` (anything that can lay out text). */
type ParsedFont = { layout(text: string): unknown };

let parsedFonts: { regular: ParsedFont; bold: ParsedFont } | undefined;

/**
 * Both faces parsed once, on the first report, and shared by every PDF after it: parsing the two font files took
 * about two thirds of a short report's CPU. Each document still embeds its own subset of the glyphs it uses.
 */
function reportFonts(): { regular: ParsedFont; bold: ParsedFont } {
  if (!parsedFonts) {
    const fontkit = require('fontkit') as { create(data: Buffer): ParsedFont };
    const parse = (file: string) => fontkit.create(readFileSync(join(fontFolder, file)));
    parsedFonts = { regular: parse('DejaVuSansCondensed.ttf'), bold: parse('DejaVuSansCondensed-Bold.ttf') };
  }
  return parsedFonts;
}

export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  const fonts = reportFonts();
  // @types/pdfkit names paths and buffers only; pdfkit itself also takes a parsed font.
  doc.registerFont(REPORT_FONT.regular, fonts.regular as unknown as Buffer);
  doc.registerFont(REPORT_FONT.bold, fonts.bold as unknown as Buffer);
}
