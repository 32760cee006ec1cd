import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength, Validate } from 'class-validator';
import { Trimmed } from '@flagship/api-core';
import { DisplayName } from '../../member/dto/display-name';
import { HardToGuessPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../password/password-strength';

export { PASSWORD_MIN_LENGTH };

@InputType()
export class SignUpInput {
  @Field()
  @Trimmed()
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field({
    description:
      `At least ${PASSWORD_MIN_LENGTH} characters and hard to guess: a common password, repeated or sequential characters, ` +
      'or one made of your name or email address is refused, with the reason (zxcvbn score below 3 of 4).',
  })
  @Validate(HardToGuessPassword, ['email', 'displayName'])
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field({ description: 'The name other members see.' })
  @DisplayName()
  displayName!: string;
}
