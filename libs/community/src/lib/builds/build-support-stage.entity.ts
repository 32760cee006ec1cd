import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The support stages, a setting brand managers edit (`setBuildSupportStages`): in order, how many
 * supporters a build needs in total by the end of each stage's window. The migration stores LEGO
 * Ideas' defaults; a build in progress keeps the deadline it was given and meets the new targets.
 */
@ObjectType({ description: 'A support stage: reach `supporters` in total within `windowDays` of the stage opening.' })
@Entity('build_support_stage')
@Check('build_support_stage_check', `"supporters" > 0 AND "window_days" BETWEEN 1 AND 730`)
export class BuildSupportStage {
  @PrimaryColumn('integer', { primaryKeyConstraintName: 'build_support_stage_pkey' })
  position!: number;

  @Field(() => Int)
  @Column('integer')
  supporters!: number;

  @Field(() => Int)
  @Column('integer', { name: 'window_days' })
  windowDays!: number;
}
