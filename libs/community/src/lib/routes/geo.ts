/** Metres per degree of latitude (mean Earth radius 6,371,008.8 m, as haversineM). */
const METRES_PER_DEGREE = (2 * Math.PI * 6_371_008.8) / 360;

/** `point` moved `eastM` east and `northM` north (flat-earth step: exact enough for a few kilometres). */
export function displace<T extends { lat: number; lng: number }>(point: T, eastM: number, northM: number): T {
  return {
    ...point,
    lat: point.lat + northM / METRES_PER_DEGREE,
    lng: point.lng + eastM / (METRES_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180)),
  };
}
