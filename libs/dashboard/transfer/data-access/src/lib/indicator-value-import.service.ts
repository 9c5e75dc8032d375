import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { ImportMode, IndicatorValueImportResult } from '@leitbild-monitor/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ImportFailure, checkImportFile, importOutcomeOf } from './measure-import.service';

export type IndicatorValueImportOutcome =
  | { ok: true; result: IndicatorValueImportResult }
  | { ok: false; failure: ImportFailure };

/**
 * The import of indicator values (code, date, value, note): the same two steps as the measure import — a dry run
 * that writes nothing, then the commit of the same file, all or nothing — with the same checks before sending and
 * the same reading of the API's refusals.
 */
@Injectable({ providedIn: 'root' })
export class IndicatorValueImportService {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/indicators/values/import`;

  async upload(file: File, mode: ImportMode): Promise<IndicatorValueImportOutcome> {
    const local = checkImportFile(file);
    if (local) return { ok: false, failure: local };
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const result = await firstValueFrom(
        this.http.post<IndicatorValueImportResult>(this.url, body, { params: { mode } }),
      );
      return { ok: true, result };
    } catch (error) {
      const outcome = importOutcomeOf(error);
      // A commit refused for errors (422) carries the row-by-row result, in this import's shape.
      return outcome.ok ? { ok: true, result: outcome.result as unknown as IndicatorValueImportResult } : outcome;
    }
  }
}
