import { spawnSync } from 'node:child_process';

/**
 * The text of a PDF as pdf-parse (pdf.js) reads it. pdf.js loads its worker with a dynamic import, which Jest's
 * module sandbox does not allow, so the parsing runs in a plain Node process.
 */
const PARSE_PDF = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
});`;

export function pdfText(pdf: Buffer): { text: string; pages: number } {
  const result = spawnSync(process.execPath, ['-e', PARSE_PDF], { input: pdf, cwd: process.cwd(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdf-parse could not read the PDF: ${result.stderr}`);
  return JSON.parse(result.stdout) as { text: string; pages: number };
}
