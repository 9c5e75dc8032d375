export * from './lib/reporting-dates.service';
