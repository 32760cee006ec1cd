import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { badInput, Trimmed } from '@flagship/api-core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

export const MAX_SIZE_GUIDE_COLUMNS = 6;
export const MAX_SIZE_GUIDE_ROWS = 20;

/**
 * Which size fits whom: a table with one row per size (named as the variants' `size`, so a product
 * page can point at the row of the size picked) and the columns a department needs, e.g. rider height
 * and frame size for bikes. A category carries it (decision 0021); its products show it.
 */
@ObjectType({ description: 'A size table: one row per size, e.g. S → rider height 155–167 cm, frame 50 cm.' })
export class SizeGuide {
  @Field(() => [String], { description: 'Headings of the columns after the size, e.g. ["Rider height", "Frame size"].' })
  columns!: string[];

  @Field(() => [SizeGuideRow])
  rows!: SizeGuideRow[];

  @Field(() => String, { nullable: true, description: 'A sentence under the table, e.g. how to measure.' })
  note!: string | null;
}

@ObjectType()
export class SizeGuideRow {
  @Field({ description: 'The size as the variants name it, e.g. "M".' })
  size!: string;

  @Field(() => [String], { description: 'One value per column, in the order of `columns`.' })
  values!: string[];
}

/** Trims each text of a list (`@Trimmed` is for one text). */
const TrimmedEach = () => Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value));

@InputType()
export class SizeGuideRowInput {
  @Field()
  @Trimmed()
  @Length(1, 30, { message: 'Write a size of 1 to 30 characters' })
  size!: string;

  @Field(() => [String])
  @TrimmedEach()
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'Write each value in 1 to 40 characters' })
  @ArrayMaxSize(MAX_SIZE_GUIDE_COLUMNS)
  values!: string[];
}

@InputType()
export class SizeGuideInput {
  @Field(() => [String])
  @TrimmedEach()
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'Write each heading in 1 to 40 characters' })
  @ArrayMinSize(1, { message: 'Add at least one column' })
  @ArrayMaxSize(MAX_SIZE_GUIDE_COLUMNS, { message: `A size guide has at most ${MAX_SIZE_GUIDE_COLUMNS} columns` })
  columns!: string[];

  @Field(() => [SizeGuideRowInput])
  @ValidateNested({ each: true })
  @Type(() => SizeGuideRowInput)
  @ArrayMinSize(1, { message: 'Add at least one size' })
  @ArrayMaxSize(MAX_SIZE_GUIDE_ROWS, { message: `A size guide has at most ${MAX_SIZE_GUIDE_ROWS} sizes` })
  rows!: SizeGuideRowInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @Length(1, 300, { message: 'Write a note of at most 300 characters' })
  note?: string | null;
}

/**
 * The guide as stored: every row has one value per column and each size appears once (compared
 * without case). Refuses on the input field at fault, under `field`.
 */
export function toSizeGuide(input: SizeGuideInput, field = 'sizeGuide'): SizeGuide {
  const sizes = new Set<string>();
  const rows = input.rows.map(({ size, values }, index) => {
    if (values.length !== input.columns.length) {
      throw badInput(`${field}.rows.${index}.values`, `Give ${input.columns.length} ${input.columns.length === 1 ? 'value' : 'values'}, one per column`);
    }
    const key = size.toLocaleLowerCase('en');
    if (sizes.has(key)) throw badInput(`${field}.rows.${index}.size`, `Size ${size} is listed already`);
    sizes.add(key);
    return { size, values };
  });
  return { columns: input.columns, rows, note: input.note ?? null };
}
