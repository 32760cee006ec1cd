import { Module } from '@nestjs/common';
import { BrandResolver } from './brand/brand.resolver';
import { BrandService } from './brand/brand.service';

@Module({
  providers: [BrandService, BrandResolver],
  exports: [BrandService],
})
export class BrandModule {}
