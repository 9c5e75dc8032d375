export * from './lib/remote-data-status.component';
