export * from './lib/public-data.service';
