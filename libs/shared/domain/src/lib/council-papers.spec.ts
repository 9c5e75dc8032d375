import type { CouncilPaper } from '@leitbild-monitor/shared/contracts';
import {
  applyCouncilPapers,
  councilPaperProblems,
  councilPapersCell,
  parseCouncilPapersCell,
  sameCouncilPapers,
} from './council-papers';

const stored: CouncilPaper[] = [
  {
    reference: '21-1234',
    title: 'Integrationskonzept',
    date: '2026-05-12',
    url: 'https://ratsinfo.example.org/vo?id=1234',
  },
  { reference: '21-2000', title: null, date: null, url: null },
];

describe('council papers', () => {
  it('replaces the list, trimming, and keeps what an entry leaves out from the stored paper of its reference', () => {
    expect(applyCouncilPapers(stored, [{ reference: ' 21-1234 ' }, { reference: '21-3000', title: '  ' }])).toEqual([
      stored[0],
      { reference: '21-3000', title: null, date: null, url: null },
    ]);
    expect(applyCouncilPapers(stored, [{ reference: '21-1234', url: null, title: 'Neu' }])).toEqual([
      { reference: '21-1234', title: 'Neu', date: '2026-05-12', url: null },
    ]);
    expect(applyCouncilPapers(stored, [])).toEqual([]);
  });

  it('compares lists entry by entry, in order', () => {
    expect(sameCouncilPapers(stored, applyCouncilPapers(stored, stored))).toBe(true);
    expect(sameCouncilPapers(stored, [...stored].reverse())).toBe(false);
    expect(sameCouncilPapers(stored, stored.slice(0, 1))).toBe(false);
  });

  it('names the entry and field of every problem', () => {
    expect(
      councilPaperProblems([
        { reference: ' ' },
        { reference: 'x'.repeat(41) },
        { reference: '21-1', url: 'javascript:alert(1)', date: '2026-02-30' },
        { reference: '21-1 ' },
      ]),
    ).toEqual([
      { field: 'councilPapers.0.reference', code: 'required', params: {} },
      { field: 'councilPapers.1.reference', code: 'too_long', params: { max: 40 } },
      { field: 'councilPapers.2.date', code: 'invalid_date', params: {} },
      { field: 'councilPapers.2.url', code: 'invalid_url', params: {} },
      { field: 'councilPapers.3.reference', code: 'duplicate_items', params: {} },
    ]);
    expect(councilPaperProblems(stored)).toEqual([]);
    expect(councilPaperProblems(Array.from({ length: 51 }, (_, i) => ({ reference: `R-${i}` })))).toEqual([
      { field: 'councilPapers', code: 'too_many_items', params: { max: 50 } },
    ]);
  });

  it('writes the spreadsheet cell and reads it back', () => {
    const cell = councilPapersCell(stored);
    expect(cell).toBe('21-1234 https://ratsinfo.example.org/vo?id=1234; 21-2000');
    expect(parseCouncilPapersCell(cell ?? '')).toEqual([
      { reference: '21-1234', url: 'https://ratsinfo.example.org/vo?id=1234' },
      { reference: '21-2000' },
    ]);
    expect(councilPapersCell([])).toBeNull();
    expect(parseCouncilPapersCell('A 1\n B-2 HTTP://x.example/p ;;')).toEqual([
      { reference: 'A 1' },
      { reference: 'B-2', url: 'HTTP://x.example/p' },
    ]);
  });
});
