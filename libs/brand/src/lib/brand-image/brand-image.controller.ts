import { BadRequestException, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Authenticated, CurrentViewer, Guards, type Viewer } from '@flagship/api-core';
import { UPLOAD_CSRF_HEADER, readUpload, requireUploadHeader } from '@flagship/media';
import type { FastifyRequest } from 'fastify';
import { BrandPolicy } from '../brand/brand.policy';
import { BrandImageSlot } from './brand-image.entity';
import { BrandImageService } from './brand-image.service';

const SLOTS: Record<string, BrandImageSlot> = { logo: BrandImageSlot.LOGO, hero: BrandImageSlot.HERO };

/** Brand image uploads: `POST /brand/images/logo` or `/brand/images/hero`, multipart `file` + `alt`. */
@Controller('brand/images')
export class BrandImageController {
  constructor(private readonly brandImages: BrandImageService) {}

  @Authenticated()
  @Guards(BrandPolicy, 'manage')
  @Post(':slot')
  @HttpCode(201)
  async upload(@CurrentViewer() viewer: Viewer, @Param('slot') slotName: string, @Req() req: FastifyRequest, @Headers(UPLOAD_CSRF_HEADER) csrf: string | undefined) {
    // Own keys only: `constructor` or `toString` must not pass for a slot.
    const slot = Object.hasOwn(SLOTS, slotName) ? SLOTS[slotName] : undefined;
    if (!slot) throw new BadRequestException('Upload to /brand/images/logo or /brand/images/hero');
    requireUploadHeader(csrf);
    const { file, alt } = await readUpload(req);
    await this.brandImages.upload(viewer, slot, file, alt);
    return { slot };
  }
}
