export * from './lib/notification-rules';
