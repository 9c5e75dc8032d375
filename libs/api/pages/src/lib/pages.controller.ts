import {
  ApiErrorResponses,
  ApiIfMatch,
  ApiJsonResponse,
  ApiPageResponse,
  ApiProblemException,
  CurrentContext,
  ETAG_RESPONSE_HEADER,
  etagOf,
  PaginationQuery,
  problem,
  Public,
  RequestContext,
  requiredVersionFromIfMatch,
  Roles,
  SignedInContext,
} from '@leitbild-monitor/api/platform';
import type {
  BarrierReport,
  EditablePage,
  FeedbackReceipt,
  Page,
  PublicPage,
  SignVideo,
} from '@leitbild-monitor/shared/contracts';
import { FEEDBACK_LIMIT, SIGN_VIDEO_MAX_BYTES } from '@leitbild-monitor/shared/contracts';
import send from '@fastify/send';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  BarrierReportDto,
  CreateFeedbackDto,
  EditablePageDto,
  FeedbackReceiptDto,
  PageLanguageQuery,
  PageParams,
  PublicPageDto,
  SignVideoDto,
  UpdatePageDto,
} from './dto/page.dto';
import { FeedbackService } from './feedback.service';
import { PagesService } from './pages.service';
import { SignVideoStore } from './sign-video.store';

const SANITISED =
  'The content is HTML and is stored sanitised with an allow-list of elements (headings h2–h4, paragraphs, lists, ' +
  'tables, emphasis, links to http(s), mailto and tel): script, style, event handlers and javascript: addresses are ' +
  'removed.';

const VIDEO_CONTENT = {
  'video/mp4': { schema: { type: 'string', format: 'binary' } },
  'video/webm': { schema: { type: 'string', format: 'binary' } },
};
const VIDEO_HEADERS = {
  'Accept-Ranges': {
    description: '`bytes`: parts of the file can be asked for with `Range`.',
    schema: { type: 'string' },
  },
  'Content-Length': { schema: { type: 'integer' } },
};

/** Administrators edit the public site's legal pages and upload the sign-language video. */
@ApiTags('pages')
@Roles('admin')
@Controller('pages')
export class PagesController {
  constructor(
    private readonly pages: PagesService,
    private readonly video: SignVideoStore,
  ) {}

