export * from './lib/meetings-api.service';
