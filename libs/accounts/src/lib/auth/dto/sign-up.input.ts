import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class SignUpInput {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password!: string;

  @Field({ description: 'The name other members see.' })
  @Transform(trim)
  @IsString()
  @Length(1, 60, { message: 'Enter a display name of up to 60 characters' })
  displayName!: string;
}
