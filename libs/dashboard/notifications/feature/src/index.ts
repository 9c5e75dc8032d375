export * from './lib/tasks-page.component';
export * from './lib/notifications-admin-page.component';
