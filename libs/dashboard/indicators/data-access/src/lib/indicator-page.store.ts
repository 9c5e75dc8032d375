import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { WriteFailure, writeFailureOf } from '@leitbild-monitor/dashboard/measures/data-access';
import { apiProblems } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteData, RemoteResource, failureReason } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import {
  Indicator,
  IndicatorHistoryEntry,
  Problem,
  PutIndicatorGoalRequest,
  PutIndicatorValueRequest,
  UpdateIndicatorRequest,
} from '@leitbild-monitor/shared/contracts';
import { Observable, Subscription, firstValueFrom, of } from 'rxjs';
import { IndicatorsApiService } from './indicators-api.service';
import { mayEditIndicator } from './indicator-permissions';

/** The indicator itself; like a measure it can be missing (unknown id). */
export type IndicatorLoad = RemoteData<Indicator> | { readonly status: 'not-found' };

export type IndicatorWriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly failure: WriteFailure; readonly problems: readonly Problem[] };

/**
 * State of one indicator page: the indicator with its values, goals and linked measures, its history, and the
 * changes made from there. Every change names the loaded version; after a 412 the page loads the current one, so
 * the user sees what someone else saved before deciding again (as on the measure page).
 */
@Injectable()
export class IndicatorPageStore {
  private readonly api = inject(IndicatorsApiService);
  private readonly auth = inject(AuthService);
  private readonly currentId = signal<string | null>(null);
  private readonly current = signal<IndicatorLoad>({ status: 'loading' });
  private request: Subscription | undefined;
  private readonly historyResource = new RemoteResource<IndicatorHistoryEntry[]>(() => {
    const id = this.currentId();
    return id === null ? of([]) : this.api.history(id);
  });

  readonly indicator = this.current.asReadonly();
  readonly history = this.historyResource.state;
  readonly mayEdit = computed(() => {
    const indicator = this.current();
    return indicator.status === 'loaded' && mayEditIndicator(this.auth.user(), indicator.value);
  });

  load(id: string): void {
    this.currentId.set(id);
    this.current.set({ status: 'loading' });
    this.reloadIndicator();
    this.historyResource.reload();
  }

  /** After a failed load: tries everything that failed again. */
  retry(): void {
    if (this.current().status !== 'loaded') {
      this.current.set({ status: 'loading' });
      this.reloadIndicator();
    }
    this.historyResource.ensureLoaded();
  }

  /** Enters a value for a date, or corrects the one there (the old one stays in the history). */
  putValue(date: string, request: PutIndicatorValueRequest): Promise<IndicatorWriteResult> {
    return this.write((id, version) => this.api.putValue(id, version, date, request));
  }

  deleteValue(date: string): Promise<IndicatorWriteResult> {
    return this.write((id, version) => this.api.deleteValue(id, version, date));
  }

  putGoal(date: string, request: PutIndicatorGoalRequest): Promise<IndicatorWriteResult> {
    return this.write((id, version) => this.api.putGoal(id, version, date, request));
  }

  deleteGoal(date: string): Promise<IndicatorWriteResult> {
    return this.write((id, version) => this.api.deleteGoal(id, version, date));
  }

  /** Changes fields of the indicator itself, e.g. the baseline or the linked measures. */
  update(patch: UpdateIndicatorRequest): Promise<IndicatorWriteResult> {
    return this.write((id, version) => this.api.update(id, version, patch));
  }

  private async write(send: (id: string, version: number) => Observable<Indicator>): Promise<IndicatorWriteResult> {
    const indicator = this.current();
    if (indicator.status !== 'loaded') return { ok: false, failure: 'not-found', problems: [] };
    try {
      const saved = await firstValueFrom(send(indicator.value.id, indicator.value.version));
      this.current.set({ status: 'loaded', value: saved });
      this.historyResource.reload();
      return { ok: true };
    } catch (error) {
      const failure = writeFailureOf(error);
      if (failure === 'conflict') {
        this.reloadIndicator();
        this.historyResource.reload();
      }
      return { ok: false, failure, problems: apiProblems(error) };
    }
  }

  private reloadIndicator(): void {
    const id = this.currentId();
    if (id === null) return;
    this.request?.unsubscribe();
    this.request = this.api.get(id).subscribe({
      next: (value) => this.current.set({ status: 'loaded', value }),
      error: (error: unknown) =>
        this.current.set(
          error instanceof HttpErrorResponse && error.status === 404
            ? { status: 'not-found' }
            : { status: 'failed', reason: failureReason(error) },
        ),
    });
  }
}
