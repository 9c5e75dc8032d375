export * from './lib/dashboard-summary.service';
export * from './lib/dashboard.controller';
export * from './lib/dashboard.module';
export * from './lib/dto/summary.query';
export * from './lib/dto/dashboard-summary.dto';
