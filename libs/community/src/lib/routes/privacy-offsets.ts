import { randomInt } from 'node:crypto';
import { randomEndOffset, randomZoneOffset } from './gpx';

/** A uniform random number in [0, 1) from the platform's CSPRNG: offsets must not be guessable. */
const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

/**
 * The kept offset of a privacy zone's hidden circle: the GPX engine's `randomZoneOffset` (650–850 m in
 * a random direction, decision 0029), drawn from the CSPRNG. The engine hides the zone's radius plus
 * more than the offset around the displaced centre, so the true centre is always hidden, and neither
 * the average of many cut points nor a circle fitted through them lands on it.
 */
export function newZoneOffset(radiusM: number): { eastM: number; northM: number } {
  return rounded(randomZoneOffset(radiusM, random));
}

/** A member's kept offset for start/end hiding: the engine's `randomEndOffset`, from the CSPRNG. */
export function newEndOffset(): { eastM: number; northM: number } {
  return rounded(randomEndOffset(random));
}

function rounded(offset: { eastM: number; northM: number }): { eastM: number; northM: number } {
  return { eastM: Math.round(offset.eastM * 10) / 10, northM: Math.round(offset.northM * 10) / 10 };
}
