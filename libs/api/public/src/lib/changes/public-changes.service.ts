import { MeasureEntity, MeasureHistoryEntity } from '@leitbild-monitor/api/measures';
import type { PublicChange, PublicMeasureChange } from '@leitbild-monitor/shared/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { publicChangesOf, PublicHistoryRow } from './public-changes';

/** How many history entries are read per query when replaying the published measures' histories. */
const CHUNK = 500;

/**
 * The public changes of published measures, from their history (`publicChangesOf`). The history is replayed from
 * its start, because whether a measure was public at an entry depends on every entry before it. Measures not
 * published today have no public changes at all.
 */
@Injectable()
export class PublicChangesService {
  constructor(private readonly dataSource: DataSource) {}

  /** The public changes of one measure, newest first; the caller has made sure it is published. */
  async ofMeasure(measureId: string): Promise<PublicMeasureChange[]> {
    const rows = await this.dataSource.getRepository(MeasureHistoryEntity).find({
      select: { id: true, kind: true, at: true, changes: true },
      where: { measureId },
      order: { id: 'ASC' },
    });
    return publicChangesOf(rows);
  }

  /** The public changes of all published measures, newest first. */
  async all(): Promise<PublicChange[]> {
    const measures = await this.dataSource.getRepository(MeasureEntity).find({
      select: { id: true, title: true },
      where: { isPublic: true },
    });
    const titles = new Map(measures.map((measure) => [measure.id, measure.title]));
    const rowsByMeasure = new Map<string, PublicHistoryRow[]>();
    const ids = [...titles.keys()];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows = await this.dataSource
        .getRepository(MeasureHistoryEntity)
        .createQueryBuilder('h')
        .select(['h.id', 'h.measureId', 'h.kind', 'h.at', 'h.changes'])
        .where('h.measureId IN (:...ids)', { ids: ids.slice(start, start + CHUNK) })
        .orderBy('h.id', 'ASC')
        .getMany();
      for (const row of rows) {
        const list = rowsByMeasure.get(row.measureId) ?? [];
        list.push(row);
        rowsByMeasure.set(row.measureId, list);
      }
    }
    const found: PublicChange[] = [];
    for (const [measureId, rows] of rowsByMeasure)
      for (const change of publicChangesOf(rows))
        found.push({ measureId, measureTitle: titles.get(measureId) ?? '', ...change });
    // Newest first; changes made at the same moment in a stable order.
    return found.sort((a, b) =>
      a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.measureId < b.measureId ? -1 : a.measureId > b.measureId ? 1 : 0,
    );
  }
}
