import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  IMPORT_FILE_TYPES,
  ImportFailure,
  ImportProgress,
  MeasureImportService,
  checkImportFile,
} from '@leitbild-monitor/dashboard/transfer/data-access';
import {
  ExportLinksComponent,
  ImportErrorsComponent,
  ImportFailureComponent,
} from '@leitbild-monitor/dashboard/transfer/ui';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import {
  EXPORT_FORMATS,
  IMPORT_MAX_BYTES,
  ImportMode,
  ImportResult,
  ImportRowOutcome,
  TRANSFER_COLUMNS,
  TRANSFER_LIST_SEPARATOR,
  TRANSFER_REQUIRED_FOR_CREATE,
} from '@leitbild-monitor/shared/contracts';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';

type Phase = 'idle' | 'checking' | 'checked' | 'committing' | 'committed';

/** Ids of the elements the page moves the focus to, so that the outcome of each step is read out. */
const FOCUS = {
  file: 'import-file',
  failure: 'import-failure',
  errors: 'import-error-summary',
  checked: 'import-checked',
  committed: 'import-committed',
} as const;

/**
 * `/measures/import` for editors and administrators: choose a .csv or .xlsx file, check it in a dry run that
 * writes nothing, read the preview row by row and every error with row and column, and only then import it.
 * The commit sends the same file again; the API applies it all or nothing.
 */
@Component({
  selector: 'lbm-measure-import-page',
  imports: [
    DecimalPipe,
    RouterLink,
    TranslocoPipe,
    ExportLinksComponent,
    ImportErrorsComponent,
    ImportFailureComponent,
  ],
  templateUrl: './measure-import-page.component.html',
  styleUrl: './measure-import-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureImportPageComponent {
  private readonly imports = inject(MeasureImportService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly locale = inject(LanguageService).language;
  protected readonly ids = FOCUS;
  protected readonly accept = [
    ...IMPORT_FILE_TYPES,
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ].join(',');
  protected readonly maxMegabytes = IMPORT_MAX_BYTES / (1024 * 1024);
  /** The columns of the format, from the contract the API reads files with. */
  protected readonly columns = TRANSFER_COLUMNS.map((column) => ({
    header: column.header,
    required: TRANSFER_REQUIRED_FOR_CREATE.includes(column.key),
  }));
  protected readonly listSeparator = TRANSFER_LIST_SEPARATOR.trim();
  protected readonly templateFormats = EXPORT_FORMATS.filter((format) => format !== 'json');
  protected readonly exportUrl = `${inject(API_BASE_URL)}/measures/export`;

  protected readonly file = signal<File | null>(null);
  protected readonly missingFile = signal(false);
  protected readonly phase = signal<Phase>('idle');
  protected readonly failure = signal<ImportFailure | null>(null);
  protected readonly result = signal<ImportResult | null>(null);

  /** How far the API is with the file (rows checked or written), while it works on it. */
  protected readonly progress = signal<ImportProgress | null>(null);
  /** What the polite live region says: the progress at each quarter only, not at every poll. */
  protected readonly announcedProgress = signal<ImportProgress | null>(null);

  protected readonly busy = computed(() => this.phase() === 'checking' || this.phase() === 'committing');
  /** The commit is offered only for a checked file without a single error that creates or changes something. */
  protected readonly mayCommit = computed(() => {
    const result = this.result();
    return (
      this.phase() === 'checked' && result !== null && result.errorCount === 0 && result.created + result.updated > 0
    );
  });
  /** The rows that change a measure (or would, but for an error), each with its old and new cell values. */
  protected readonly changedRows = computed(() => this.result()?.rows.filter((row) => row.changes.length > 0) ?? []);

  /** The changed columns as the file names them (the status note has no field name of its own elsewhere). */
  protected changedColumns(row: ImportRowOutcome): string {
    return (row.changes.length > 0 ? row.changes.map((change) => change.column) : row.changedFields).join(', ');
  }

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    // A new file invalidates the preview of the old one: its commit must be checked first.
    this.file.set(file);
    this.missingFile.set(false);
    this.result.set(null);
    this.phase.set('idle');
    this.failure.set(file ? checkImportFile(file) : null);
  }

  protected async check(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const file = this.file();
    if (!file) {
      this.missingFile.set(true);
      this.focus(FOCUS.file);
      return;
    }
    await this.send(file, 'dry-run');
  }

  protected async commit(): Promise<void> {
    const file = this.file();
    if (!file || !this.mayCommit() || this.busy()) return;
    await this.send(file, 'commit');
  }

  private async send(file: File, mode: ImportMode): Promise<void> {
    this.failure.set(null);
    this.phase.set(mode === 'commit' ? 'committing' : 'checking');
    this.progress.set(null);
    this.announcedProgress.set(null);
    const outcome = await this.imports.upload(file, mode, (progress) => this.showProgress(progress));
    this.progress.set(null);
    this.announcedProgress.set(null);
    if (!outcome.ok) {
      this.phase.set(mode === 'commit' ? 'checked' : 'idle');
      if (mode === 'dry-run') this.result.set(null);
      this.failure.set(outcome.failure);
      this.focus(FOCUS.failure);
      return;
    }
    const result = outcome.result;
    this.result.set(result);
    // A commit refused with errors (the data changed since the dry run) shows them like a dry run does.
    const committed = mode === 'commit' && result.errorCount === 0;
    this.phase.set(committed ? 'committed' : 'checked');
    this.focus(committed ? FOCUS.committed : result.errorCount > 0 ? FOCUS.errors : FOCUS.checked);
  }

  private showProgress(progress: ImportProgress): void {
    this.progress.set(progress);
    const quarter = (value: ImportProgress | null) =>
      value && value.rowsTotal > 0 ? Math.floor((4 * value.rowsDone) / value.rowsTotal) : -1;
    if (quarter(progress) > quarter(this.announcedProgress())) this.announcedProgress.set(progress);
  }

  private focus(id: string): void {
    afterNextRender({ write: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
