import { Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { Authenticated, CurrentViewer, DomainError, ErrorCode, Guards, badInput, nulCharacterRefused, type Viewer } from '@flagship/api-core';
import type { FastifyRequest } from 'fastify';
import { ProductPolicy } from '../product/product.policy';
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
    if (csrf !== '1') throw new DomainError(ErrorCode.FORBIDDEN, `Send the ${UPLOAD_CSRF_HEADER}: 1 header with uploads`);
    const { file, alt } = await readUpload(req);
    const image = await this.images.add(viewer, productId, file, alt);
    return { id: image.id, url: `/media/${image.storageKey}`, alt: image.alt };
  }
}

/**
 * The `file` and `alt` parts of a multipart form. The file is read up to one byte over the limit,
 * so the service can tell "too large" from "just right" with its own error.
 */
async function readUpload(req: FastifyRequest): Promise<{ file?: { buffer: Buffer; size: number }; alt?: unknown }> {
  if (!req.isMultipart()) return {};
  let file: { buffer: Buffer; size: number } | undefined;
  let alt: unknown;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_IMAGE_BYTES + 1, files: 1, fields: 5 } })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') file = { buffer, size: buffer.length };
      } else if (part.fieldname === 'alt') {
        alt = part.value;
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw badInput('file', 'Images can be up to 5 MB');
    throw badInput('file', 'The upload could not be read; send one image as multipart/form-data');
  }
  // Multipart fields do not pass the validation pipe, which refuses NUL characters everywhere else.
  if (typeof alt === 'string' && alt.includes('\u0000')) throw nulCharacterRefused('alt');
  return { file, alt };
}
