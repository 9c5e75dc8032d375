import { APP_CONFIG, AppConfig, DataVersion, dataVersionEtag, nowIso } from '@leitbild-monitor/api/platform';
import type { PublicFeedLanguage } from '@leitbild-monitor/shared/contracts';
import { isoToday } from '@leitbild-monitor/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { buildPublicFeed } from './public-feed';
import { PublicChangesService } from './public-changes.service';

/**
 * The Atom feed of public changes. Its ETag follows the data version (and the language), as the other public
 * answers' do, so feed readers polling with If-None-Match get 304 until something changes; the document is kept
 * per language and data version, as the answer cache keeps JSON answers.
 */
@Injectable()
export class PublicFeedService {
  private kept = new Map<string, string>();
  private keptVersion = '';

  constructor(
    private readonly changes: PublicChangesService,
    private readonly dataVersion: DataVersion,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The ETag the feed has now, read before the feed is built, so it can be newer than its ETag, never older. */
  async etag(language: PublicFeedLanguage): Promise<{ etag: string; version: string }> {
    const version = await this.dataVersion.current();
    return { etag: dataVersionEtag(`${version} ${language}`, isoToday()), version };
  }

  /** The feed's document; links go to PUBLIC_URL, or to the address the request came to when it is unset. */
  async document(language: PublicFeedLanguage, version: string, requestOrigin: string): Promise<string> {
    const siteUrl = this.config.publicUrl ?? requestOrigin;
    const key = `${language} ${siteUrl}`;
    if (this.keptVersion !== version) {
      this.kept = new Map();
      this.keptVersion = version;
    }
    const kept = this.kept.get(key);
    if (kept) return kept;
    const document = buildPublicFeed(await this.changes.all(), {
      language,
      siteUrl,
      feedUrl: `${siteUrl}/api/v1/public/feed.atom${language === 'de' ? '' : `?lang=${language}`}`,
      now: nowIso(),
    });
    if (this.kept.size < 8) this.kept.set(key, document);
    return document;
  }
}
