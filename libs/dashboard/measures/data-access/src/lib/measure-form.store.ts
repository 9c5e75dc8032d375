import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { apiProblems } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteData, failureReason } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { Measure, Problem, UpdateMeasureRequest } from '@leitbild-monitor/shared/contracts';
import { Observable, Subscription, firstValueFrom } from 'rxjs';
import {
  EditableField,
  MeasureDraft,
  ServerChange,
  changedFields,
  createRequestOf,
  draftOf,
  rebase,
  serverChanges,
} from './measure-draft';
import { MeasureEditingService } from './measure-editing.service';
import { mayEditMeasure } from './measure-permissions';
import { WriteFailure, writeFailureOf } from './write-failure';

/** The measure the form builds on: `null` while creating; like the measure page's, it can be missing. */
export type MeasureFormLoad = RemoteData<Measure | null> | { readonly status: 'not-found' };

/** What the conflict panel shows after a 412: the server's changes and the version the form now builds on. */
export interface MeasureConflict {
  readonly version: number;
  readonly changes: readonly ServerChange[];
  /** Fields the user changed that nobody else touched. */
  readonly otherFields: readonly EditableField[];
}

export type MeasureSaveResult =
  | { readonly outcome: 'saved'; readonly measure: Measure; readonly savedKey: string }
  | { readonly outcome: 'unchanged' }
  /** Someone saved in between: the form shows `draft`, the user's changes on top of the current version. */
  | { readonly outcome: 'rebased'; readonly draft: MeasureDraft }
  | { readonly outcome: 'failed'; readonly failure: WriteFailure; readonly problems: readonly Problem[] };

/**
 * State of the create and edit form of a measure: the version the form builds on, saving, and the rebase after
 * a 412. The page keeps the form itself, its checks and where the focus goes.
 */
@Injectable()
export class MeasureFormStore {
  private readonly api = inject(MeasureEditingService);
  private readonly auth = inject(AuthService);
  private readonly current = signal<MeasureFormLoad>({ status: 'loading' });
  private readonly currentConflict = signal<MeasureConflict | null>(null);
  private readonly sending = signal(false);
  private request: Subscription | undefined;
  private currentId: string | null = null;

  /** The measure being edited as last loaded from the API: the version every PATCH names. */
  readonly base = this.current.asReadonly();
  readonly conflict = this.currentConflict.asReadonly();
  readonly saving = this.sending.asReadonly();
  /** Creating, or editing a measure this user is responsible for. */
  readonly mayEdit = computed(() => {
    const base = this.current();
    return base.status === 'loaded' && mayEditMeasure(this.auth.user(), base.value);
  });
  /** The loaded measure, or null while creating or loading. */
  readonly measure = computed(() => {
    const base = this.current();
    return base.status === 'loaded' ? base.value : null;
  });

  /** `/measures/new`: the form starts empty. */
  startCreating(): void {
    this.request?.unsubscribe();
    this.currentId = null;
    this.currentConflict.set(null);
    this.current.set({ status: 'loaded', value: null });
  }

  /** `/measures/:id/edit`: calls `loaded` with the measure once it is there, to fill the form. */
  load(id: string, loaded: (measure: Measure) => void): void {
    this.currentId = id;
    this.currentConflict.set(null);
    this.current.set({ status: 'loading' });
    this.request?.unsubscribe();
    this.request = this.api.get(id).subscribe({
      next: (measure) => {
        this.current.set({ status: 'loaded', value: measure });
        loaded(measure);
      },
      error: (error: unknown) =>
        this.current.set(
          error instanceof HttpErrorResponse && error.status === 404
            ? { status: 'not-found' }
            : { status: 'failed', reason: failureReason(error) },
        ),
    });
  }

  /** After a failed load: tries again. */
  retry(loaded: (measure: Measure) => void): void {
    if (this.currentId !== null && this.current().status !== 'loaded') this.load(this.currentId, loaded);
  }

  /** After a conflict the user chose the saved state: the panel closes. */
  clearConflict(): void {
    this.currentConflict.set(null);
  }

  /**
   * Creates the measure, or sends the fields that differ from the loaded version. A 412 does not fail: the
   * store loads the current version, builds the user's changes on it and says what the other person changed.
   */
  async save(draft: MeasureDraft): Promise<MeasureSaveResult> {
    if (this.sending()) return { outcome: 'unchanged' };
    const base = this.current();
    if (base.status !== 'loaded') return { outcome: 'failed', failure: 'not-found', problems: [] };
    if (base.value === null) {
      return this.send(() => this.api.create(createRequestOf(draft)), 'measure.saved.created');
    }
    const measure = base.value;
    const patch = changedFields(draftOf(measure), draft);
    if (Object.keys(patch).length === 0) return { outcome: 'unchanged' };
    return this.send(() => this.api.update(measure.id, measure.version, patch), 'measure.saved.edited', patch);
  }

  private async send(
    request: () => Observable<Measure>,
    savedKey: string,
    patch?: UpdateMeasureRequest,
  ): Promise<MeasureSaveResult> {
    this.sending.set(true);
    try {
      const measure = await firstValueFrom(request());
      this.currentConflict.set(null);
      return { outcome: 'saved', measure, savedKey };
    } catch (error) {
      const failure = writeFailureOf(error);
      if (failure === 'conflict' && patch) return await this.rebase(patch);
      return { outcome: 'failed', failure, problems: apiProblems(error) };
    } finally {
      this.sending.set(false);
    }
  }

  /**
   * Someone saved in between (412). Nothing the user typed is lost: the form now builds on the current version,
   * with the user's changes on top, and the conflict says what the other person changed.
   */
  private async rebase(mine: UpdateMeasureRequest): Promise<MeasureSaveResult> {
    const base = this.current();
    if (base.status !== 'loaded' || base.value === null)
      return { outcome: 'failed', failure: 'conflict', problems: [] };
    let current: Measure;
    try {
      current = await firstValueFrom(this.api.get(base.value.id));
    } catch (error) {
      const failure = error instanceof HttpErrorResponse ? writeFailureOf(error) : 'unavailable';
      return { outcome: 'failed', failure, problems: apiProblems(error) };
    }
    const server = draftOf(current);
    const changes = serverChanges(draftOf(base.value), server, mine);
    const touched = new Set(changes.map((change) => change.field));
    this.current.set({ status: 'loaded', value: current });
    this.currentConflict.set({
      version: current.version,
      changes,
      otherFields: (Object.keys(mine) as EditableField[]).filter((field) => !touched.has(field)),
    });
    return { outcome: 'rebased', draft: rebase(server, mine) };
  }
}
