import { ApiErrorResponses, MaxLength, notFound, Public, toApiError } from '@leitbild-monitor/api/platform';
import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { escapeHtml } from './notification-message';
import { NotificationSettingsService } from './notification-settings.service';
import { UNSUBSCRIBE_PATH, UnsubscribeLinks } from './unsubscribe-link';

export class UnsubscribeQuery {
  @IsString()
  @IsNotEmpty()
  @MaxLength(36)
  user!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  sig!: string;
}

const HTML_RESPONSE = { content: { 'text/html': { schema: { type: 'string' } } } };

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="de">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

/**
 * The unsubscribe link of every e-mail; it needs no sign-in, its signature proves whose it is. `GET` (a person
 * following the link) asks to confirm; `POST` (the button, or a mail program's one-click unsubscribe, RFC 8058)
 * sets the user's e-mail frequency to `off`.
 */
@ApiTags('notifications')
@Public()
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly settings: NotificationSettingsService,
  ) {}

  /** A page asking to confirm the unsubscription (no sign-in; the link's signature identifies the user). */
  @Get()
  @ApiOkResponse({ description: 'A page asking to confirm', ...HTML_RESPONSE })
  @ApiErrorResponses(400, 404)
  confirm(@Query() query: UnsubscribeQuery, @Res({ passthrough: true }) reply: FastifyReply): string {
    this.check(query);
    reply.header('Content-Type', 'text/html; charset=utf-8');
    const action = `${UNSUBSCRIBE_PATH}?user=${encodeURIComponent(query.user)}&sig=${encodeURIComponent(query.sig)}`;
    return page(
      'E-Mails abbestellen',
      `<p>Möchten Sie keine E-Mails des Leitbild-Monitors mehr erhalten? Ihre Aufgaben sehen Sie weiter auf der Seite „Zu erledigen“.</p>` +
        `<p lang="en">Stop e-mails from the Leitbild-Monitor? Your tasks stay on the “To do” page.</p>` +
        `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
        `<button type="submit">E-Mails abbestellen / Unsubscribe</button></form>`,
    );
  }

  /** Turns the user's e-mails off: the confirm button, or a mail program's one-click unsubscribe (RFC 8058). */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ description: 'E-mails are off', ...HTML_RESPONSE })
  @ApiErrorResponses(400, 404)
  async unsubscribe(
    @Query() query: UnsubscribeQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    this.check(query);
    await this.settings.updateUserSettings(query.user, { frequency: 'off' });
    reply.header('Content-Type', 'text/html; charset=utf-8');
    return page(
      'E-Mails abbestellt',
      '<p>Sie erhalten keine E-Mails des Leitbild-Monitors mehr. Unter „Konto“ können Sie sie wieder einschalten.</p>' +
        '<p lang="en">You will get no more e-mails from the Leitbild-Monitor. Turn them on again under “Account”.</p>',
    );
  }

  private check(query: UnsubscribeQuery): void {
    if (!this.links.verify(query.user, query.sig)) throw notFound('no such unsubscribe link');
  }
}

/**
 * Mail programs send the one-click unsubscribe as a form (`application/x-www-form-urlencoded`, RFC 8058): that type
 * is read for the unsubscribe route only; every other route still answers it with 415.
 */
export function acceptUnsubscribeForms(fastify: FastifyInstance, apiPrefix: string): void {
  const route = `/${apiPrefix}/notifications/unsubscribe`;
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  fastify.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type'] ?? '';
    if (!/^application\/x-www-form-urlencoded/i.test(type) || request.routeOptions.url === route) return;
    await reply
      .status(415)
      .send(toApiError(415, `Content-Type: ${type.split(';')[0]} is not accepted here; send JSON`));
  });
}
