import { IsIsoCalendarDate, MaxLength, Trim } from '@leitbild-monitor/api/platform';
import type {
  BarrierReport,
  CreateFeedbackRequest,
  EditablePage,
  FeedbackReceipt,
  PageLanguage,
  PageSlug,
  PublicPage,
  SignVideo,
  SignVideoType,
  UpdatePageRequest,
} from '@leitbild-monitor/shared/contracts';
import {
  FEEDBACK_MESSAGE_MAX,
  FEEDBACK_MESSAGE_MIN,
  FEEDBACK_PAGE_MAX,
  PAGE_CHECKED_BY_MAX,
  PAGE_CONTENT_MAX,
  PAGE_LANGUAGES,
  PAGE_SLUGS,
  PAGE_TITLE_MAX,
  SIGN_VIDEO_TYPES,
} from '@leitbild-monitor/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MinLength, ValidateIf } from 'class-validator';

export class PageParams {
  @ApiProperty({ enum: PAGE_SLUGS })
  @IsIn(PAGE_SLUGS)
  slug!: PageSlug;
}

export class PageLanguageQuery {
  /** The language of the text; German unless `en`. */
  @ApiPropertyOptional({ enum: PAGE_LANGUAGES })
  @IsOptional()
  @IsIn(PAGE_LANGUAGES)
  lang?: PageLanguage;
}

export class UpdatePageDto implements UpdatePageRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(PAGE_TITLE_MAX)
  title!: string;

  /** HTML; stored sanitised (an allow-list of elements and attributes: no script, style, event handlers). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(PAGE_CONTENT_MAX)
  content!: string;

  /** Leichte Sprache: who checked the text (a group or organisation, not a person's name). */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Trim()
  @MaxLength(PAGE_CHECKED_BY_MAX)
  checkedBy?: string | null;

  /** Leichte Sprache: the date of the check, YYYY-MM-DD. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIsoCalendarDate()
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  checkedOn?: string | null;
}

export class SignVideoDto implements SignVideo {
  url!: string;
  @ApiProperty({ enum: SIGN_VIDEO_TYPES })
  type!: SignVideoType;
  size!: number;
  @ApiProperty({ format: 'date-time' })
  uploadedAt!: string;
}

export class PublicPageDto implements PublicPage {
  @ApiProperty({ enum: PAGE_SLUGS })
  slug!: PageSlug;
  @ApiProperty({ enum: PAGE_LANGUAGES })
  lang!: PageLanguage;
  title!: string;
  /** Sanitised HTML. */
  content!: string;
  @ApiProperty({ type: String, nullable: true })
  checkedBy!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  checkedOn!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
  isDefault!: boolean;
  @ApiProperty({ type: SignVideoDto, nullable: true })
  video!: SignVideoDto | null;
}

export class EditablePageDto extends PublicPageDto implements EditablePage {
  /** 0 for the shipped text. */
  version!: number;
  @ApiProperty({ type: String, nullable: true })
  updatedBy!: string | null;
}

export class CreateFeedbackDto implements CreateFeedbackRequest {
  /** What does not work, and where. Please no personal data. */
  @IsString()
  @Trim()
  @MinLength(FEEDBACK_MESSAGE_MIN)
  @MaxLength(FEEDBACK_MESSAGE_MAX)
  message!: string;

  /** The page the report is about (a path or address). */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Trim()
  @MaxLength(FEEDBACK_PAGE_MAX)
  @ApiPropertyOptional({ type: String, nullable: true })
  page?: string | null;
}

export class FeedbackReceiptDto implements FeedbackReceipt {
  id!: string;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class BarrierReportDto implements BarrierReport {
  id!: string;
  message!: string;
  @ApiProperty({ type: String, nullable: true })
  page!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
