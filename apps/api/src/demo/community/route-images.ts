import { BIKES } from '../art/bikes';
import { bikeOutdoors } from '../art/scenes';
import type { DemoImage } from '../demo-images';

// Without path aliases: the test run's global setup renders these ahead (DemoImageRenderer.renderAll).

const anasGravel = { ...BIKES['summit-al-gravel'], extras: { frameBag: true } };

/**
 * The photos the demo's route authors pinned along their routes, by route title: where along the whole
 * track (metres) and the photo (drawn like the product pictures, decision 0020).
 */
export const DEMO_ROUTE_PINS: Record<string, { distanceM: number; caption: string; image: DemoImage }[]> = {
  'Ridgeline sunrise loop': [
    // Inside Ana's home privacy zone: only she sees this one.
    { distanceM: 150, caption: 'Rolling out at dawn', image: { alt: 'A green gravel bike at the roadside in the first light', draw: () => bikeOutdoors(anasGravel, 5) } },
    { distanceM: 9_000, caption: 'Top of the first climb: the view over the valley', image: { alt: 'A green gravel bike on a ridge road above hills at sunrise', draw: () => bikeOutdoors(anasGravel, 61) } },
  ],
};
