import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The administration's sections, reachable from each of them. */
export const ADMIN_SECTIONS = [
  { path: 'users', label: 'admin.users.title' },
  { path: 'fields-of-action', label: 'admin.fieldsOfAction.title' },
  { path: 'actors', label: 'admin.actors.title' },
  { path: 'meeting-bodies', label: 'meetings.bodies.title' },
  { path: 'legal-pages', label: 'legal.admin.pagesTitle' },
  { path: 'barrier-reports', label: 'legal.admin.reportsTitle' },
  { path: 'notifications', label: 'notifications.admin.title' },
] as const;

@Component({
  selector: 'lbm-admin-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <nav class="admin-nav" [attr.aria-label]="'admin.navLabel' | transloco" data-testid="admin-nav">
      <ul class="admin-nav__list">
        @for (section of sections; track section.path) {
          <li>
            <a
              class="admin-nav__link"
              [routerLink]="section.path"
              routerLinkActive="admin-nav__link--active"
              ariaCurrentWhenActive="page"
              >{{ section.label | transloco }}</a
            >
          </li>
        }
      </ul>
    </nav>
    <router-outlet />
  `,
  styles: `
    .admin-nav {
      margin-bottom: var(--space-5);
      border-bottom: 1px solid var(--color-border);
    }
    .admin-nav__list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .admin-nav__link {
      display: inline-block;
      padding: var(--space-2) 0;
      border-bottom: 4px solid transparent;
      font-weight: 600;
    }
    /* The current section is marked by a bar and aria-current, and by no longer looking like a link. */
    .admin-nav__link--active {
      border-bottom-color: var(--color-brand);
      color: var(--color-text);
      text-decoration: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShellComponent {
  protected readonly sections = ADMIN_SECTIONS;
}
