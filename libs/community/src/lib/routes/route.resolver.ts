import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Member, MemberService } from '@flagship/accounts';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionPolicy } from '../contribution/contribution.policy';
import { ContributionKind } from '../contribution/contribution.types';
import { AddPrivacyZoneInput, CreateRouteInput, LogRideInput, PinRoutePhotoInput, UpdateRouteInput } from './dto/route.inputs';
import { PrivacyZone } from './privacy-zone.entity';
import { RouteImportService } from './route-import.service';
import { PrivacyZonePolicy, RouteImportPolicy } from './route.policy';
import { RouteService } from './route.service';
import { ElevationPointView, LatLngView, LeaderboardEntry, PrivacyZoneView, RideView, RouteBounds, RouteImportView, RoutePhotoPinView, RouteView } from './route.types';

/** `Contribution.route` and the route mutations: thin, the rules are in RouteService. */
@Resolver(() => Contribution)
export class ContributionRouteResolver {
  constructor(
    private readonly routes: RouteService,
    private readonly imports: RouteImportService,
  ) {}

  @ResolveField(() => RouteView, { nullable: true, description: 'A route’s track, stats and leaderboard (routes only).' })
  route(@Parent() contribution: Contribution, @Loaders() loaders: RequestLoaders): Promise<RouteView | null> | null {
    return contribution.kind === ContributionKind.ROUTE ? this.routes.load(loaders, contribution) : null;
  }

  @Authenticated()
  @Guards(RouteImportPolicy, 'use')
  @Query(() => RouteImportView, { description: 'An uploaded GPX file of yours being read: poll it for progress.' })
  routeImport(@IdArg('id') id: string, @CurrentViewer() viewer: Viewer): Promise<RouteImportView> {
    return this.imports.view(viewer, id);
  }

  @Authenticated()
  @Guards(RouteImportPolicy, 'use')
  @Mutation(() => Contribution, { description: 'A route from your read GPX upload (a draft unless `publish`).' })
  createRoute(@Args('input') input: CreateRouteInput, @CurrentViewer() viewer: Viewer): Promise<Contribution> {
    return this.routes.create(viewer, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'update')
  @Mutation(() => Contribution)
  updateRoute(@Args('input') input: UpdateRouteInput, @CurrentViewer() viewer: Viewer): Promise<Contribution> {
    return this.routes.update(viewer, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'update')
  @Mutation(() => Contribution, { description: 'Pins one of your uploaded photos to a point of your route (again: moves it).' })
  pinRoutePhoto(@Args('input') input: PinRoutePhotoInput, @CurrentViewer() viewer: Viewer): Promise<Contribution> {
    return this.routes.pinPhoto(viewer, input);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'update')
  @Mutation(() => Contribution, { description: 'Takes a pinned photo off your route.' })
  unpinRoutePhoto(@IdArg('routeId') routeId: string, @IdArg('photoId') photoId: string, @CurrentViewer() viewer: Viewer): Promise<Contribution> {
    return this.routes.unpinPhoto(viewer, routeId, photoId);
  }

  @Authenticated()
  @Guards(ContributionPolicy, 'interact')
  @Mutation(() => RideView, { description: 'Logs your ride of a published route with your time (for its leaderboard).' })
  logRide(@Args('input') input: LogRideInput, @CurrentViewer() viewer: Viewer): Promise<RideView> {
    return this.routes.logRide(viewer, input);
  }

  @Authenticated()
  @Query(() => [PrivacyZoneView], { description: 'Your privacy zones.' })
  privacyZones(@CurrentViewer() viewer: Viewer): Promise<PrivacyZone[]> {
    return this.routes.privacyZones(viewer);
  }

  @Authenticated()
  @Mutation(() => PrivacyZoneView, { description: 'Hides a place (home, work) from what others see of all your routes.' })
  addPrivacyZone(@Args('input') input: AddPrivacyZoneInput, @CurrentViewer() viewer: Viewer): Promise<PrivacyZone> {
    return this.routes.addPrivacyZone(viewer, input);
  }

  @Authenticated()
  @Guards(PrivacyZonePolicy, 'manage')
  @Mutation(() => PrivacyZoneView)
  removePrivacyZone(@IdArg('id') id: string, @CurrentViewer() viewer: Viewer): Promise<PrivacyZone> {
    return this.routes.removePrivacyZone(viewer, id);
  }
}

/** A route's fields: its geometry is what the viewer may see (RouteService.geometry). */
@Resolver(() => RouteView)
export class RouteFieldsResolver {
  constructor(private readonly routes: RouteService) {}

  @ResolveField(() => [String], { description: 'What you may see of the track, simplified: one encoded polyline (precision 5) per visible part.' })
  async polylines(@Parent() route: RouteView, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<string[]> {
    return (await this.routes.geometry(loaders, viewer, route)).polylines;
  }

  @ResolveField(() => LatLngView, { nullable: true, description: 'The first point you may see.' })
  async start(@Parent() route: RouteView, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<LatLngView | null> {
    return (await this.routes.geometry(loaders, viewer, route)).start;
  }

  @ResolveField(() => RouteBounds, { nullable: true, description: 'The box around what you may see.' })
  async bounds(@Parent() route: RouteView, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<RouteBounds | null> {
    return (await this.routes.geometry(loaders, viewer, route)).bounds;
  }

  @ResolveField(() => [ElevationPointView], { description: 'Elevation along what you may see (up to 200 points); empty without elevation.' })
  async elevationProfile(@Parent() route: RouteView, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<ElevationPointView[]> {
    return (await this.routes.geometry(loaders, viewer, route)).profile;
  }

  @ResolveField(() => Boolean, { description: 'True for the author, who sees the whole track; others see it without the private parts.' })
  viewerSeesWholeTrack(@Parent() route: RouteView, @CurrentViewer() viewer?: Viewer): boolean {
    return viewer?.accountId === route.authorId;
  }

  @ResolveField(() => [RoutePhotoPinView], { description: 'Photos pinned along the route, in order; others see only those on what they may see of the track.' })
  photoPins(@Parent() route: RouteView, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<RoutePhotoPinView[]> {
    return this.routes.photoPins(loaders, viewer, route);
  }

  @ResolveField(() => String, { description: 'Download what everyone may see of the track as GPX.' })
  gpxUrl(@Parent() route: RouteView): string {
    return `/community/routes/${route.contributionId}/gpx`;
  }

  @ResolveField(() => [LeaderboardEntry], { description: 'Each rider’s best time, fastest first.' })
  leaderboard(
    @Parent() route: RouteView,
    @Loaders() loaders: RequestLoaders,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'Up to 50 places.' }) first: number,
  ): Promise<LeaderboardEntry[]> {
    return this.routes.leaderboard(loaders, route.contributionId, Math.min(Math.max(first, 1), 50));
  }
}

@Resolver(() => LeaderboardEntry)
export class LeaderboardEntryResolver {
  constructor(private readonly members: MemberService) {}

  @ResolveField(() => Member)
  async member(@Parent() entry: LeaderboardEntry, @Loaders() loaders: RequestLoaders): Promise<Member> {
    return (await this.members.load(loaders, entry.memberId)) ?? { id: entry.memberId, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt: new Date(0) };
  }
}
