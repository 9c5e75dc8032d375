import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ProblemText, apiProblems, problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { IMPORT_MAX_BYTES, ImportJob, ImportMode, ImportResult } from '@leitbild-monitor/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/** File endings the import reads; everything else is refused before it is sent. */
export const IMPORT_FILE_TYPES = ['.csv', '.xlsx'] as const;

/** Why an upload brought no result, in terms the page can explain. */
export type ImportFailure =
  /** The file is larger than the API accepts (checked before sending, and the API's 413). */
  | { kind: 'too-large'; maxBytes: number }
  /** Not a .csv or .xlsx file (checked before sending, and the API's 415). */
  | { kind: 'unsupported-type' }
  /** The API could not read the file at all (400), with its problems in the words of the translations. */
  | { kind: 'unreadable'; problems: ProblemText[] }
  /**
   * The API refused the file for a limit other than its size (413: too many rows or columns, a workbook that
   * unpacks to too much) or refused the upload for now (429: an import of the same user still runs).
   */
  | { kind: 'refused'; problems: ProblemText[] }
  | { kind: 'forbidden' }
  | { kind: 'sign-in-required' }
  | { kind: 'unavailable' };

/** What an upload answered: the result (dry run, commit, or a commit refused for errors — 422) or a failure. */
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; failure: ImportFailure };

/** How many rows of how many the API has checked or written so far. */
export interface ImportProgress {
  rowsDone: number;
  rowsTotal: number;
}

/** How often the page asks a running import job how far it is. */
export const IMPORT_POLL_MS = 500;

/** A check the dashboard can make before sending: size and file ending. */
export function checkImportFile(file: Pick<File, 'name' | 'size'>): ImportFailure | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_FILE_TYPES.some((ending) => name.endsWith(ending))) {
    return { kind: 'unsupported-type' };
  }
  return file.size > IMPORT_MAX_BYTES ? { kind: 'too-large', maxBytes: IMPORT_MAX_BYTES } : null;
}

function isImportResult(body: unknown): body is ImportResult {
  const candidate = body as Partial<ImportResult> | null;
  return !!candidate && Array.isArray(candidate.errors) && Array.isArray(candidate.rows);
}

/** Reads an upload's failure: a commit with errors (422) still carries the row-by-row result. */
export function importOutcomeOf(error: unknown): ImportOutcome {
  if (!(error instanceof HttpErrorResponse)) {
    return { ok: false, failure: { kind: 'unavailable' } };
  }
  if (error.status === 422 && isImportResult(error.error)) {
    return { ok: true, result: error.error };
  }
  switch (error.status) {
    case 413:
      return { ok: false, failure: tooLarge(error) };
    case 429:
      return { ok: false, failure: { kind: 'refused', problems: apiProblems(error).map(problemText) } };
    case 415:
      return { ok: false, failure: { kind: 'unsupported-type' } };
    case 400:
      return { ok: false, failure: { kind: 'unreadable', problems: apiProblems(error).map(problemText) } };
    case 401:
      return { ok: false, failure: { kind: 'sign-in-required' } };
    case 403:
      return { ok: false, failure: { kind: 'forbidden' } };
    default:
      return { ok: false, failure: { kind: 'unavailable' } };
  }
}

/** A 413 for the file's size names the size limit; one for its rows, columns or unpacked size says which. */
function tooLarge(error: HttpErrorResponse): ImportFailure {
  const problems = apiProblems(error);
  const bySize = problems.every(
    (problem) =>
      problem.code === 'payload_too_large' && (problem.params['max'] ?? IMPORT_MAX_BYTES) === IMPORT_MAX_BYTES,
  );
  return bySize
    ? { kind: 'too-large', maxBytes: IMPORT_MAX_BYTES }
    : { kind: 'refused', problems: problems.map(problemText) };
}

/**
 * The measure import: the same file goes up twice, first as a dry run that writes nothing, then as the commit,
 * which the API applies all or nothing. The CSRF header is added by Angular's XSRF interceptor (app config).
 */
@Injectable({ providedIn: 'root' })
export class MeasureImportService {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/measures/import`;

  private readonly jobsUrl = `${inject(API_BASE_URL)}/imports`;

  /**
   * Sends the file with `Prefer: respond-async`: the API answers at once with a job (202) and the page polls it,
   * hearing how many rows are done; an API that answers synchronously (200/422) is taken as it is.
   */
  async upload(file: File, mode: ImportMode, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome> {
    const local = checkImportFile(file);
    if (local) return { ok: false, failure: local };
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const response = await firstValueFrom(
        this.http.post<ImportResult | ImportJob>(this.url, body, {
          params: { mode },
          headers: new HttpHeaders({ Prefer: 'respond-async' }),
          observe: 'response',
        }),
      );
      if (response.status !== 202) return { ok: true, result: response.body as ImportResult };
      return await this.follow(response.body as ImportJob, onProgress);
    } catch (error) {
      return importOutcomeOf(error);
    }
  }

  /** Polls the job until it ends; its end is read as the synchronous answer would have been. */
  private async follow(job: ImportJob, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome> {
    let current = job;
    while (current.state === 'queued' || current.state === 'running') {
      onProgress?.({ rowsDone: current.rowsDone, rowsTotal: current.rowsTotal });
      await new Promise((resolve) => setTimeout(resolve, IMPORT_POLL_MS));
      current = await firstValueFrom(this.http.get<ImportJob>(`${this.jobsUrl}/${encodeURIComponent(job.id)}`));
    }
    if (current.state === 'done' && current.result) {
      onProgress?.({ rowsDone: current.rowsTotal, rowsTotal: current.rowsTotal });
      return { ok: true, result: current.result };
    }
    return importOutcomeOf(
      new HttpErrorResponse({ status: current.statusCode ?? 500, error: current.error, url: this.url }),
    );
  }
}
