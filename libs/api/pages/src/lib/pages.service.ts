import {
  ApiProblemException,
  newId,
  nowIso,
  problem,
  SignedInContext,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { EditablePage, PageLanguage, PageSlug, PublicPage } from '@leitbild-monitor/shared/contracts';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DEFAULT_PAGES } from './default-pages';
import { UpdatePageDto } from './dto/page.dto';
import { PageTextEntity } from './page-text.entity';
import { sanitizePageHtml } from './sanitize-page-html';
import { SignVideoStore } from './sign-video.store';

/**
 * The public site's legal pages. A page never edited is served with its shipped text (version 0); the first save
 * (If-Match "0") stores it. Content is sanitised on save, so what is stored is what is served.
 */
@Injectable()
export class PagesService {
  constructor(
    @InjectRepository(PageTextEntity) private readonly texts: Repository<PageTextEntity>,
    private readonly transactions: TransactionRunner,
    private readonly video: SignVideoStore,
  ) {}

  async read(slug: PageSlug, lang: PageLanguage): Promise<PublicPage> {
    const page = await this.readEditable(slug, lang);
    return {
      slug: page.slug,
      lang: page.lang,
      title: page.title,
      content: page.content,
      checkedBy: page.checkedBy,
      checkedOn: page.checkedOn,
      updatedAt: page.updatedAt,
      isDefault: page.isDefault,
      video: page.video,
    };
  }

  async readEditable(slug: PageSlug, lang: PageLanguage): Promise<EditablePage> {
    const row = await this.texts.findOne({ where: { slug, lang } });
    const video = slug === 'gebaerdensprache' ? await this.video.describe() : null;
    if (!row) {
      const shipped = DEFAULT_PAGES[slug][lang];
      return {
        slug,
        lang,
        title: shipped.title,
        content: shipped.content,
        checkedBy: null,
        checkedOn: null,
        updatedAt: null,
        isDefault: true,
        video,
        version: 0,
        updatedBy: null,
      };
    }
    return {
      slug,
      lang,
      title: row.title,
      content: row.content,
      checkedBy: row.checkedBy,
      checkedOn: row.checkedOn,
      updatedAt: row.updatedAt,
      isDefault: false,
      video,
      version: row.version,
      updatedBy: row.updatedBy,
    };
  }

  /** Saves a page text, sanitised; 412 when someone saved in between (nothing is written). */
  async update(
    slug: PageSlug,
    lang: PageLanguage,
    expectedVersion: number,
    dto: UpdatePageDto,
    context: SignedInContext,
  ): Promise<EditablePage> {
    const content = sanitizePageHtml(dto.content);
    if (content === '') {
      throw new ApiProblemException(
        HttpStatus.BAD_REQUEST,
        problem('required', 'content'),
        'content: nothing is left of the text once it is sanitised',
      );
    }
    const values = {
      title: dto.title,
      content,
      checkedBy: dto.checkedBy ?? null,
      checkedOn: dto.checkedOn ?? null,
      updatedBy: context.principal.name,
      updatedAt: nowIso(),
    };
    await this.transactions.run(async (manager) => {
      const repository = manager.getRepository(PageTextEntity);
      const current = await repository.findOne({ where: { slug, lang } });
      const currentVersion = current?.version ?? 0;
      if (currentVersion !== expectedVersion) throw stale(currentVersion);
      if (!current) {
        await repository.insert({ id: newId(), slug, lang, version: 1, ...values });
        return;
      }
      const result = await repository
        .createQueryBuilder()
        .update()
        .set({ ...values, version: currentVersion + 1 })
        .where('id = :id AND version = :version', { id: current.id, version: currentVersion })
        .execute();
      if (result.affected !== 1) throw stale(currentVersion + 1);
    });
    return this.readEditable(slug, lang);
  }
}

function stale(current: number): ApiProblemException {
  return new ApiProblemException(
    HttpStatus.PRECONDITION_FAILED,
    problem('version_mismatch', 'If-Match', { current }),
    'If-Match: the page was saved by someone else in between; reload it',
  );
}
