import { AuditService } from '@leitbild-monitor/api/audit';
import { FieldOfActionEntity, LeitbildSectionEntity } from '@leitbild-monitor/api/catalog';
import { MeasureEntity } from '@leitbild-monitor/api/measures';
import { APP_CONFIG, AppConfig, TransactionRunner } from '@leitbild-monitor/api/platform';
import { isoToday } from '@leitbild-monitor/shared/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { assertCatalogFile, loadCatalog } from './catalog-loader';
import { HARBURG_CATALOG, HARBURG_DEMO, HARBURG_DEMO_INDICATORS } from './bundled-data';
import { demoIndicatorsRelativeTo, demoRelativeTo } from './demo-dates';
import { loadDemoIndicators } from './demo-indicators-loader';
import { loadDemoMeasures } from './demo-measures-loader';
import type { CatalogFile } from './seed-files';

/**
 * Fills an empty database at start: the Leitbild and fields of action (the bundled Harburg Leitbild, or the
 * file named by LEITBILD_FILE), then — with DEMO_DATA — example actors, measures and indicators. A database that
 * already holds any of these is never touched.
 */
@Injectable()
export class InitialDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger('InitialData');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const catalogue = await this.catalogFile();
    await this.transactions.run(async (manager) => {
      const hasLeitbild = (await manager.count(LeitbildSectionEntity)) > 0;
      const hasFields = (await manager.count(FieldOfActionEntity)) > 0;
      if (!hasLeitbild && !hasFields) {
        await loadCatalog(manager, catalogue);
        this.logger.log(
          `Loaded the Leitbild "${catalogue.title}" and ${catalogue.fieldsOfAction.length} fields of action`,
        );
      }
      if (this.config.demoData && (await manager.count(MeasureEntity)) === 0 && !hasFields) {
        const today = isoToday();
        const count = await loadDemoMeasures(manager, demoRelativeTo(HARBURG_DEMO, today));
        const indicators = await loadDemoIndicators(
          manager,
          demoIndicatorsRelativeTo(HARBURG_DEMO_INDICATORS, today),
          HARBURG_DEMO,
          today,
        );
        this.logger.log(`Loaded ${count} example measures and ${indicators} example indicators (DEMO_DATA=true)`);
      }
    });
  }

  private async catalogFile(): Promise<CatalogFile> {
    if (!this.config.leitbildFile) return HARBURG_CATALOG;
    const parsed: unknown = JSON.parse(await readFile(this.config.leitbildFile, 'utf8'));
    assertCatalogFile(parsed, this.config.leitbildFile);
    return parsed;
  }
}
