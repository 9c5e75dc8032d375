import type ExcelJS from 'exceljs';
import { supportQuotePrefix } from './xlsx-quote-prefix';

let loading: Promise<typeof ExcelJS> | null = null;

/**
 * exceljs, loaded when the first workbook is read or written: it is the largest library of the server (about 27 MB
 * of memory and the longest require at start), and most instances never see a spreadsheet. The quote prefix is
 * taught to it once, on the same occasion.
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => {
    supportQuotePrefix();
    return module.default;
  });
  return loading;
}
