export * from './lib/public-data.service';
export * from './lib/public-indicators.service';
export * from './lib/public-site.service';
