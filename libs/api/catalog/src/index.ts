export * from './lib/actor.entity';
export * from './lib/catalog.module';
export * from './lib/catalog.service';
export * from './lib/field-of-action.entity';
export * from './lib/guideline.entity';
export * from './lib/leitbild-section.entity';
