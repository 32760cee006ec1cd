import { BIKES } from './art/bikes';
import { chainCoil, chainLinks, multitool, saddleSide, saddleTop, torqueWrench, tyre, wheelHub, wheelset, workStand } from './art/parts';
import { bikeDetail, bikeOutdoors, bikeStudio, heroLandscape, logoMark } from './art/scenes';
import { PALETTE } from './art/svg';

/**
 * The demo's pictures, drawn rather than downloaded (decision 0020): each is SVG made from the
 * product's own numbers (a bike from its frame geometry and colour), rendered to WebP variants by the
 * same pipeline as an upload. The first of a product's pictures is its main photo.
 */
export interface DemoImage {
  alt: string;
  draw: () => string;
}

export const DEMO_PRODUCT_IMAGES: Record<string, DemoImage[]> = {
  'summit-al-gravel': [
    { alt: 'Summit AL Gravel Bike in moss green with tan-wall tyres, side view', draw: () => bikeStudio(BIKES['summit-al-gravel']) },
    { alt: 'The Summit AL’s drivetrain: chainring, cassette and rear derailleur', draw: () => bikeDetail(BIKES['summit-al-gravel'], 'drivetrain') },
    { alt: 'Summit AL Gravel Bike parked on a gravel road below the hills', draw: () => bikeOutdoors(BIKES['summit-al-gravel'], 11) },
  ],
  'summit-cf-gravel': [
    { alt: 'Summit CF Gravel Bike in slate with a frame bag, side view', draw: () => bikeStudio(BIKES['summit-cf-gravel']) },
    { alt: 'The Summit CF’s cockpit: drop bar, hoods and stem', draw: () => bikeDetail(BIKES['summit-cf-gravel'], 'cockpit') },
  ],
  'crestline-trail': [
    { alt: 'Crestline Trail Bike in ember orange, full suspension, side view', draw: () => bikeStudio(BIKES['crestline-trail']) },
    { alt: 'Crestline Trail Bike on a gravel road at the foot of the mountains', draw: () => bikeOutdoors(BIKES['crestline-trail'], 3) },
  ],
  'commuter-8': [
    { alt: 'Commuter 8 City Bike in harbour blue with mudguards, rack and lights, side view', draw: () => bikeStudio(BIKES['commuter-8']) },
    { alt: 'The Commuter 8’s swept-back bar and front light', draw: () => bikeDetail(BIKES['commuter-8'], 'cockpit') },
  ],
  'tourer-steel': [
    { alt: 'Longway Steel Tourer in sand with front and rear racks and four panniers, side view', draw: () => bikeStudio(BIKES['tourer-steel']) },
    { alt: 'Longway Steel Tourer loaded for a trip, on a road in the hills', draw: () => bikeOutdoors(BIKES['tourer-steel'], 5) },
  ],
  'ridgeline-wheelset-gravel': [
    { alt: 'Gravel Wheelset 700c: front and rear wheel with gravel tyres', draw: () => wheelset() },
    { alt: 'Close-up of the rear hub with its disc rotor and cassette', draw: () => wheelHub() },
  ],
  'ridgeline-saddle-comfort': [
    { alt: 'Comfort Saddle from the side, on its seat post', draw: () => saddleSide(PALETTE.ink) },
    { alt: 'Comfort Saddle from above, showing the pressure-relief channel', draw: () => saddleTop('#2a2e31', 155) },
  ],
  'ridgeline-chain-12': [
    { alt: '12-speed Chain coiled, with its gold quick link', draw: () => chainCoil() },
    { alt: 'Close-up of the chain’s plates and rollers', draw: () => chainLinks() },
  ],
  'ridgeline-tyre-45': [
    { alt: 'Allroad Tyre 45 mm in black, side view', draw: () => tyre(false, false) },
    { alt: 'Allroad Tyre 45 mm with tan sidewalls', draw: () => tyre(true, false) },
    { alt: 'Allroad Tyre 45 mm seen at an angle, showing the tread', draw: () => tyre(false, true) },
  ],
  'ridgeline-multitool': [
    { alt: 'Trailside Multi-tool with its bits fanned out', draw: () => multitool(true) },
    { alt: 'Trailside Multi-tool folded', draw: () => multitool(false) },
  ],
  'ridgeline-torque-wrench': [
    { alt: 'Torque Wrench 2-20 Nm, whole', draw: () => torqueWrench(false) },
    { alt: 'Close-up of the torque wrench’s scale', draw: () => torqueWrench(true) },
  ],
  'ridgeline-work-stand': [
    { alt: 'Home Work Stand unfolded', draw: () => workStand(false, PALETTE.moss) },
    { alt: 'Home Work Stand holding a frame by its seat post', draw: () => workStand(true, PALETTE.moss) },
  ],
};

export const DEMO_BRAND_IMAGES = {
  logo: { alt: 'Ridgeline Cycles logo: a ridgeline under a rising sun', draw: () => logoMark() },
  hero: { alt: 'A rider on a gravel bike below layered ridgelines at dawn', draw: () => heroLandscape(BIKES['summit-al-gravel']) },
} satisfies Record<string, DemoImage>;
