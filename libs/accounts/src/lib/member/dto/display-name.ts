import { applyDecorators } from '@nestjs/common';
import { Trimmed } from '@flagship/api-core';
import { IsString, Length } from 'class-validator';

export const DISPLAY_NAME_MAX_LENGTH = 60;

/** The one rule for a display name, at sign-up and on the profile: trimmed, 1 to 60 characters. */
export const DisplayName = () =>
  applyDecorators(Trimmed(), IsString(), Length(1, DISPLAY_NAME_MAX_LENGTH, { message: `Enter a display name of up to ${DISPLAY_NAME_MAX_LENGTH} characters` }));
