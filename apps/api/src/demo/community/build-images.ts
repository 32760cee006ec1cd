import { BIKES } from '../art/bikes';
import { bikeOutdoors, bikeStudio } from '../art/scenes';
import { PALETTE } from '../art/svg';
import type { DemoImage } from '../demo-images';

// Without path aliases: the test run's global setup renders these ahead (DemoImageRenderer.renderAll).

const bikepacker = { ...BIKES['summit-al-gravel'], colour: '#7a5c9e', accent: '#f0c74f', extras: { frameBag: true, rearRack: true, lights: true } };
const nightTrail = { ...BIKES['crestline-trail'], colour: PALETTE.ink, accent: '#59c2a6' };
const expedition = { ...BIKES['tourer-steel'], colour: PALETTE.harbour, accent: PALETTE.sand, extras: { mudguards: true, rearRack: true, frontRack: true, panniers: true, lights: true } };
const cargoCommuter = { ...BIKES['commuter-8'], colour: '#b8432f', accent: PALETTE.cream };

/** The photos of the demo's builds, by build title (drawn like the product pictures, decision 0020). */
export const DEMO_BUILD_IMAGES: Record<string, DemoImage[]> = {
  'Lavender bikepacking rig on a Summit AL': [
    { alt: 'A lavender gravel bike with a frame bag and rack on a gravel road in the hills', draw: () => bikeOutdoors(bikepacker, 41) },
    { alt: 'The lavender bikepacking rig side on in the studio', draw: () => bikeStudio(bikepacker) },
  ],
  'Night Crestline: the blacked-out trail bike': [
    { alt: 'A black trail bike with mint details on a dirt road at dusk', draw: () => bikeOutdoors(nightTrail, 7) },
    { alt: 'The black Crestline trail build in the studio', draw: () => bikeStudio(nightTrail) },
  ],
  'Harbour blue expedition tourer': [
    { alt: 'A harbour blue touring bike with four panniers on a road through the hills', draw: () => bikeOutdoors(expedition, 23) },
    { alt: 'The fully loaded blue tourer side on in the studio', draw: () => bikeStudio(expedition) },
  ],
  'Red Commuter 8 school-run special': [{ alt: 'A red city bike with mudguards, rack and lights in the studio', draw: () => bikeStudio(cargoCommuter) }],
};
