export * from './lib/api-base-url';
export * from './lib/remote-data';
