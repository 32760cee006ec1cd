import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Public } from '@flagship/api-core';
import type { Response } from 'express';
import { MediaStorage } from './media-storage';

/** Serves stored files at /media/<key>. Keys carry a random part, so files can be cached for good. */
@Controller('media')
export class MediaController {
  constructor(private readonly storage: MediaStorage) {}

  @Public()
  @Get('*key')
  async serve(@Param('key') key: string | string[], @Res() res: Response): Promise<void> {
    const media = await this.storage.read(Array.isArray(key) ? key.join('/') : key);
    if (!media) throw new NotFoundException();
    res.setHeader('Content-Type', media.contentType);
    res.setHeader('Content-Length', String(media.size));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    media.stream.pipe(res);
  }
}
