import { PrivacyZone, RoutePrivacy } from './privacy-zone.entity';
import { RouteImport } from './route-import.entity';
import { RouteImportService } from './route-import.service';
import { ContributionRouteResolver, LeaderboardEntryResolver, RouteFieldsResolver } from './route.resolver';
import { RouteService } from './route.service';
import { RouteRide } from './route-ride.entity';
import { CommunityRoute } from './route.entity';
import { RoutePhotoPin } from './route-photo-pin.entity';

export { CreateRoutes1765000000400 } from '../../migrations/1765000000400-create-routes';
export { CreateRoutePhotoPins1765000000450 } from '../../migrations/1765000000450-create-route-photo-pins';
export { RouteFilesController } from './route-files.controller';
export { RouteImportService } from './route-import.service';
export { RouteService } from './route.service';

export const routeEntities = [CommunityRoute, RouteImport, RouteRide, PrivacyZone, RoutePrivacy, RoutePhotoPin];

/** What CommunityModule provides for routes. */
export const routeProviders = [RouteService, RouteImportService, ContributionRouteResolver, RouteFieldsResolver, LeaderboardEntryResolver];
export { sampleGpx, sampleTrack, type SampleGpxOptions } from './sample-gpx';
