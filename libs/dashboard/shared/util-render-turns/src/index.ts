export * from './lib/render-turns';
