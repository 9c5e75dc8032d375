export * from './lib/mail-transport';
