export * from './i18n-testing';
