export * from './lib/catalog-loader';
export * from './lib/demo-measures-loader';
export * from './lib/initial-data.module';
export * from './lib/seed-files';
export * from './lib/bundled-data';
export * from './lib/demo-indicators-loader';
