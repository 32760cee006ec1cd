import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Trimmed } from '@flagship/api-core';
import { BIO_MAX_LENGTH } from '../../account/account.entity';
import { DisplayName } from './display-name';

@InputType({ description: 'What a member may change about their public profile. Fields left out stay as they are.' })
export class UpdateProfileInput {
  @Field({ nullable: true, description: 'The name other members see.' })
  @IsOptional()
  @DisplayName()
  displayName?: string;

  @Field(() => String, { nullable: true, description: `Up to ${BIO_MAX_LENGTH} characters; empty removes it.` })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(BIO_MAX_LENGTH, { message: `Keep your bio to ${BIO_MAX_LENGTH} characters` })
  bio?: string | null;
}