  @Get(':slug')
  @ApiOperation({ summary: 'A legal page as administrators edit it, with its version as ETag (0: the shipped text)' })
  @ApiErrorResponses(400, 403)
  @ApiJsonResponse(EditablePageDto, { headers: ETAG_RESPONSE_HEADER })
  async get(
    @Param() params: PageParams,
    @Query() query: PageLanguageQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EditablePage> {
    const page = await this.pages.readEditable(params.slug, query.lang ?? 'de');
    reply.header('ETag', etagOf(page.version));
    return page;
  }

  @Put(':slug')
  @ApiOperation({
    summary: 'Saves the text of a legal page in one language (`?lang=de|en`, German by default)',
    description: `${SANITISED} If-Match: the version read (\`"0"\` for the shipped text).`,
  })
  @ApiIfMatch()
  @ApiJsonResponse(EditablePageDto, { headers: ETAG_RESPONSE_HEADER })
  async update(
    @Param() params: PageParams,
    @Query() query: PageLanguageQuery,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdatePageDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EditablePage> {
    const version = requiredVersionFromIfMatch(ifMatch);
    const page = await this.pages.update(params.slug, query.lang ?? 'de', version, dto, context);
    reply.header('ETag', etagOf(page.version));
    return page;
  }

  @Put('gebaerdensprache/video')
  @ApiOperation({
    summary: 'Uploads the video in German Sign Language (replaces the previous one)',
    description:
      `Multipart field \`file\`: an MP4 or WebM video (judged by its content, not its name) of at most ` +
      `${SIGN_VIDEO_MAX_BYTES / 1024 / 1024} MB. Stored on disk beside the database.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiErrorResponses(400, 413, 415)
  @ApiJsonResponse(SignVideoDto)
  uploadVideo(@Req() request: FastifyRequest): Promise<SignVideo> {
    return this.video.upload(request);
  }

  @Delete('gebaerdensprache/video')
  @HttpCode(204)
  @ApiOperation({ summary: 'Removes the sign-language video; the page then says in text that there is none' })
  @ApiNoContentResponse({ description: 'Removed (or there was none).' })
  async removeVideo(): Promise<void> {
    await this.video.remove();
  }
}

/** The barrier reports, for administrators only. */
@ApiTags('pages')
@Roles('admin')
@Controller('feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get()
  @ApiOperation({ summary: 'The barrier reports sent through the public form, newest first' })
  @ApiErrorResponses(400, 403)
  @ApiPageResponse(BarrierReportDto)
  list(@Query() query: PaginationQuery): Promise<Page<BarrierReport>> {
    return this.feedback.list(query);
  }
}

/** The legal pages, the sign-language video and the barrier-report form, without sign-in. */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicPagesController {
  constructor(
    private readonly pages: PagesService,
    private readonly feedback: FeedbackService,
    private readonly video: SignVideoStore,
  ) {}

  @Get('pages/:slug')
  @ApiOperation({ summary: 'A legal page of the public site (`?lang=de|en`, German by default); sanitised HTML' })
  @ApiErrorResponses(400)
  @ApiJsonResponse(PublicPageDto)
  read(@Param() params: PageParams, @Query() query: PageLanguageQuery): Promise<PublicPage> {
    return this.pages.read(params.slug, query.lang ?? 'de');
  }

  @Get('pages/gebaerdensprache/video')
  @ApiOperation({
    summary: 'The video in German Sign Language, with range requests',
    description: 'Answers `Range: bytes=…` with 206 and `Content-Range`; 404 until a video is uploaded.',
  })
  @ApiResponse({ status: 200, description: 'The whole file.', content: VIDEO_CONTENT, headers: VIDEO_HEADERS })
  @ApiResponse({
    status: 206,
    description: 'The part of the file asked for with `Range`.',
    content: VIDEO_CONTENT,
    headers: {
      ...VIDEO_HEADERS,
      'Content-Range': { description: '`bytes start-end/size`', schema: { type: 'string' } },
    },
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag sent in If-None-Match.' })
  @ApiErrorResponses(404, 416)
  async streamVideo(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const video = await this.video.current();
    if (!video) {
      throw new ApiProblemException(404, problem('not_found'), 'no sign-language video has been uploaded yet');
    }
    const result = await send(request.raw, video.fileName, {
      root: this.video.directory,
      acceptRanges: true,
      cacheControl: false,
      etag: true,
      lastModified: true,
      dotfiles: 'deny',
      index: false,
    });
    if (result.type === 'error') {
      const status = (result.metadata.error as { status?: number }).status ?? 404;
      if (status === 416) {
        reply.header('Content-Range', `bytes */${video.size}`);
        throw new ApiProblemException(416, problem('invalid_value', 'Range'), 'Range: the range is not in the file');
      }
      throw new ApiProblemException(404, problem('not_found'), 'no sign-language video has been uploaded yet');
    }
    reply.status(result.statusCode);
    for (const [name, value] of Object.entries(result.headers)) reply.header(name, value);
    reply.header('Content-Type', video.type);
    await reply.send(result.stream);
  }

  @Post('feedback')
  @ApiOperation({
    summary: 'Reports a barrier of the website (no sign-in, no personal data)',
    description:
      `Stored for the administrators, never shown publicly. At most ${FEEDBACK_LIMIT} reports an hour from one ` +
      'address (429 beyond).',
  })
  @ApiErrorResponses(400, 429)
  @ApiJsonResponse(FeedbackReceiptDto, { status: 201 })
  create(@Body() dto: CreateFeedbackDto, @CurrentContext() context: RequestContext): Promise<FeedbackReceipt> {
    return this.feedback.create(dto, context.clientAddress);
  }
}
