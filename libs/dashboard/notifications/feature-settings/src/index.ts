export * from './lib/notification-settings.component';
