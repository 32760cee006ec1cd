import { Module } from '@nestjs/common';
import { BrandImageController } from './brand-image/brand-image.controller';
import { BrandImageResolver } from './brand-image/brand-image.resolver';
import { BrandImageService } from './brand-image/brand-image.service';
import { BrandResolver } from './brand/brand.resolver';
import { BrandService } from './brand/brand.service';

@Module({
  controllers: [BrandImageController],
  providers: [BrandService, BrandResolver, BrandImageService, BrandImageResolver],
  exports: [BrandService, BrandImageService],
})
export class BrandModule {}
