import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Public } from '@flagship/api-core';
import type { FastifyReply } from 'fastify';
import { MediaStorage } from './media-storage';

/** Serves stored files at /media/<key>. Keys carry a random part, so files can be cached for good. */
@Controller('media')
export class MediaController {
  constructor(private readonly storage: MediaStorage) {}

  @Public()
  @Get('*')
  async serve(@Param('*') key: string, @Res() reply: FastifyReply): Promise<void> {
    const media = await this.storage.read(key);
    if (!media) throw new NotFoundException();
    await reply
      .header('Content-Type', media.contentType)
      .header('Content-Length', String(media.size))
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('X-Content-Type-Options', 'nosniff')
      .send(media.stream);
  }
}
