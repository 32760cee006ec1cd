import { definePolicy, isAccount } from '@flagship/api-core';
import type { PrivacyZone } from './privacy-zone.entity';
import type { RouteImport } from './route-import.entity';

/** An uploaded GPX file is its uploader's until it becomes a route: nobody else learns it exists. */
export const RouteImportPolicy = definePolicy('route_import', {
  noun: 'Route import',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** Following its progress and making a route of it. */
    use: isAccount((upload: Pick<RouteImport, 'ownerId'>) => upload.ownerId, 'its uploader'),
  },
});

/** A privacy zone is its member's alone: others never learn where it is, or that it exists. */
export const PrivacyZonePolicy = definePolicy('privacy_zone', {
  noun: 'Privacy zone',
  refuseAs: 'NOT_FOUND',
  rules: {
    manage: isAccount((zone: Pick<PrivacyZone, 'memberId'>) => zone.memberId, 'its member'),
  },
});
