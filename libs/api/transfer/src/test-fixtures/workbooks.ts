import ExcelJS from 'exceljs';

/**
 * Workbooks as staff make them in Excel, built with exceljs: a progress computed by a formula (with the result
 * Excel stores beside it), a planned start typed as a date cell, a description in rich text, a second sheet.
 */
export async function workbookWithFormulaAndDateCells(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Maßnahmenliste');
  sheet.addRow([
    'Titel',
    'Beschreibung',
    'Handlungsfeld',
    'Status',
    'Fortschritt',
    'Geplanter Beginn',
    'Geplantes Ende',
  ]);
  sheet.addRow([
    'Interkulturelle Öffnung der Sportvereine',
    { richText: [{ text: 'Schulungen für ' }, { font: { bold: true }, text: 'Übungsleitende' }] },
    'Antidiskriminierung',
    'In Umsetzung',
    { formula: '3*20', result: 60 },
    new Date(Date.UTC(2017, 11, 31)),
    '30.06.2028',
  ]);
  sheet.getCell('F2').numFmt = 'dd.mm.yyyy';
  sheet.addRow([
    'Lesepatenschaften',
    null,
    'Deutsch als Sprache',
    'Geplant',
    { formula: 'E2/2', result: 30 },
    new Date(Date.UTC(2027, 0, 15)),
    { formula: 'F3+180', result: new Date(Date.UTC(2027, 6, 14)) },
  ]);
  sheet.getCell('F3').numFmt = 'dd.mm.yyyy';
  sheet.getCell('G3').numFmt = 'dd.mm.yyyy';
  workbook.addWorksheet('Notizen').addRow(['wird nicht gelesen']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook whose first sheet has a formula Excel never calculated (no stored result). */
export async function workbookWithUncalculatedFormula(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Liste');
  sheet.addRow(['Titel', 'Handlungsfeld', 'Fortschritt']);
  sheet.addRow(['Ohne Ergebnis', 'Ehrenamt', { formula: 'A1*2' } as ExcelJS.CellFormulaValue]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
