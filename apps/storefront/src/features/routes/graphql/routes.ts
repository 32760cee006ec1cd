import { graphql } from '@/gql';

export const RoutePageQuery = graphql(`
  query RoutePage($id: ID!) {
    contribution(id: $id) {
      id
      kind
      title
      body
      bodyHtml
      excerpt
      tags
      status
      publishedAt
      viewerCanEdit
      author {
        id
        displayName
        avatarUrl
      }
      photos {
        id
        caption
        image {
          url
          srcset
          alt
          width
          height
        }
      }
      route {
        distanceM
        elevationGainM
        elevationLossM
        durationS
        pointCount
        polylines
        start {
          lat
          lng
        }
        elevationProfile {
          distanceM
          ele
        }
        viewerSeesWholeTrack
        gpxUrl
        photoPins {
          id
          caption
          distanceM
          point {
            lat
            lng
          }
          photo {
            url
            srcset
            alt
            width
            height
          }
        }
        leaderboard(first: 10) {
          rank
          durationS
          riddenOn
          rides
          member {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const LogRideMutation = graphql(`
  mutation LogRide($input: LogRideInput!) {
    logRide(input: $input) {
      id
      durationS
      personalBest
    }
  }
`);

export const RouteImportQuery = graphql(`
  query RouteImport($id: ID!) {
    routeImport(id: $id) {
      id
      status
      progress
      error
      fileName
      name
      distanceM
      elevationGainM
      pointCount
    }
  }
`);

export const CreateRouteMutation = graphql(`
  mutation CreateRoute($input: CreateRouteInput!) {
    createRoute(input: $input) {
      id
    }
  }
`);

export const UpdateRouteMutation = graphql(`
  mutation UpdateRoute($input: UpdateRouteInput!) {
    updateRoute(input: $input) {
      id
    }
  }
`);

export const PrivacyZonesQuery = graphql(`
  query PrivacyZones {
    privacyZones {
      id
      lat
      lng
      radiusM
      createdAt
    }
  }
`);

export const AddPrivacyZoneMutation = graphql(`
  mutation AddPrivacyZone($input: AddPrivacyZoneInput!) {
    addPrivacyZone(input: $input) {
      id
    }
  }
`);

export const RemovePrivacyZoneMutation = graphql(`
  mutation RemovePrivacyZone($id: ID!) {
    removePrivacyZone(id: $id) {
      id
    }
  }
`);

export const PinRoutePhotoMutation = graphql(`
  mutation PinRoutePhoto($input: PinRoutePhotoInput!) {
    pinRoutePhoto(input: $input) {
      id
    }
  }
`);

export const UnpinRoutePhotoMutation = graphql(`
  mutation UnpinRoutePhoto($routeId: ID!, $photoId: ID!) {
    unpinRoutePhoto(routeId: $routeId, photoId: $photoId) {
      id
    }
  }
`);
