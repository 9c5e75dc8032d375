import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';

/**
 * A modal dialog on the native `<dialog>`: showModal() makes the rest of the page inert and traps the focus,
 * Escape closes it, and on closing the focus goes back to the control that opened it.
 */
@Component({
  selector: 'lbm-admin-dialog',
  template: `
    <dialog
      #dialog
      class="dialog"
      [attr.aria-labelledby]="dialogId() + '-title'"
      [attr.data-testid]="dialogId()"
      (close)="restoreFocus()"
    >
      <h2 class="dialog__title" [id]="dialogId() + '-title'">{{ heading() }}</h2>
      <ng-content />
    </dialog>
  `,
  styles: `
    .dialog {
      width: min(34rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      padding: var(--space-5);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
      background: var(--color-background);
      color: var(--color-text);
    }
    .dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    .dialog__title {
      font-size: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminDialogComponent {
  private readonly document = inject(DOCUMENT);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private opener: HTMLElement | null = null;

  readonly dialogId = input.required<string>();
  readonly heading = input.required<string>();
  readonly closed = output();

  get isOpen(): boolean {
    return this.dialog().nativeElement.open;
  }

  open(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) return;
    const active = this.document.activeElement;
    this.opener = active instanceof HTMLElement ? active : null;
    dialog.showModal();
  }

  close(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) dialog.close();
  }

  protected restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.closed.emit();
  }
}
