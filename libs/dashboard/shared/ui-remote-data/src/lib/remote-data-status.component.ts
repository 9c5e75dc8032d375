import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { RemoteData } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/** Announces loading and failure of a request; renders nothing once the data is there. */
@Component({
  selector: 'lbm-remote-data-status',
  imports: [TranslocoPipe],
  templateUrl: './remote-data-status.component.html',
  styleUrl: './remote-data-status.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RemoteDataStatusComponent {
  readonly state = input.required<RemoteData<unknown>>();
  readonly retry = output();

  protected readonly failure = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.reason : undefined;
  });
}
