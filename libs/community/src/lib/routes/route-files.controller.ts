import { Controller, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { Authenticated, Guards, Public, badInput, type Viewer, CurrentViewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { UPLOAD_CSRF_HEADER, requireUploadHeader } from '@flagship/media';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionPolicy } from '../contribution/contribution.policy';
import { ContributionKind } from '../contribution/contribution.types';
import { MAX_GPX_BYTES } from './gpx';
import { toGpx } from './gpx-export';
import { RouteImportService } from './route-import.service';
import { RouteService } from './route.service';

/**
 * `POST /uploads/gpx` (multipart `file`, the upload header, signed in): answers the import at once
 * (read already when small, queued when large); `GET /community/routes/:id/gpx`: what everyone may see
 * of a published route, as GPX (no session is read there, so never more than that).
 */
@Controller()
export class RouteFilesController {
  constructor(
    private readonly imports: RouteImportService,
    private readonly routes: RouteService,
    private readonly connection: TransactionalConnection,
  ) {}

  @Authenticated()
  @Post('uploads/gpx')
  @HttpCode(201)
  async upload(@CurrentViewer() viewer: Viewer, @Req() req: FastifyRequest, @Headers(UPLOAD_CSRF_HEADER) csrf: string | undefined) {
    requireUploadHeader(csrf);
    const { file, fileName } = await readGpxUpload(req);
    return this.imports.receive(viewer, fileName, file);
  }

  @Public()
  @Guards(ContributionPolicy, 'read')
  @Get('community/routes/:id/gpx')
  @Header('Cache-Control', 'no-store')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Res() reply: FastifyReply) {
    const found = await this.connection.getRepository(Contribution).findOneBy({ id });
    const route = ContributionPolicy.authorize(undefined, 'read', found?.kind === ContributionKind.ROUTE ? found : null, { field: 'id' });
    const [geometry] = await this.routes.publicGeometries([route.id]);
    const fileName = route.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 60) || 'route';
    await reply
      .header('Content-Type', 'application/gpx+xml; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${encodeURIComponent(fileName)}.gpx"`)
      .send(toGpx(route.title, geometry.segments ?? []));
  }
}

async function readGpxUpload(req: FastifyRequest): Promise<{ file?: Buffer; fileName: string }> {
  if (!req.isMultipart()) return { fileName: '' };
  let file: Buffer | undefined;
  let fileName = '';
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_GPX_BYTES + 1, files: 1, fields: 2 } })) {
      if (part.type === 'file' && part.fieldname === 'file') {
        file = await part.toBuffer();
        fileName = part.filename;
      } else if (part.type === 'file') {
        await part.toBuffer();
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw badInput('file', `GPX files can be up to ${MAX_GPX_BYTES / 1024 / 1024} MB`);
    throw badInput('file', 'The upload could not be read; send one GPX file as multipart/form-data');
  }
  return { file, fileName };
}
