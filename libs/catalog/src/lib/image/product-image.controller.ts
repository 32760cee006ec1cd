import { Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { Authenticated, CurrentViewer, Guards, type Viewer } from '@flagship/api-core';
import { UPLOAD_CSRF_HEADER, readUpload, requireUploadHeader } from '@flagship/media';
import type { FastifyRequest } from 'fastify';
import { ProductPolicy } from '../product/product.policy';
import { ProductImageService } from './product-image.service';

/** Photo uploads are multipart POSTs (GraphQL has no good file story); see `readUpload`. */
@Controller('catalog/products')
export class ProductImageController {
  constructor(private readonly images: ProductImageService) {}

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Post(':productId/images')
  @HttpCode(201)
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param('productId', new ParseUUIDPipe()) productId: string,
    @Req() req: FastifyRequest,
    @Headers(UPLOAD_CSRF_HEADER) csrf: string | undefined,
  ) {
    requireUploadHeader(csrf);
    const { file, alt } = await readUpload(req);
    const image = await this.images.upload(viewer, productId, file, alt);
    return { id: image.id, url: image.url, srcset: image.srcset, alt: image.alt, width: image.width, height: image.height, position: image.position };
  }
}
