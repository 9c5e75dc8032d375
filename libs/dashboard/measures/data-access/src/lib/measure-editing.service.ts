import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Actor,
  ChangeStatusRequest,
  CreateMeasureRequest,
  CreateReviewCommentRequest,
  FieldOfAction,
  HistoryEntry,
  MAX_PAGE_SIZE,
  Measure,
  Page,
  ProgressUpdateRequest,
  ReviewComment,
  StatusDefinition,
  UpdateMeasureRequest,
} from '@leitbild-monitor/shared/contracts';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/** The ETag the API gives a measure version (`"3"`), sent back as `If-Match` with every change. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

function ifMatch(version: number): { headers: HttpHeaders } {
  return { headers: new HttpHeaders({ 'If-Match': etagOf(version) }) };
}

/** Calls that read one measure and change it. Changes name the version they are based on (412 when stale). */
@Injectable({ providedIn: 'root' })
export class MeasureEditingService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(API_BASE_URL);
  private readonly url = `${this.api}/measures`;

  get(id: string): Observable<Measure> {
    return this.http.get<Measure>(`${this.url}/${encodeURIComponent(id)}`);
  }

  create(request: CreateMeasureRequest): Observable<Measure> {
    return this.http.post<Measure>(this.url, request);
  }

  /** Sends only the fields in `patch`; fails with 412 when the measure is no longer at `version`. */
  update(id: string, version: number, patch: UpdateMeasureRequest): Observable<Measure> {
    return this.http.patch<Measure>(`${this.url}/${encodeURIComponent(id)}`, patch, ifMatch(version));
  }

  changeStatus(id: string, version: number, request: ChangeStatusRequest): Observable<Measure> {
    return this.http.post<Measure>(`${this.url}/${encodeURIComponent(id)}/status`, request, ifMatch(version));
  }

  addProgressUpdate(id: string, version: number, request: ProgressUpdateRequest): Observable<Measure> {
    return this.http.post<Measure>(`${this.url}/${encodeURIComponent(id)}/progress`, request, ifMatch(version));
  }

  /** The newest 100 history entries, newest first (the API's largest page). */
  history(id: string): Observable<HistoryEntry[]> {
    return this.http
      .get<Page<HistoryEntry>>(`${this.url}/${encodeURIComponent(id)}/history`, {
        params: { limit: MAX_PAGE_SIZE },
      })
      .pipe(map((page) => page.items));
  }

  statuses(): Observable<StatusDefinition[]> {
    return this.http.get<StatusDefinition[]>(`${this.url}/statuses`);
  }

  /** The council's review comments, newest first. */
  comments(measureId: string): Observable<ReviewComment[]> {
    return this.http
      .get<Page<ReviewComment>>(`${this.url}/${encodeURIComponent(measureId)}/comments`, {
        params: { limit: MAX_PAGE_SIZE },
      })
      .pipe(map((page) => page.items));
  }

  addComment(measureId: string, text: string): Observable<ReviewComment> {
    const body: CreateReviewCommentRequest = { text };
    return this.http.post<ReviewComment>(`${this.url}/${encodeURIComponent(measureId)}/comments`, body);
  }

  editComment(measureId: string, commentId: string, text: string): Observable<ReviewComment> {
    const body: CreateReviewCommentRequest = { text };
    return this.http.patch<ReviewComment>(
      `${this.url}/${encodeURIComponent(measureId)}/comments/${encodeURIComponent(commentId)}`,
      body,
    );
  }

  fieldsOfAction(): Observable<FieldOfAction[]> {
    return this.http
      .get<Page<FieldOfAction>>(`${this.api}/fields-of-action`, { params: { limit: MAX_PAGE_SIZE } })
      .pipe(map((page) => [...page.items].sort((a, b) => a.position - b.position)));
  }

  actors(): Observable<Actor[]> {
    return this.http
      .get<Page<Actor>>(`${this.api}/actors`, { params: { limit: MAX_PAGE_SIZE } })
      .pipe(map((page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'de'))));
  }
}
