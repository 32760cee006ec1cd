import { randomInt } from 'node:crypto';

/** A uniform random number in [0, 1) from the platform's CSPRNG: offsets must not be guessable. */
const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

function offset(minM: number, maxM: number): { eastM: number; northM: number } {
  const angle = random() * 2 * Math.PI;
  const distance = minM + random() * (maxM - minM);
  return { eastM: Math.round(distance * Math.cos(angle) * 10) / 10, northM: Math.round(distance * Math.sin(angle) * 10) / 10 };
}

/**
 * The kept offset of a privacy zone's hidden circle: 20–50% of its radius in a random direction, so the
 * true centre is always well inside what is hidden but never at the middle of it (decision 0030).
 */
export function newZoneOffset(radiusM: number): { eastM: number; northM: number } {
  return offset(0.2 * radiusM, 0.5 * radiusM);
}

/** A member's kept offset for start/end hiding: 100–250 m in a random direction (decision 0030). */
export function newEndOffset(): { eastM: number; northM: number } {
  return offset(100, 250);
}
