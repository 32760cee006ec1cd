import { DomainError, ErrorCode, badInput, nulCharacterRefused } from '@flagship/api-core';
import type {} from '@fastify/multipart'; // its request methods (isMultipart, parts)
import type { FastifyRequest } from 'fastify';
import { MAX_UPLOAD_BYTES } from './image-pipeline';

/** The header every upload must carry (see `requireUploadHeader`). */
export const UPLOAD_CSRF_HEADER = 'x-flagship-upload';

/**
 * A multipart form is a "simple" request a foreign site could send with a manager's cookie, so upload
 * routes also require a custom header, which browsers only let same-origin scripts add.
 */
export function requireUploadHeader(value: string | undefined): void {
  if (value !== '1') throw new DomainError(ErrorCode.FORBIDDEN, `Send the ${UPLOAD_CSRF_HEADER}: 1 header with uploads`);
}

/**
 * The `file` and `alt` parts of an upload's multipart form. The file is read up to one
 * byte over the limit, so the pipeline can tell "too large" from "just right" with its own error.
 */
export async function readUpload(req: FastifyRequest): Promise<{ file?: Buffer; alt?: unknown }> {
  if (!req.isMultipart()) return {};
  let file: Buffer | undefined;
  let alt: unknown;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1, fields: 5 } })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') file = buffer;
      } else if (part.fieldname === 'alt') {
        alt = part.value;
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw badInput('file', `Images can be up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
    throw badInput('file', 'The upload could not be read; send one image as multipart/form-data');
  }
  // Multipart fields do not pass the validation pipe, which refuses NUL characters everywhere else.
  if (typeof alt === 'string' && alt.includes('\u0000')) throw nulCharacterRefused('alt');
  return { file, alt };
}
