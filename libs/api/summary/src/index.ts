export * from './lib/summary-rollup.service';
export * from './lib/summary.controller';
export * from './lib/summary.module';
export * from './lib/dto/summary.query';
export * from './lib/dto/dashboard-summary.dto';
