import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { Authenticated, CurrentViewer, type Viewer } from '@flagship/api-core';
import type { FastifyRequest } from 'fastify';
import { UPLOAD_CSRF_HEADER, readUpload, requireUploadHeader } from '../read-upload';
import { MediaAssetService } from './media-asset.service';

/**
 * `POST /uploads/images` (multipart: `file`, `alt`, plus the upload header): any signed-in member's
 * photo for something they are writing. Answers the asset's id, which the GraphQL mutations take
 * (`photoIds`), and the image itself for the form's preview.
 */
@Controller('uploads')
export class MediaUploadController {
  constructor(private readonly assets: MediaAssetService) {}

  @Authenticated()
  @Post('images')
  @HttpCode(201)
  async upload(@CurrentViewer() viewer: Viewer, @Req() req: FastifyRequest, @Headers(UPLOAD_CSRF_HEADER) csrf: string | undefined) {
    requireUploadHeader(csrf);
    const { file, alt } = await readUpload(req);
    const asset = await this.assets.upload(viewer, file, alt);
    return { id: asset.id, ...asset.image() };
  }
}
