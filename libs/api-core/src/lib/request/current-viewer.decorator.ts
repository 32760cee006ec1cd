import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestLoaders } from '../loaders/request-loaders';
import { viewerOf, type GraphQLRequestContext, type Viewer } from './viewer';

export function requestContextOf(context: ExecutionContext): GraphQLRequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>();
  }
  const http = context.switchToHttp();
  return { req: http.getRequest(), res: http.getResponse(), loaders: new RequestLoaders() };
}

/** The signed-in viewer, or undefined for a visitor. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | undefined => viewerOf(requestContextOf(context).req),
);

/** The GraphQL context, for resolvers that set cookies. */
export const RequestContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): GraphQLRequestContext => requestContextOf(context),
);
