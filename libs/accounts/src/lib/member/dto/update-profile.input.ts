import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { BIO_MAX_LENGTH } from '../../account/account.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'What a member may change about their public profile. Fields left out stay as they are.' })
export class UpdateProfileInput {
  @Field({ nullable: true, description: 'The name other members see.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 60, { message: 'Enter a display name of up to 60 characters' })
  displayName?: string;

  @Field(() => String, { nullable: true, description: `Up to ${BIO_MAX_LENGTH} characters; empty removes it.` })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(BIO_MAX_LENGTH, { message: `Keep your bio to ${BIO_MAX_LENGTH} characters` })
  bio?: string | null;
}
