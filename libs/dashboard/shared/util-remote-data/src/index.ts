export * from './lib/remote-data';
