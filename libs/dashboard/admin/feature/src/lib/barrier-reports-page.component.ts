import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LegalPagesService } from '@leitbild-monitor/dashboard/legal/data-access';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { RemoteData, failureReason } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { BarrierReport, Page } from '@leitbild-monitor/shared/contracts';

/** `/admin/barrier-reports`: the barrier reports sent through the public form, newest first, for administrators. */
@Component({
  selector: 'lbm-barrier-reports-page',
  imports: [DatePipe, TranslocoPipe, RemoteDataStatusComponent],
  template: `
    <h1>{{ 'legal.admin.reportsTitle' | transloco }}</h1>
    @let reports = state();
    @if (reports.status === 'loaded') {
      @let list = reports.value;
      @if (list.items.length === 0) {
        <p data-testid="barrier-reports-empty">{{ 'legal.admin.reportsEmpty' | transloco }}</p>
      } @else {
        <div class="table-scroll" role="region" aria-labelledby="barrier-reports-caption" tabindex="0">
          <table class="data-table" data-testid="barrier-reports">
            <caption id="barrier-reports-caption">
              {{
                'legal.admin.reportsCaption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'legal.admin.receivedAt' | transloco }}</th>
                <th scope="col">{{ 'legal.admin.message' | transloco }}</th>
                <th scope="col">{{ 'legal.admin.reportPage' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (report of list.items; track report.id) {
                <tr>
                  <td>{{ report.createdAt | date: 'medium' : undefined : locale() }}</td>
                  <td class="report-message">{{ report.message }}</td>
                  <td>{{ report.page ?? '–' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <div class="actions">
          @if (list.page > 1) {
            <button type="button" class="button" (click)="go(list.page - 1)">
              {{ 'legal.admin.previous' | transloco }}
            </button>
          }
          @if (list.page * list.limit < list.total) {
            <button type="button" class="button" (click)="go(list.page + 1)">
              {{ 'legal.admin.next' | transloco }}
            </button>
          }
        </div>
      }
    } @else {
      <lbm-remote-data-status [state]="reports" (retry)="go(page())" />
    }
  `,
  styleUrls: ['./admin-forms.css'],
  styles: `
    .report-message {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      min-width: 16rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarrierReportsPageComponent implements OnInit {
  private readonly pages = inject(LegalPagesService);
  protected readonly locale = inject(LanguageService).language;
  protected readonly state = signal<RemoteData<Page<BarrierReport>>>({ status: 'loading' });
  protected readonly page = signal(1);

  ngOnInit(): void {
    this.go(1);
  }

  protected go(page: number): void {
    this.page.set(page);
    this.pages.reports(page).subscribe({
      next: (value) => this.state.set({ status: 'loaded', value }),
      error: (error: unknown) => this.state.set({ status: 'failed', reason: failureReason(error) }),
    });
  }
}
