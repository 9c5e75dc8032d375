import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language, LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';

/** Each language is offered under its own name, spoken in that language. */
const LANGUAGE_NAMES: readonly { readonly code: Language; readonly name: string }[] = [
  { code: 'de', name: 'Deutsch' },
  { code: 'en', name: 'English' },
];

@Component({
  selector: 'app-language-switch',
  imports: [TranslocoPipe],
  templateUrl: './language-switch.component.html',
  styleUrl: './language-switch.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitchComponent {
  private readonly languages = inject(LanguageService);

  protected readonly options = LANGUAGE_NAMES;
  protected readonly active = this.languages.language;

  protected select(language: Language): void {
    void this.languages.switchTo(language);
  }
}
