import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public, RequestContext, type GraphQLRequestContext } from '@flagship/api-core';
import { AuthService } from './auth.service';
import { AuthPayload } from './dto/auth-payload';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Create a consumer account and sign in.' })
  async signUp(@Args('input') input: SignUpInput, @RequestContext() ctx: GraphQLRequestContext): Promise<AuthPayload> {
    return { account: await this.auth.signUp(input, ctx.res) };
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  async logIn(@Args('input') input: LogInInput, @RequestContext() ctx: GraphQLRequestContext): Promise<AuthPayload> {
    return { account: await this.auth.logIn(input, ctx.res) };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'End this browser session. Harmless when signed out.' })
  async logOut(@RequestContext() ctx: GraphQLRequestContext): Promise<boolean> {
    await this.auth.logOut(ctx.req.viewer?.sessionId, ctx.res);
    return true;
  }
}
