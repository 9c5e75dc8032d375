import bidiFactory, { type EmbeddingLevels } from 'bidi-js';

const bidi = bidiFactory();

/** Bidi types that start right-to-left text: Hebrew and Arabic letters, and the explicit right-to-left controls. */
const RTL_TYPES = new Set(['R', 'AL', 'RLE', 'RLO', 'RLI']);

/**
 * The OpenType script fontkit is told to shape a line with: that of its first right-to-left letter (fontkit would
 * otherwise take the script of the line's first letter, a Latin one in a German sentence, and then neither join
 * Arabic letters nor write them right to left).
 */
const OPENTYPE_SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, 'arab'],
  [/\p{Script=Hebrew}/u, 'hebr'],
  [/\p{Script=Syriac}/u, 'syrc'],
  [/\p{Script=Thaana}/u, 'thaa'],
  [/\p{Script=Nko}/u, 'nko '],
];
/** Explicit directional formatting (embeddings, overrides, isolates): it steers the algorithm and is not printed. */
const FORMATTING_TYPES = new Set(['LRE', 'RLE', 'LRO', 'RLO', 'PDF', 'LRI', 'RLI', 'FSI', 'PDI']);

/** Measures a line as pdfkit will set it (font and size already chosen), in points. */
export type MeasureText = (text: string, script: string) => number;

/** What to hand pdfkit: the text, and for text with right-to-left letters the script to lay it out with. */
export interface PdfText {
  text: string;
  /** Passed as pdfkit's `features` option, which pdfkit hands on to fontkit's `layout(text, script)` (see below). */
  script?: string;
}

function hasRtl(text: string): boolean {
  for (const char of text) if (RTL_TYPES.has(bidi.getBidiCharTypeName(char))) return true;
  return false;
}

/**
 * The paragraph direction: left to right (the report is German) unless the text holds right-to-left letters and no
 * left-to-right ones, e.g. a title written only in Arabic.
 */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  let rtl = false;
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return 'ltr';
    if (RTL_TYPES.has(type)) rtl = true;
  }
  return rtl ? 'rtl' : 'ltr';
}

/**
 * A name set into a German sentence, in a first-strong isolate (U+2068 … U+2069): an Arabic name then does not pull
 * the sentence's next words (a date in brackets) into its right-to-left run.
 */
export function isolate(text: string): string {
  return hasRtl(text) ? `\u2068${text}\u2069` : text;
}

/** `text` with the characters of explicit directional formatting left out. */
function withoutFormatting(text: string): string {
  return [...text].filter((char) => !FORMATTING_TYPES.has(bidi.getBidiCharTypeName(char))).join('');
}

/**
 * Text as pdfkit has to receive it so that it prints in reading order. pdfkit sets a line's characters from left
 * to right as given, so right-to-left runs (Arabic, Hebrew) are first put into visual order by the Unicode
 * bidirectional algorithm (UAX #9, with `bidi-js`): the words of a run from right to left, neutral characters
 * (quotes, dashes, brackets) on the side the algorithm puts them, mirrored brackets swapped.
 *
 * The Arabic letters must also take their joining forms, which fontkit (pdfkit's font engine) does when it lays out
 * text in the Arabic script — from logical order, reversing the glyphs afterwards. So such text is laid out a whole
 * line at a time in the script of its right-to-left letters (`script`, passed as pdfkit's `features` option, which
 * reaches fontkit as `layout(line, script)`), and each line is handed over reversed: fontkit shapes the Arabic
 * letters in their logical order and its reversal yields exactly the visual order.
 *
 * Reordering is per line: with `wrap`, the text is wrapped here first (greedily at spaces, as pdfkit would) and the
 * lines are joined with line feeds, so pdfkit has nothing left to wrap; without, each line-feed separated paragraph
 * is one line (titles and labels set without wrapping).
 *
 * Text without right-to-left letters is returned unchanged and laid out by pdfkit as before.
 */
export function pdfText(text: string, wrap?: { width: number; measure: MeasureText }): PdfText {
  if (!hasRtl(text)) return { text: withoutFormatting(text) };
  const script = scriptOf(text);
  return {
    text: text
      .split('\n')
      .flatMap((paragraph) => handedLines(paragraph, script, wrap))
      .join('\n'),
    script,
  };
}

function scriptOf(text: string): string {
  for (const char of text) {
    if (!RTL_TYPES.has(bidi.getBidiCharTypeName(char))) continue;
    const found = OPENTYPE_SCRIPTS.find(([pattern]) => pattern.test(char));
    if (found) return found[1];
  }
  return 'arab';
}

/** The lines of one paragraph in visual order, each reversed for fontkit (see `pdfText`). */
function handedLines(paragraph: string, script: string, wrap?: { width: number; measure: MeasureText }): string[] {
  const levels = bidi.getEmbeddingLevels(paragraph, paragraphDirection(paragraph));
  const handed = (start: number, end: number) => reversed(withoutFormatting(visualLine(paragraph, levels, start, end)));
  // Measured as handed over: fontkit kerns the reversed line, so its width can differ from the logical one's.
  const ranges = wrap
    ? wrapLogical(paragraph, wrap.width, (start, end) => wrap.measure(handed(start, end), script))
    : [trimmedRange(paragraph, 0, paragraph.length)];
  return ranges.map(([start, end]) => handed(start, end));
}

function reversed(text: string): string {
  return [...text].reverse().join('');
}

/** `[start, end)` without the spaces at either end. */
function trimmedRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * Greedy wrapping in logical order at spaces: as many words on a line as fit into `width`. A word wider than the
 * line gets a line of its own (pdfkit then breaks it within; such a word is rare in a title).
 */
function wrapLogical(
  text: string,
  width: number,
  widthOf: (start: number, end: number) => number,
): Array<[number, number]> {
  const breaks: number[] = [];
  for (let index = 1; index < text.length; index++) {
    if (text[index - 1] === ' ' && text[index] !== ' ') breaks.push(index);
  }
  breaks.push(text.length);
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let lineEnd = -1;
  for (const candidate of breaks) {
    const range = trimmedRange(text, lineStart, candidate);
    if (lineEnd < 0 || widthOf(range[0], range[1]) <= width) {
      lineEnd = candidate;
      continue;
    }
    lines.push(trimmedRange(text, lineStart, lineEnd));
    lineStart = lineEnd;
    lineEnd = candidate;
  }
  const last = trimmedRange(text, lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (last[1] > last[0] || lines.length === 0) lines.push(last);
  return lines;
}

/** One line `[start, end)` of a paragraph in visual order: the algorithm's rules L1–L4 applied to this line. */
function visualLine(paragraph: string, levels: EmbeddingLevels, start: number, end: number): string {
  if (end <= start) return '';
  const mirrored = bidi.getMirroredCharactersMap(paragraph, levels.levels, start, end - 1);
  const chars = Array.from(
    { length: end - start },
    (_, offset) => mirrored.get(start + offset) ?? paragraph[start + offset],
  );
  for (const [from, to] of bidi.getReorderSegments(paragraph, levels, start, end - 1)) {
    // Reversing turns a surrogate pair (a character outside the BMP, e.g. an emoji) into low + high: put it back.
    const reversed = chars
      .slice(from - start, to - start + 1)
      .reverse()
      .join('')
      .replace(/([\uDC00-\uDFFF])([\uD800-\uDBFF])/g, '$2$1');
    chars.splice(from - start, to - from + 1, ...reversed.split(''));
  }
  return chars.join('');
}
