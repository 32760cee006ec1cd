import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public, RequestContext, viewerOf, type GraphQLRequestContext } from '@flagship/api-core';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from '../accounts.options';
import { clearSessionCookie, setSessionCookie } from '../session/session-cookie';
import { AuthService, type AuthClient, type SignedIn } from './auth.service';
import { AuthPayload } from './dto/auth-payload';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Create a consumer account and sign in.' })
  async signUp(@Args('input') input: SignUpInput, @RequestContext() ctx: GraphQLRequestContext): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.auth.signUp(input, clientOf(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  async logIn(@Args('input') input: LogInInput, @RequestContext() ctx: GraphQLRequestContext): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.auth.logIn(input, clientOf(ctx)));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'End this browser session. Harmless when signed out.' })
  async logOut(@RequestContext() ctx: GraphQLRequestContext): Promise<boolean> {
    await this.auth.logOut(viewerOf(ctx.req)?.sessionId);
    clearSessionCookie(ctx.res, this.options.secureCookies);
    return true;
  }

  private signedIn(ctx: GraphQLRequestContext, { account, session }: SignedIn): AuthPayload {
    setSessionCookie(ctx.res, session.token, session.expiresAt, this.options.secureCookies);
    return { account };
  }
}

const clientOf = (ctx: GraphQLRequestContext): AuthClient => ({ address: ctx.req.ip, previousSessionId: viewerOf(ctx.req)?.sessionId });
