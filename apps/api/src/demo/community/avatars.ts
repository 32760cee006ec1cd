import type { AccountService, MemberService, SessionService } from '@flagship/accounts';
import type { MediaAssetService, ProcessedImage } from '@flagship/media';

interface Palette {
  sky: [string, string];
  ridge: string;
  jersey: string;
  collar: string;
  skin: string;
  helmet: string;
  vents: string;
}

/** The demo riders' pictures: each a cyclist in helmet and glasses before the ridgelines, in their own colours. */
export const DEMO_AVATARS: { email: string; alt: string; palette: Palette }[] = [
  {
    email: 'ana@riders.example',
    alt: 'Ana Rider in an orange jersey and a white helmet',
    palette: { sky: ['#2f5d50', '#7fb3a0'], ridge: '#1f4037', jersey: '#e07a2f', collar: '#f4d8b8', skin: '#e9b99a', helmet: '#f7f7f2', vents: '#c9cdc6' },
  },
  {
    email: 'ben@riders.example',
    alt: 'Ben Climber in a yellow jersey and a blue helmet',
    palette: { sky: ['#2c3e63', '#8ea6cf'], ridge: '#1c2940', jersey: '#f2c230', collar: '#2c3e63', skin: '#b9825f', helmet: '#3f6fb5', vents: '#264a80' },
  },
  {
    email: 'chloe@riders.example',
    alt: 'Chloe Tourer in a green jersey and a red helmet',
    palette: { sky: ['#7a2e3b', '#e8a0a8'], ridge: '#4d1a24', jersey: '#3f8f5a', collar: '#e8e3d3', skin: '#f1c9a8', helmet: '#c4372f', vents: '#8c231d' },
  },
];

export function drawAvatar(p: Palette): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="640" viewBox="0 0 640 640">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>
  <rect width="640" height="640" fill="url(#sky)"/>
  <path d="M0 470 L110 385 L200 430 L325 315 L445 420 L535 360 L640 425 L640 640 L0 640Z" fill="${p.ridge}" opacity="0.55"/>
  <path d="M120 640 C130 525 205 468 320 468 C435 468 510 525 520 640Z" fill="${p.jersey}"/>
  <path d="M270 472 L320 540 L370 472Z" fill="${p.collar}"/>
  <rect x="288" y="410" width="64" height="80" rx="24" fill="${p.skin}"/>
  <ellipse cx="320" cy="340" rx="96" ry="110" fill="${p.skin}"/>
  <path d="M212 336 C205 175 435 175 428 336 C400 296 240 296 212 336Z" fill="${p.helmet}"/>
  <path d="M268 236 L282 286 M320 224 L320 280 M372 236 L358 286" stroke="${p.vents}" stroke-width="12" stroke-linecap="round"/>
  <rect x="240" y="332" width="160" height="40" rx="20" fill="#1d2430"/>
  <path d="M252 344 L300 344" stroke="#ffffff" stroke-opacity="0.35" stroke-width="6" stroke-linecap="round"/>
  <path d="M290 408 Q320 432 350 408" stroke="#7a3b2e" stroke-width="8" fill="none" stroke-linecap="round"/>
</svg>`;
}

/** Gives each demo rider without a picture their drawn one; never replaces a picture they chose. */
export async function seedDemoAvatars(
  services: { accounts: AccountService; sessions: SessionService; assets: MediaAssetService; members: MemberService },
  render: (svg: string) => Promise<ProcessedImage>,
): Promise<void> {
  for (const avatar of DEMO_AVATARS) {
    const account = await services.accounts.findByEmail(avatar.email);
    if (!account || account.avatarId) continue;
    const asset = await services.assets.create(account.id, await render(drawAvatar(avatar.palette)), avatar.alt);
    await services.members.useAsAvatar(await services.sessions.viewerOf(account.id), asset.id);
  }
}
