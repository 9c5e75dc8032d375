import catalogue from './data/leitbild-harburg.json';
import demo from './data/demo-measures-harburg.json';
import demoIndicators from './data/demo-indicators-harburg.json';
import type { CatalogFile, DemoFile, DemoIndicatorsFile } from './seed-files';

/** The Leitbild "Zusammenleben in Vielfalt" of the Bezirk Harburg with its fields of action. */
export const HARBURG_CATALOG = catalogue as CatalogFile;

/** Example actors and measures for a demo installation. */
export const HARBURG_DEMO = demo as DemoFile;

/** Example indicators for Harburg's fields of action, with values over several years and goals. */
export const HARBURG_DEMO_INDICATORS = demoIndicators as DemoIndicatorsFile;
