import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Member, MemberService } from '@flagship/accounts';
import { Product, ProductPolicy } from '@flagship/catalog';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionPolicy } from '../contribution/contribution.policy';
import { ContributionService } from '../contribution/contribution.service';
import { ContributionConnection } from '../contribution/contribution.resolver';
import { AdvicePolicy } from './advice.policy';
import { AdviceService } from './advice.service';
import { Answer } from './answer.entity';
import {
  AnswerInput,
  AskQuestionInput,
  CategoryExpertItem,
  PostProjectUpdateInput,
  QuestionsArgs,
  UpdateProjectUpdateInput,
  UpdateQuestionInput,
} from './dto/advice.inputs';

/** Questions, progress posts and answers: the mutations, and their fields on Contribution. */
@Resolver(() => Contribution)
export class AdviceResolver {
  constructor(private readonly advice: AdviceService) {}

  @Authenticated()
  @Guards(ProductPolicy, 'read')
  @Mutation(() => Contribution, { description: 'Ask a question, on a product page (productId) or about a category; a draft unless `publish`.' })
  askQuestion(@CurrentViewer() viewer: Viewer, @Args('input') input: AskQuestionInput): Promise<Contribution> {
    return this.advice.askQuestion(viewer, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'update')
  @Mutation(() => Contribution, { description: 'Change your own question.' })
  updateQuestion(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: UpdateQuestionInput): Promise<Contribution> {
    return this.advice.updateQuestion(viewer, id, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'update')
  @Mutation(() => Contribution, { description: 'Post progress on your project, optionally on one of your builds (projectId), asking for advice or not.' })
  postProjectUpdate(@CurrentViewer() viewer: Viewer, @Args('input') input: PostProjectUpdateInput): Promise<Contribution> {
    return this.advice.postProjectUpdate(viewer, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'update')
  @Mutation(() => Contribution, { description: 'Change your own progress post.' })
  updateProjectUpdate(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: UpdateProjectUpdateInput): Promise<Contribution> {
    return this.advice.updateProjectUpdate(viewer, id, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Mutation(() => Answer, { description: 'Answer a published question or progress post that asks for advice.' })
  answer(@CurrentViewer() viewer: Viewer, @Args('input') input: AnswerInput): Promise<Answer> {
    return this.advice.answer(viewer, input);
  }

  @Authenticated()
  @Guards(AdvicePolicy, 'accept_answer')
  @Mutation(() => Contribution, { description: 'Mark the answer that helped (the asker only); marking another one moves the mark.' })
  acceptAnswer(@CurrentViewer() viewer: Viewer, @IdArg('answerId') answerId: string): Promise<Contribution> {
    return this.advice.acceptAnswer(viewer, answerId);
  }

  @ResolveField(() => [Answer], { description: 'Answers: the accepted one first, then experts’, then oldest first.' })
  answers(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<Answer[]> {
    return this.advice.answers(loaders, contribution.id);
  }

  @ResolveField(() => Answer, { nullable: true, description: 'The answer the asker marked as the one that helped.' })
  async acceptedAnswer(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<Answer | null> {
    // From the same batch as `answers`: asking for both costs one statement.
    if (!contribution.acceptedAnswerId) return null;
    return (await this.advice.answers(loaders, contribution.id)).find((answer) => answer.id === contribution.acceptedAnswerId) ?? null;
  }

  @ResolveField(() => Contribution, { nullable: true, description: 'A progress post’s build (the author’s own), when the viewer may see it.' })
  project(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<Contribution | null> {
    return this.advice.project(loaders, viewer, contribution);
  }

  @ResolveField(() => Product, { nullable: true, description: 'The product a question is about, when the viewer may see it.' })
  product(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<Product | null> {
    return this.advice.product(loaders, viewer, contribution);
  }
}

@Resolver(() => Answer)
export class AnswerResolver {
  constructor(
    private readonly members: MemberService,
    private readonly contributions: ContributionService,
  ) {}

  @ResolveField(() => Member, { description: 'Who answered, as everyone sees them now.' })
  async author(@Parent() answer: Answer, @Loaders() loaders: RequestLoaders): Promise<Member> {
    return (await this.members.load(loaders, answer.authorId)) ?? { id: answer.authorId, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt: answer.createdAt };
  }

  @ResolveField(() => Boolean, { description: 'True for the answer the asker marked as the one that helped.' })
  async accepted(@Parent() answer: Answer, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return (await this.contributions.load(loaders, answer.contributionId))?.acceptedAnswerId === answer.id;
  }
}

/** A product's questions, on its page. */
@Resolver(() => Product)
export class ProductQuestionsResolver {
  constructor(private readonly advice: AdviceService) {}

  @ResolveField(() => ContributionConnection, { description: 'Published questions about it, newest first. Public for a published product.' })
  questions(@Parent() product: Product, @Args() args: QuestionsArgs, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<Connection<Contribution>> {
    return this.advice.forProduct(loaders, product, viewer, args.first, args.after);
  }
}

/** Category experts, chosen by brand managers. */
@Resolver(() => CategoryExpertItem)
export class CategoryExpertResolver {
  constructor(private readonly advice: AdviceService) {}

  @Authenticated()
  @Guards(AdvicePolicy, 'manage_experts')
  @Query(() => [CategoryExpertItem], { description: 'Members marked as experts, by category then name (brand managers).' })
  categoryExperts(): Promise<CategoryExpertItem[]> {
    return this.advice.experts();
  }

  @Authenticated()
  @Guards(AdvicePolicy, 'manage_experts')
  @Mutation(() => CategoryExpertItem, { description: 'Mark a member as an expert for a category: their answers there carry an expert badge.' })
  setCategoryExpert(@CurrentViewer() viewer: Viewer, @IdArg('accountId') accountId: string, @IdArg('categoryId') categoryId: string): Promise<CategoryExpertItem> {
    return this.advice.setCategoryExpert(viewer, accountId, categoryId);
  }

  @Authenticated()
  @Guards(AdvicePolicy, 'manage_experts')
  @Mutation(() => Boolean, { description: 'Unmark a category expert; answers they wrote keep the badge they were written with. False when they were not one.' })
  removeCategoryExpert(@CurrentViewer() viewer: Viewer, @IdArg('accountId') accountId: string, @IdArg('categoryId') categoryId: string): Promise<boolean> {
    return this.advice.removeCategoryExpert(viewer, accountId, categoryId);
  }
}

