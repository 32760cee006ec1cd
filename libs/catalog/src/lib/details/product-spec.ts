import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { badInput, Trimmed } from '@flagship/api-core';
import { Length } from 'class-validator';

/** The most specs one product lists: a full bike spec sheet fits, a pasted catalogue does not. */
export const MAX_SPECS = 30;

/**
 * One line of a product's spec sheet, e.g. Frame: "Aluminium 6061". A product keeps its specs as an
 * ordered list in one JSON column (decision 0021): they are always read and written whole, with the
 * product, and never queried one by one.
 */
@ObjectType({ description: 'One line of the spec sheet, e.g. Frame: "Aluminium 6061".' })
export class ProductSpec {
  @Field()
  label!: string;

  @Field()
  value!: string;
}

@InputType()
export class ProductSpecInput {
  @Field({ description: 'What is specified, e.g. "Frame"; 1 to 40 characters, once per product.' })
  @Trimmed()
  @Length(1, 40, { message: 'Write a label of 1 to 40 characters' })
  label!: string;

  @Field({ description: 'Its value, e.g. "Aluminium 6061"; 1 to 200 characters.' })
  @Trimmed()
  @Length(1, 200, { message: 'Write a value of 1 to 200 characters' })
  value!: string;
}

/**
 * The specs as stored: in the order given, each label once (compared without case), so the product
 * page's table never shows two "Weight" rows. Refuses on `<field>.<index>.label`.
 */
export function toSpecs(inputs: readonly ProductSpecInput[], field = 'specs'): ProductSpec[] {
  const seen = new Set<string>();
  return inputs.map(({ label, value }, index) => {
    const key = label.toLocaleLowerCase('en');
    if (seen.has(key)) throw badInput(`${field}.${index}.label`, `"${label}" is listed already: give each label once`);
    seen.add(key);
    return { label, value };
  });
}
