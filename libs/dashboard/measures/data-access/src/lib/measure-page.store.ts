import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { RemoteData, RemoteResource, failureReason } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { apiProblems } from '@leitbild-monitor/dashboard/shared/util-i18n';
import {
  ChangeStatusRequest,
  HistoryEntry,
  Measure,
  Problem,
  ProgressUpdateRequest,
  ReviewComment,
} from '@leitbild-monitor/shared/contracts';
import { Subscription, firstValueFrom, of } from 'rxjs';
import { MeasureEditingService } from './measure-editing.service';
import { mayEditMeasure, mayWriteReviewComments } from './measure-permissions';
import { WriteFailure, writeFailureOf } from './write-failure';

/** The measure itself; unlike other resources it can be missing (unknown id, or not visible). */
export type MeasureLoad = RemoteData<Measure> | { readonly status: 'not-found' };

export type WriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly failure: WriteFailure; readonly problems: readonly Problem[] };

/** State of one measure page: the measure, its history and review comments, and the changes made from there. */
@Injectable()
export class MeasurePageStore {
  private readonly api = inject(MeasureEditingService);
  private readonly auth = inject(AuthService);
  private readonly currentId = signal<string | null>(null);
  private readonly currentMeasure = signal<MeasureLoad>({ status: 'loading' });
  private measureRequest: Subscription | undefined;
  private readonly historyResource = new RemoteResource<HistoryEntry[]>(() => {
    const id = this.currentId();
    return id === null ? of([]) : this.api.history(id);
  });
  private readonly commentsResource = new RemoteResource<ReviewComment[]>(() => {
    const id = this.currentId();
    return id === null ? of([]) : this.api.comments(id);
  });

  readonly measure = this.currentMeasure.asReadonly();
  readonly history = this.historyResource.state;
  readonly comments = this.commentsResource.state;
  readonly mayEdit = computed(() => {
    const measure = this.currentMeasure();
    return measure.status === 'loaded' && mayEditMeasure(this.auth.user(), measure.value);
  });
  readonly mayComment = computed(() => mayWriteReviewComments(this.auth.user()));

  load(id: string): void {
    this.currentId.set(id);
    this.currentMeasure.set({ status: 'loading' });
    this.reloadMeasure();
    this.historyResource.reload();
    this.commentsResource.reload();
  }

  /** After a failed load: tries everything that failed again. */
  retry(): void {
    if (this.currentMeasure().status !== 'loaded') {
      this.currentMeasure.set({ status: 'loading' });
      this.reloadMeasure();
    }
    this.historyResource.ensureLoaded();
    this.commentsResource.ensureLoaded();
  }

  changeStatus(request: ChangeStatusRequest): Promise<WriteResult> {
    return this.write((id, version) => this.api.changeStatus(id, version, request));
  }

  addProgressUpdate(request: ProgressUpdateRequest): Promise<WriteResult> {
    return this.write((id, version) => this.api.addProgressUpdate(id, version, request));
  }

  async addComment(text: string): Promise<WriteResult> {
    const id = this.currentId();
    if (id === null) return { ok: false, failure: 'not-found', problems: [] };
    try {
      await firstValueFrom(this.api.addComment(id, text));
      this.commentsResource.reload();
      return { ok: true };
    } catch (error) {
      return failed(error);
    }
  }

  async editComment(commentId: string, text: string): Promise<WriteResult> {
    const id = this.currentId();
    if (id === null) return { ok: false, failure: 'not-found', problems: [] };
    try {
      await firstValueFrom(this.api.editComment(id, commentId, text));
      this.commentsResource.reload();
      return { ok: true };
    } catch (error) {
      return failed(error);
    }
  }

  /**
   * A change based on the loaded version. Saved: the page shows the answer and the new history entry.
   * Stale (412): the page reloads, so the user sees what someone else saved before deciding again.
   */
  private async write(
    send: (id: string, version: number) => ReturnType<MeasureEditingService['changeStatus']>,
  ): Promise<WriteResult> {
    const measure = this.currentMeasure();
    if (measure.status !== 'loaded') return { ok: false, failure: 'not-found', problems: [] };
    try {
      const saved = await firstValueFrom(send(measure.value.id, measure.value.version));
      this.currentMeasure.set({ status: 'loaded', value: saved });
      this.historyResource.reload();
      return { ok: true };
    } catch (error) {
      const result = failed(error);
      if (result.failure === 'conflict' || result.failure === 'illegal-transition') {
        this.reloadMeasure();
        this.historyResource.reload();
      }
      return result;
    }
  }

  private reloadMeasure(): void {
    const id = this.currentId();
    if (id === null) return;
    this.measureRequest?.unsubscribe();
    this.measureRequest = this.api.get(id).subscribe({
      next: (value) => this.currentMeasure.set({ status: 'loaded', value }),
      error: (error: unknown) =>
        this.currentMeasure.set(
          error instanceof HttpErrorResponse && error.status === 404
            ? { status: 'not-found' }
            : { status: 'failed', reason: failureReason(error) },
        ),
    });
  }
}

function failed(error: unknown): WriteResult & { ok: false } {
  return { ok: false, failure: writeFailureOf(error), problems: apiProblems(error) };
}
