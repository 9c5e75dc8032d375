import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { WriteFailure, writeFailureOf } from '@leitbild-monitor/dashboard/measures/data-access';
import { apiProblems } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteData, failureReason } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { Indicator, Problem, UpdateIndicatorRequest } from '@leitbild-monitor/shared/contracts';
import { Observable, Subscription, firstValueFrom } from 'rxjs';
import {
  IndicatorDraft,
  IndicatorDraftField,
  createIndicatorRequestOf,
  differingIndicatorFields,
  indicatorDraftOf,
  indicatorPatchOf,
  rebaseIndicatorDraft,
} from './indicator-draft';
import { mayEditIndicator } from './indicator-permissions';
import { IndicatorsApiService } from './indicators-api.service';

/** The indicator the form builds on: `null` while creating. */
export type IndicatorFormLoad = RemoteData<Indicator | null> | { readonly status: 'not-found' };

/** After a 412: the fields someone else changed, and those of the user's changes nobody else touched. */
export interface IndicatorConflict {
  readonly version: number;
  readonly theirs: readonly IndicatorDraftField[];
  readonly mineOnly: readonly IndicatorDraftField[];
}

export type IndicatorSaveResult =
  | { readonly outcome: 'saved'; readonly indicator: Indicator; readonly savedKey: string }
  | { readonly outcome: 'unchanged' }
  /** Someone saved in between: the form shows `draft`, the user's changes on top of the current version. */
  | { readonly outcome: 'rebased'; readonly draft: IndicatorDraft }
  | { readonly outcome: 'failed'; readonly failure: WriteFailure; readonly problems: readonly Problem[] };

/**
 * State of the create and edit form of an indicator: the version it builds on, saving, and the rebase after a 412
 * (nothing the user typed is lost; the conflict names what the other person changed), as the measure form does.
 */
@Injectable()
export class IndicatorFormStore {
  private readonly api = inject(IndicatorsApiService);
  private readonly auth = inject(AuthService);
  private readonly current = signal<IndicatorFormLoad>({ status: 'loading' });
  private readonly currentConflict = signal<IndicatorConflict | null>(null);
  private readonly sending = signal(false);
  private request: Subscription | undefined;
  private currentId: string | null = null;

  readonly base = this.current.asReadonly();
  readonly conflict = this.currentConflict.asReadonly();
  readonly saving = this.sending.asReadonly();
  readonly indicator = computed(() => {
    const base = this.current();
    return base.status === 'loaded' ? base.value : null;
  });
  readonly mayEdit = computed(() => {
    const base = this.current();
    return base.status === 'loaded' && mayEditIndicator(this.auth.user(), base.value);
  });

  startCreating(): void {
    this.request?.unsubscribe();
    this.currentId = null;
    this.currentConflict.set(null);
    this.current.set({ status: 'loaded', value: null });
  }

  /** Loads the indicator and calls `loaded` with it, to fill the form. */
  load(id: string, loaded: (indicator: Indicator) => void): void {
    this.currentId = id;
    this.currentConflict.set(null);
    this.current.set({ status: 'loading' });
    this.request?.unsubscribe();
    this.request = this.api.get(id).subscribe({
      next: (indicator) => {
        this.current.set({ status: 'loaded', value: indicator });
        loaded(indicator);
      },
      error: (error: unknown) =>
        this.current.set(
          error instanceof HttpErrorResponse && error.status === 404
            ? { status: 'not-found' }
            : { status: 'failed', reason: failureReason(error) },
        ),
    });
  }

  retry(loaded: (indicator: Indicator) => void): void {
    if (this.currentId !== null && this.current().status !== 'loaded') this.load(this.currentId, loaded);
  }

  clearConflict(): void {
    this.currentConflict.set(null);
  }

  async save(draft: IndicatorDraft): Promise<IndicatorSaveResult> {
    if (this.sending()) return { outcome: 'unchanged' };
    const base = this.current();
    if (base.status !== 'loaded') return { outcome: 'failed', failure: 'not-found', problems: [] };
    if (base.value === null) {
      return this.send(() => this.api.create(createIndicatorRequestOf(draft)), 'indicators.saved.created');
    }
    const indicator = base.value;
    const patch = indicatorPatchOf(indicatorDraftOf(indicator), draft);
    if (Object.keys(patch).length === 0) return { outcome: 'unchanged' };
    return this.send(() => this.api.update(indicator.id, indicator.version, patch), 'indicators.saved.edited', patch);
  }

  private async send(
    request: () => Observable<Indicator>,
    savedKey: string,
    patch?: UpdateIndicatorRequest,
  ): Promise<IndicatorSaveResult> {
    this.sending.set(true);
    try {
      const indicator = await firstValueFrom(request());
      this.currentConflict.set(null);
      return { outcome: 'saved', indicator, savedKey };
    } catch (error) {
      const failure = writeFailureOf(error);
      if (failure === 'conflict' && patch) return await this.rebase(patch);
      return { outcome: 'failed', failure, problems: apiProblems(error) };
    } finally {
      this.sending.set(false);
    }
  }

  private async rebase(mine: UpdateIndicatorRequest): Promise<IndicatorSaveResult> {
    const base = this.current();
    if (base.status !== 'loaded' || base.value === null)
      return { outcome: 'failed', failure: 'conflict', problems: [] };
    let latest: Indicator;
    try {
      latest = await firstValueFrom(this.api.get(base.value.id));
    } catch (error) {
      return { outcome: 'failed', failure: writeFailureOf(error), problems: apiProblems(error) };
    }
    const server = indicatorDraftOf(latest);
    const theirs = differingIndicatorFields(indicatorDraftOf(base.value), server);
    const touched = new Set<IndicatorDraftField>(theirs);
    this.current.set({ status: 'loaded', value: latest });
    this.currentConflict.set({
      version: latest.version,
      theirs,
      mineOnly: (Object.keys(mine) as IndicatorDraftField[]).filter((field) => !touched.has(field)),
    });
    return { outcome: 'rebased', draft: rebaseIndicatorDraft(server, mine) };
  }
}
