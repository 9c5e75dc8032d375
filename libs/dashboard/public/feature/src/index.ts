export * from './lib/public-page.component';
export * from './lib/public-measure-page.component';
export * from './lib/public-changes-page.component';
export * from './lib/public-embed-page.component';
