import { inflateRawSync } from 'node:zlib';

/** The text of one part of an .xlsx (a ZIP archive), read with Node alone, to check the XML a writer made. */
export function xlsxPart(content: Buffer, path: string): string {
  const end = content.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index++) {
    const method = content.readUInt16LE(offset + 10);
    const compressedSize = content.readUInt32LE(offset + 20);
    const nameLength = content.readUInt16LE(offset + 28);
    const name = content.toString('utf8', offset + 46, offset + 46 + nameLength);
    const local = content.readUInt32LE(offset + 42);
    if (name === path) {
      const start = local + 30 + content.readUInt16LE(local + 26) + content.readUInt16LE(local + 28);
      const data = content.subarray(start, start + compressedSize);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    offset += 46 + nameLength + content.readUInt16LE(offset + 30) + content.readUInt16LE(offset + 32);
  }
  throw new Error(`the workbook has no part ${path}`);
}

/**
 * Whether the cell (e.g. `C5`) of the first worksheet has a style with Excel's quote prefix
 * (`<xf … quotePrefix="1">` among the cell formats of xl/styles.xml).
 */
export function cellHasQuotePrefix(content: Buffer, reference: string): boolean {
  const sheet = xlsxPart(content, 'xl/worksheets/sheet1.xml');
  const cell = new RegExp(`<c r="${reference}"(?: [^>]*)? s="(\\d+)"`).exec(sheet);
  if (!cell) return false;
  const styles = xlsxPart(content, 'xl/styles.xml');
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xf = cellXfs.match(/<xf\b[^>]*>/g)?.[Number(cell[1])] ?? '';
  return /\squotePrefix="(1|true)"/.test(xf);
}
