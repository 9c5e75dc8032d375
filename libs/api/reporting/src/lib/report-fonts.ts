import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';

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

export interface ReportFonts {
  regular: ParsedFont;
  bold: ParsedFont;
}

/** A line laid out once in each face as it is loaded: fontkit decodes a face's layout tables on its first line. */
const FIRST_LINE = 'Zum Stichtag umfasst der Bericht 1 Maßnahme; 0 davon sind überfällig.';

let loadingFonts: Promise<ReportFonts> | undefined;

/**
 * Both faces parsed once, on the first report, and shared by every PDF after it: parsing the two font files took
 * about two thirds of a short report's CPU. Each document still embeds its own subset of the glyphs it uses.
 *
 * Loaded a part per turn of the event loop — fontkit's code (about 140 ms on a slow machine), then each face with
 * its first line laid out (35–75 ms each): in one piece, with pdfkit and the first table, the first report of a
 * process held the loop for 290–360 ms, longer than anything else a request waits for.
 */
export function loadReportFonts(): Promise<ReportFonts> {
  loadingFonts ??= parseFontsInTurns().catch((error: unknown) => {
    loadingFonts = undefined;
    throw error;
  });
  return loadingFonts;
}

async function parseFontsInTurns(): Promise<ReportFonts> {
  await nextTurn();
  const fontkit = require('fontkit') as { create(data: Buffer): ParsedFont };
  const parse = async (file: string) => {
    await nextTurn();
    const font = fontkit.create(readFileSync(join(fontFolder, file)));
    font.layout(FIRST_LINE);
    return font;
  };
  const regular = await parse('DejaVuSansCondensed.ttf');
  const bold = await parse('DejaVuSansCondensed-Bold.ttf');
  return { regular, bold };
}

export function registerReportFonts(doc: PDFKit.PDFDocument, fonts: ReportFonts): void {
  // @types/pdfkit names paths and buffers only; pdfkit itself also takes a parsed font.
  doc.registerFont(REPORT_FONT.regular, fonts.regular as unknown as Buffer);
  doc.registerFont(REPORT_FONT.bold, fonts.bold as unknown as Buffer);
}

/** What pdfkit keeps of a font a document used (`_fontFamilies`, by name; undocumented, see report-fonts.spec). */
interface DocumentFont {
  finalize(): void;
}

/**
 * Embeds the subset of each font the document used, one font per turn of the event loop. `doc.end()` does the same
 * in one piece with everything else that ends a document (about 70 of its 180 ms for a 59-page report on a slow
 * machine); a font it finds embedded already it leaves as it is. Call it once the last text is written.
 */
export async function embedFontsInTurns(doc: PDFKit.PDFDocument): Promise<void> {
  const fonts = (doc as unknown as { _fontFamilies: Record<string, DocumentFont> })._fontFamilies;
  // A font is listed under each name it was used by (its own and the one registered for it).
  for (const font of new Set(Object.values(fonts))) {
    await nextTurn();
    font.finalize();
  }
}
