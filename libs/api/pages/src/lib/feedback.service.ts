import {
  ApiProblemException,
  newId,
  nowIso,
  pageWindow,
  PaginationQuery,
  problem,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { BarrierReport, FeedbackReceipt, Page } from '@leitbild-monitor/shared/contracts';
import { FEEDBACK_LIMIT, FEEDBACK_WINDOW_MS } from '@leitbild-monitor/shared/contracts';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CreateFeedbackDto } from './dto/page.dto';
import { BarrierReportEntity } from './page-text.entity';

/**
 * Barrier reports from the accessibility statement's form. Anonymous: only the message, the page named and the time
 * are stored. A tight limit per client address (FEEDBACK_LIMIT per FEEDBACK_WINDOW_MS, kept in memory only, never
 * stored) keeps the form from being used to flood the administrators.
 */
@Injectable()
export class FeedbackService {
  private readonly recent = new Map<string, number[]>();

  constructor(
    @InjectRepository(BarrierReportEntity) private readonly reports: Repository<BarrierReportEntity>,
    private readonly transactions: TransactionRunner,
  ) {}

  async create(dto: CreateFeedbackDto, clientAddress: string | null): Promise<FeedbackReceipt> {
    this.count(clientAddress ?? 'unknown');
    const row: BarrierReportEntity = { id: newId(), message: dto.message, page: dto.page || null, createdAt: nowIso() };
    await this.transactions.run((manager) => manager.insert(BarrierReportEntity, row));
    return { id: row.id, createdAt: row.createdAt };
  }

  async list(query: PaginationQuery): Promise<Page<BarrierReport>> {
    const window = pageWindow(query);
    const [rows, total] = await this.reports.findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: window.offset,
      take: window.limit,
    });
    return toPage(
      rows.map(({ id, message, page, createdAt }) => ({ id, message, page, createdAt })),
      total,
      window,
    );
  }

  private count(address: string): void {
    const now = Date.now();
    for (const [key, times] of this.recent) {
      if (times[times.length - 1] <= now - FEEDBACK_WINDOW_MS) this.recent.delete(key);
    }
    const times = (this.recent.get(address) ?? []).filter((time) => time > now - FEEDBACK_WINDOW_MS);
    if (times.length >= FEEDBACK_LIMIT) {
      const seconds = Math.ceil((times[0] + FEEDBACK_WINDOW_MS - now) / 1000);
      throw new ApiProblemException(
        HttpStatus.TOO_MANY_REQUESTS,
        problem('rate_limited', null, { seconds }),
        `too many reports from this address; try again in ${Math.ceil(seconds / 60)} minutes`,
      );
    }
    times.push(now);
    this.recent.set(address, times);
  }
}
