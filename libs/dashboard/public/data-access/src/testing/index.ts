export * from './public-measure.fixture';
export * from './public-indicator.fixture';
