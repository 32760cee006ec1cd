import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DomainError, ErrorCode, Role, Roles } from '@flagship/api-core';
import { ProductImageService, MAX_IMAGE_BYTES } from './product-image.service';

export const UPLOAD_CSRF_HEADER = 'x-flagship-upload';

/**
 * Photo uploads are plain multipart POSTs (GraphQL has no good file story). A multipart form is a
 * "simple" request a foreign site could send with the manager's cookie, so the route also requires a
 * custom header, which browsers only let same-origin scripts add.
 */
@Controller('catalog/products')
export class ProductImageController {
  constructor(private readonly images: ProductImageService) {}

  @Roles(Role.BRAND_MANAGER)
  @Post(':productId/images')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMAGE_BYTES + 1, files: 1, fields: 5 } }))
  async upload(
    @Param('productId', new ParseUUIDPipe()) productId: string,
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
    @Body('alt') alt: unknown,
    @Headers(UPLOAD_CSRF_HEADER) csrf: string | undefined,
  ) {
    if (csrf !== '1') throw new DomainError(ErrorCode.FORBIDDEN, `Send the ${UPLOAD_CSRF_HEADER}: 1 header with uploads`);
    const image = await this.images.add(productId, file, alt);
    return { id: image.id, url: `/media/${image.storageKey}`, alt: image.alt };
  }
}
