export * from './lib/i18n.providers';
export * from './lib/language.service';
export * from './lib/translated-title.strategy';
export * from './lib/transloco-http.loader';
export * from './lib/api-problems';
