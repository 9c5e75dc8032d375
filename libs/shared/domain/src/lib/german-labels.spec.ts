import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEASIBILITY_LABELS_DE, MEASURE_ORIGIN_LABELS_DE, MEASURE_STATUS_LABELS_DE } from './german-labels';

/** The dashboard's German translations, read as a file: the spreadsheets must use the words the screens use. */
const de = JSON.parse(
  readFileSync(join(__dirname, '../../../../dashboard/shared/util-i18n/src/i18n/de.json'), 'utf8'),
) as { measureStatus: Record<string, string>; measure: Record<string, Record<string, string>> };

describe('German labels of coded values', () => {
  it('name every status as the dashboard does', () => {
    expect(MEASURE_STATUS_LABELS_DE).toEqual(de.measureStatus);
  });

  it('name every origin and feasibility verdict as the dashboard does', () => {
    expect(MEASURE_ORIGIN_LABELS_DE).toEqual(de.measure['origins']);
    expect(FEASIBILITY_LABELS_DE).toEqual(de.measure['feasibilityVerdicts']);
  });

  it('give every value a label of its own, so a label leads back to exactly one key', () => {
    for (const labels of [MEASURE_STATUS_LABELS_DE, MEASURE_ORIGIN_LABELS_DE, FEASIBILITY_LABELS_DE]) {
      const lower = Object.values(labels).map((label) => label.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
    }
  });
});
