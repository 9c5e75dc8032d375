import type { CouncilPaper, CouncilPaperInput, Problem, ProblemCode } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate } from './iso-date';
import { COUNCIL_PAPER_LIMITS, isHttpUrl } from './meeting-rules';

/**
 * A measure's council papers ("Drucksachen"): one rule for the API, the import and the dashboard's form.
 */

/** A reference compared as the register's filter compares it: trimmed, ignoring case. */
export function councilPaperKey(reference: string): string {
  return reference.trim().toLocaleLowerCase('de');
}

/**
 * The list after an edit that replaces it: references and texts trimmed, empty texts null. An entry that leaves out
 * its title, date or url keeps the stored one of the paper with the same reference (as the spreadsheet carries
 * only references and links); null clears it.
 */
export function applyCouncilPapers(
  current: readonly CouncilPaper[],
  input: readonly CouncilPaperInput[],
): CouncilPaper[] {
  const stored = new Map(current.map((paper) => [councilPaperKey(paper.reference), paper]));
  return input.map((entry) => {
    const before = stored.get(councilPaperKey(entry.reference));
    const text = (value: string | null | undefined, kept: string | null | undefined) =>
      value === undefined ? (kept ?? null) : value === null || value.trim() === '' ? null : value.trim();
    return {
      reference: entry.reference.trim(),
      title: text(entry.title, before?.title),
      date: text(entry.date, before?.date),
      url: text(entry.url, before?.url),
    };
  });
}

export function sameCouncilPapers(a: readonly CouncilPaper[], b: readonly CouncilPaper[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (paper, index) =>
        paper.reference === b[index].reference &&
        paper.title === b[index].title &&
        paper.date === b[index].date &&
        paper.url === b[index].url,
    )
  );
}

/** What is wrong with a list of council papers, each problem naming its entry's field (`councilPapers.0.url`). */
export function councilPaperProblems(papers: readonly CouncilPaperInput[]): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, code: ProblemCode, params: Problem['params'] = {}) =>
    problems.push({ field, code, params });
  if (papers.length > COUNCIL_PAPER_LIMITS.perMeasure) {
    add('councilPapers', 'too_many_items', { max: COUNCIL_PAPER_LIMITS.perMeasure });
  }
  const seen = new Set<string>();
  papers.forEach((paper, index) => {
    const at = `councilPapers.${index}`;
    const reference = paper.reference?.trim() ?? '';
    if (reference === '') add(`${at}.reference`, 'required');
    else if ([...reference].length > COUNCIL_PAPER_LIMITS.reference) {
      add(`${at}.reference`, 'too_long', { max: COUNCIL_PAPER_LIMITS.reference });
    } else if (seen.has(councilPaperKey(reference))) add(`${at}.reference`, 'duplicate_items');
    seen.add(councilPaperKey(reference));
    if (paper.title && [...paper.title.trim()].length > COUNCIL_PAPER_LIMITS.title) {
      add(`${at}.title`, 'too_long', { max: COUNCIL_PAPER_LIMITS.title });
    }
    if (paper.date && !isIsoCalendarDate(paper.date)) add(`${at}.date`, 'invalid_date');
    if (paper.url && paper.url.trim() !== '') {
      if ([...paper.url.trim()].length > COUNCIL_PAPER_LIMITS.url) {
        add(`${at}.url`, 'too_long', { max: COUNCIL_PAPER_LIMITS.url });
      } else if (!isHttpUrl(paper.url.trim())) add(`${at}.url`, 'invalid_url');
    }
  });
  return problems;
}

/** Entries of the spreadsheet cell "Drucksachen" are separated by this (a line break is accepted too). */
export const COUNCIL_PAPER_CELL_SEPARATOR = '; ';

/** The spreadsheet cell: `21-1234 https://…; 21-2000` — each reference, a space and its link if it has one. */
export function councilPapersCell(papers: readonly CouncilPaper[]): string | null {
  if (papers.length === 0) return null;
  return papers
    .map((paper) => (paper.url ? `${paper.reference} ${paper.url}` : paper.reference))
    .join(COUNCIL_PAPER_CELL_SEPARATOR);
}

/**
 * Reads the cell back: entries separated by `;` or line breaks; in each, a last word starting with `http://` or
 * `https://` is the link and the rest the reference. Titles and dates are not in the cell: an entry names none, so
 * a paper already on the measure keeps its own (`applyCouncilPapers`), and a link left out clears nothing either.
 */
export function parseCouncilPapersCell(cell: string): CouncilPaperInput[] {
  return cell
    .split(/;|\r?\n/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const match = /^(.*?)\s+(https?:\/\/\S+)$/i.exec(entry);
      return match ? { reference: match[1].trim(), url: match[2] } : { reference: entry };
    });
}
