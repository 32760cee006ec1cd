import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';

@ArgsType()
export class ProductsArgs {
  @Field(() => Int, { defaultValue: 24, description: 'How many products, 1 to 100.' })
  @Min(1)
  @Max(100)
  first = 24;
}
