export * from './public-measure.fixture';
