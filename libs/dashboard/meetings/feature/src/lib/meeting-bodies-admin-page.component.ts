import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MeetingsApiService } from '@leitbild-monitor/dashboard/meetings/data-access';
import { FORM_FIELD, FieldMessage } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { apiProblems, problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { MEETING_BODY_NAME_MAX, MeetingBody, Problem } from '@leitbild-monitor/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** A name as the API checks it: required and at most `MEETING_BODY_NAME_MAX` characters. */
function nameErrors(name: string): FieldMessage[] {
  const trimmed = name.trim();
  if (trimmed === '') return [{ key: 'problems.required' }];
  if ([...trimmed].length > MEETING_BODY_NAME_MAX) {
    return [{ key: 'problems.too_long', params: { max: MEETING_BODY_NAME_MAX } }];
  }
  return [];
}

/**
 * `/admin/meeting-bodies` (administrators): the bodies that hold meetings — listed with how many meetings name
 * them, added, renamed and deleted. A body named by meetings cannot be deleted; the page says why and what to do.
 */
@Component({
  selector: 'lbm-meeting-bodies-admin-page',
  imports: [FormsModule, RouterLink, TranslocoPipe, RemoteDataStatusComponent, FORM_FIELD],
  templateUrl: './meeting-bodies-admin-page.component.html',
  styleUrl: './meetings.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingBodiesAdminPageComponent {
  private readonly api = inject(MeetingsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly list = new RemoteResource(() => this.api.bodies());

  protected readonly maxLength = MEETING_BODY_NAME_MAX;
  protected readonly bodies = this.list.state;
  /** What the last action did, read out politely. */
  protected readonly status = signal('');
  protected readonly pending = signal(false);

  protected newName = '';
  protected readonly createErrors = signal<readonly FieldMessage[]>([]);

  /** The body being renamed, and the name typed for it. */
  protected readonly renaming = signal<MeetingBody | null>(null);
  protected renameValue = '';
  protected readonly renameErrors = signal<readonly FieldMessage[]>([]);

  /** The body whose deletion waits for confirmation, and why the last deletion was refused. */
  protected readonly confirmingDelete = signal<MeetingBody | null>(null);
  protected readonly deleteProblem = signal<{ readonly body: MeetingBody; readonly message: FieldMessage } | null>(
    null,
  );

  constructor() {
    this.list.reload();
  }

  protected retry(): void {
    this.list.reload();
  }

  protected async create(): Promise<void> {
    if (this.pending()) return;
    const errors = nameErrors(this.newName);
    this.createErrors.set(errors);
    if (errors.length > 0) return this.focus('#meeting-body-new');
    this.pending.set(true);
    try {
      const created = await firstValueFrom(this.api.createBody({ name: this.newName.trim() }));
      this.newName = '';
      this.status.set(this.transloco.translate('meetings.bodies.created', { name: created.name }));
      this.list.reload();
    } catch (error) {
      this.createErrors.set(this.messages(apiProblems(error)));
      this.focus('#meeting-body-new');
    } finally {
      this.pending.set(false);
    }
  }

  protected startRename(body: MeetingBody): void {
    this.confirmingDelete.set(null);
    this.renaming.set(body);
    this.renameValue = body.name;
    this.renameErrors.set([]);
    this.focus('#meeting-body-rename');
  }

  protected cancelRename(): void {
    const body = this.renaming();
    this.renaming.set(null);
    if (body) this.focus(`#meeting-body-rename-${body.id}`);
  }

  protected async rename(): Promise<void> {
    const body = this.renaming();
    if (!body || this.pending()) return;
    const errors = nameErrors(this.renameValue);
    this.renameErrors.set(errors);
    if (errors.length > 0) return this.focus('#meeting-body-rename');
    this.pending.set(true);
    try {
      const updated = await firstValueFrom(this.api.updateBody(body.id, { name: this.renameValue.trim() }));
      this.renaming.set(null);
      this.status.set(this.transloco.translate('meetings.bodies.renamed', { old: body.name, name: updated.name }));
      this.list.reload();
      this.focus(`#meeting-body-rename-${body.id}`);
    } catch (error) {
      this.renameErrors.set(this.messages(apiProblems(error)));
      this.focus('#meeting-body-rename');
    } finally {
      this.pending.set(false);
    }
  }

  protected askDelete(body: MeetingBody): void {
    this.renaming.set(null);
    this.deleteProblem.set(null);
    this.confirmingDelete.set(body);
    this.focus('#meeting-body-delete-confirm');
  }

  protected cancelDelete(): void {
    const body = this.confirmingDelete();
    this.confirmingDelete.set(null);
    if (body) this.focus(`#meeting-body-delete-${body.id}`);
  }

  protected async remove(): Promise<void> {
    const body = this.confirmingDelete();
    if (!body || this.pending()) return;
    this.pending.set(true);
    try {
      await firstValueFrom(this.api.deleteBody(body.id));
      this.confirmingDelete.set(null);
      this.status.set(this.transloco.translate('meetings.bodies.deleted', { name: body.name }));
      this.list.reload();
      this.focus('#meeting-body-new');
    } catch (error) {
      const problem = apiProblems(error)[0];
      this.confirmingDelete.set(null);
      const message: FieldMessage =
        problem?.code === 'in_use'
          ? { key: 'meetings.bodies.inUse', params: { name: body.name, count: Number(problem.params['count'] ?? 0) } }
          : problemText(problem);
      this.deleteProblem.set({ body, message });
      this.list.reload();
      this.focus('#meeting-body-delete-problem');
    } finally {
      this.pending.set(false);
    }
  }

  private messages(problems: readonly Problem[]): FieldMessage[] {
    return problems.map((problem) => problemText(problem));
  }

  private focus(selector: string): void {
    afterNextRender(
      { write: () => this.document.querySelector<HTMLElement>(selector)?.focus() },
      { injector: this.injector },
    );
  }
}
