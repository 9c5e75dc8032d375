import { HttpErrorResponse } from '@angular/common/http';
import { Signal, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';

/** Why a request failed, as far as the reader can act on it. */
export type FailureReason = 'sign-in-required' | 'unavailable';

/** What the dashboard knows about data it requested from the API. */
export type RemoteData<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly reason: FailureReason };

export function failureReason(error: unknown): FailureReason {
  return error instanceof HttpErrorResponse && error.status === 401 ? 'sign-in-required' : 'unavailable';
}

/**
 * One API resource behind a signal. A reload keeps the loaded value visible until the new one
 * arrives, and a newer request cancels an older one still in flight.
 */
export class RemoteResource<T> {
  private readonly current = signal<RemoteData<T>>({ status: 'loading' });
  private inFlight: Subscription | undefined;

  readonly state: Signal<RemoteData<T>> = this.current.asReadonly();

  constructor(private readonly request: () => Observable<T>) {}

  /** Requests the resource unless it is loaded or on its way. */
  ensureLoaded(): void {
    if (this.inFlight === undefined || this.current().status === 'failed') {
      this.reload();
    }
  }

  /**
   * Requests the resource again unless a request is already on its way: that one's answer is as fresh, and the
   * server is not asked the same twice (a page load and its first navigation both ask for the header's count).
   */
  refresh(): void {
    if (this.inFlight === undefined || this.inFlight.closed) this.reload();
  }

  reload(): void {
    this.inFlight?.unsubscribe();
    if (this.current().status === 'failed') {
      this.current.set({ status: 'loading' });
    }
    this.inFlight = this.request().subscribe({
      next: (value) => this.current.set({ status: 'loaded', value }),
      error: (error: unknown) => this.current.set({ status: 'failed', reason: failureReason(error) }),
    });
  }
}
