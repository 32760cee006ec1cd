import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { renderMarkdown } from '@flagship/api-core';
import { Image } from '@flagship/media';
import { ContributionPhotoItem } from '../../contribution/dto/contribution.inputs';
import { GuideDifficulty, GuideItemKind } from '../guide.types';

@ObjectType('Guide', { description: 'A step-by-step guide’s own details (the rest is its Contribution).' })
export class GuideView {
  /** The contribution's id (the guide's id everywhere). */
  @Field(() => ID)
  id!: string;

  @Field(() => GuideDifficulty)
  difficulty!: GuideDifficulty;

  @Field(() => Int, { description: 'How long it takes, in minutes.' })
  timeMinutes!: number;

  @Field(() => Int, { description: 'Members who posted "I made this".' })
  completionCount!: number;
}

@ObjectType('GuideStep')
export class GuideStepView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The step’s number, from 1.' })
  number!: number;

  @Field()
  title!: string;

  @Field({ description: 'Markdown source; show `bodyHtml`.' })
  body!: string;

  /** The step's photos, filled by the resolver. */
  photos?: ContributionPhotoItem[];

  @Field({ description: 'The step as safe HTML.' })
  get bodyHtml(): string {
    return renderMarkdown(this.body);
  }
}

@ObjectType('GuideItem', { description: 'A tool or part a guide needs.' })
export class GuideItemView {
  @Field(() => ID)
  id!: string;

  @Field(() => GuideItemKind)
  kind!: GuideItemKind;

  @Field()
  label!: string;

  @Field(() => Int)
  quantity!: number;

  /** The linked variant's id, resolved (when still for sale) by `variant` and `product`. */
  variantId!: string | null;
}

@ObjectType('GuideCompletion', { description: '"I made this": a member’s photo of the result of a guide.' })
export class GuideCompletionView {
  @Field(() => ID)
  id!: string;

  memberId!: string;

  @Field(() => Image)
  photo!: Image;

  @Field({ description: 'Markdown source; show `noteHtml`.' })
  note!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'The note as safe HTML.' })
  get noteHtml(): string {
    return renderMarkdown(this.note);
  }
}

