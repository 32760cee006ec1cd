import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { Authenticated, CurrentViewer, type Viewer } from '@flagship/api-core';
import { UPLOAD_CSRF_HEADER, readUpload, requireUploadHeader } from '@flagship/media';
import type { FastifyRequest } from 'fastify';
import { MemberService } from './member.service';

/**
 * `POST /uploads/avatar` (multipart: `file`, optional `alt`, plus the upload header): the signed-in
 * member's new picture, cut to the centred square. Answers the member as everyone will see them.
 */
@Controller('uploads')
export class AvatarController {
  constructor(private readonly members: MemberService) {}

  @Authenticated()
  @Post('avatar')
  @HttpCode(201)
  async upload(@CurrentViewer() viewer: Viewer, @Req() req: FastifyRequest, @Headers(UPLOAD_CSRF_HEADER) csrf: string | undefined) {
    requireUploadHeader(csrf);
    const { file, alt } = await readUpload(req);
    const member = await this.members.setAvatar(viewer, file, alt);
    return { id: member.id, avatarUrl: member.avatarUrl, avatar: member.avatar };
  }
}
