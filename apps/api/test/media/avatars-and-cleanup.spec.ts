import { existsSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@flagship/api-core';
import { MediaAssetCleanupJob, MediaAssetService } from '@flagship/media';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { postUpload, servedImage, testPhoto } from '../support/images';
import { DemoDataService } from '../../src/demo/demo-data.service';
import { createShoppers } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

interface Image {
  url: string;
  srcset: string;
  alt: string;
  width: number;
  height: number;
}
interface Member {
  id: string;
  avatarUrl: string | null;
  avatar: Image | null;
  bio: string | null;
  bioHtml: string | null;
}

const MEMBER = `query($id: ID!) { member(id: $id) { id avatarUrl avatar { url srcset alt width height } bio bioHtml } }`;
const REMOVE = `mutation { removeMyAvatar { avatarUrl avatar { url } } }`;

describe('member avatars and bios', () => {
  let env: TestEnvironment;
  // Booting the app and seeding the demo takes a while on a busy machine.
  beforeAll(async () => {
    env = await createTestEnvironment();
  }, 180_000);
  afterAll(() => env?.close());

  const idOf = async (client: GraphQLTestClient) => (await client.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
  const memberOf = async (id: string) => (await env.visitor().data<{ member: Member }>(MEMBER, { id })).member;
  const folderOf = (image: Pick<Image, 'url'>) => path.dirname(path.join(env.dataDir, image.url));
  const setAvatar = (client: GraphQLTestClient, file: Buffer, alt?: string) => postUpload(env, client, '/uploads/avatar', file, { alt });

  it('sets a member’s picture from an upload, cut to the centred square, and shows it to everyone', async () => {
    const [member] = await createShoppers(env, 1, []);
    const id = await idOf(member);
    expect(await memberOf(id)).toMatchObject({ avatarUrl: null, avatar: null });

    const response = await setAvatar(member, await testPhoto(900, 600, 'jpeg', { exif: true }), 'Me on the Stelvio');
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { id: string; avatarUrl: string; avatar: Image };
    const profile = await memberOf(id);
    expect(answer).toEqual({ id, avatarUrl: profile.avatarUrl, avatar: profile.avatar });
    expect(profile.avatar).toMatchObject({ alt: 'Me on the Stelvio', width: 600, height: 600 });
    expect(profile.avatar!.srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['320w', '480w', '600w']);
    expect(profile.avatarUrl).toMatch(new RegExp(`^/media/uploads/${id}/[0-9a-f-]{36}/320\\.webp$`));
    const served = await servedImage(env, profile.avatarUrl!);
    expect([served.status, served.width, served.height, served.exif]).toEqual([200, 320, 320, undefined]);
    // Attached at once: the cleanup job never takes a picture in use.
    const [asset] = await env.dataSource.query(`SELECT attached_at FROM media_asset WHERE owner_id = $1`, [id]);
    expect(asset.attached_at).not.toBeNull();
  });

  it('replaces the picture (the old one’s row and files go), and removes it on request', async () => {
    const [member] = await createShoppers(env, 1, []);
    const id = await idOf(member);
    await setAvatar(member, await testPhoto(400, 400));
    const first = (await memberOf(id)).avatar!;
    // Without a description, the picture is described by the member's name.
    expect(first.alt).toBe('Picture of Shopper 0');
    expect(existsSync(folderOf(first))).toBe(true);

    expect((await setAvatar(member, await testPhoto(500, 800, 'png'))).status).toBe(201);
    const second = (await memberOf(id)).avatar!;
    expect([second.width, second.height]).toEqual([500, 500]);
    expect(existsSync(folderOf(first))).toBe(false);
    expect((await servedImage(env, first.url)).status).toBe(404);
    expect(await env.dataSource.query(`SELECT id FROM media_asset WHERE owner_id = $1`, [id])).toHaveLength(1);

    expect(await member.data(REMOVE)).toEqual({ removeMyAvatar: { avatarUrl: null, avatar: null } });
    expect(await memberOf(id)).toMatchObject({ avatarUrl: null, avatar: null });
    expect(existsSync(folderOf(second))).toBe(false);
    expect(await env.dataSource.query(`SELECT id FROM media_asset WHERE owner_id = $1`, [id])).toHaveLength(0);
  });

  it('refuses visitors, uploads without the upload header and files that are not images, keeping the picture', async () => {
    const [member] = await createShoppers(env, 1, []);
    const id = await idOf(member);
    await setAvatar(member, await testPhoto(300, 300));
    const kept = await memberOf(id);
    expect((await setAvatar(env.visitor(), await testPhoto(300, 300))).status).toBe(401);
    expect((await postUpload(env, member, '/uploads/avatar', await testPhoto(300, 300), { csrf: false })).status).toBe(403);
    const notAnImage = await setAvatar(member, Buffer.from('<svg onload="alert(1)"/>'));
    expect(notAnImage.status).toBe(400);
    expect(((await notAnImage.json()) as { error: unknown }).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect((await setAvatar(member, await testPhoto(150, 400))).status).toBe(400);
    expect(await memberOf(id)).toEqual(kept);
    expect(firstError(await env.visitor().request(REMOVE)).code).toBe('UNAUTHENTICATED');
  });

  it('gives the demo riders drawn pictures, once: seeding again adds none', async () => {
    const riders = await env.dataSource.query(`SELECT id, email FROM account WHERE email IN ('ana@riders.example', 'ben@riders.example', 'chloe@riders.example') ORDER BY email`);
    for (const { id } of riders) {
      const { avatar, avatarUrl } = await memberOf(id);
      expect(avatar).toMatchObject({ width: 640, height: 640, alt: expect.stringMatching(/ in an? \w+ jersey/) });
      expect((await servedImage(env, avatarUrl!)).status).toBe(200);
    }
    const assets = await env.count('media_asset');
    await env.app.get(DemoDataService).seed();
    expect(await env.count('media_asset')).toBe(assets);
  });

  it('renders a bio’s Markdown sanitised in bioHtml, keeping the 280-character limit', async () => {
    const [member] = await createShoppers(env, 1, []);
    const id = await idOf(member);
    const bio = 'I ride **gravel** in the _Alps_. <script>alert(1)</script> [my site](javascript:alert(1)) [blog](https://example.com/blog)';
    await member.data(`mutation($bio: String) { updateMyProfile(input: { bio: $bio }) { id } }`, { bio });
    const { bioHtml, bio: stored } = await memberOf(id);
    expect(stored).toBe(bio);
    expect(bioHtml).toContain('<strong>gravel</strong>');
    expect(bioHtml).toContain('<em>Alps</em>');
    expect(bioHtml).toContain('<a href="https://example.com/blog" rel="nofollow ugc noopener noreferrer">blog</a>');
    // The script and the javascript: link stay as inert text; only the https link is a link.
    expect(bioHtml).not.toMatch(/<script|href="javascript:/i);
    expect(bioHtml!.match(/<a /g)).toHaveLength(1);
    expect(firstError(await member.request(`mutation($bio: String) { updateMyProfile(input: { bio: $bio }) { id } }`, { bio: 'x'.repeat(281) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'bio',
    });
    await member.data(`mutation { updateMyProfile(input: { bio: "" }) { id } }`);
    expect(await memberOf(id)).toMatchObject({ bio: null, bioHtml: null });
  });
});

describe('the cleanup of uploads never used', () => {
  let env: TestEnvironment;
  // Booting the app and seeding the demo takes a while on a busy machine.
  beforeAll(async () => {
    env = await createTestEnvironment();
  }, 180_000);
  afterAll(() => env?.close());

  it('removes, rows and files, the uploads never attached and older than a day; keeps used and recent ones', async () => {
    const [member] = await createShoppers(env, 1, []);
    const upload = async (alt: string) => {
      const response = await postUpload(env, member, '/uploads/images', await testPhoto(400, 300), { alt });
      return (await response.json()) as Image & { id: string };
    };
    const [abandoned, used, recent] = [await upload('Abandoned'), await upload('Used'), await upload('Recent')];
    await postUpload(env, member, '/uploads/avatar', await testPhoto(300, 300), { alt: undefined });
    const { me } = await member.data<{ me: { id: string } }>(`{ me { id } }`);
    // Something the member wrote took `used` (as a build's photo would, in its transaction).
    await env.app.get(MediaAssetService).claim({ accountId: me.id, roles: new Set([Role.CONSUMER]), memberships: [] }, [used.id], 'photoIds');
    // A day and a minute pass for all but `recent`.
    await env.dataSource.query(`UPDATE media_asset SET created_at = now() - interval '1 day 1 minute' WHERE owner_id = $1 AND id <> $2`, [me.id, recent.id]);

    const job = env.app.get(MediaAssetCleanupJob);
    expect(await job.run()).toBe(1);
    const left = (await env.dataSource.query(`SELECT alt FROM media_asset WHERE owner_id = $1 ORDER BY alt`, [me.id])).map((row: { alt: string }) => row.alt);
    expect(left).toEqual(['Picture of Shopper 0', 'Recent', 'Used']);
    expect(existsSync(path.dirname(path.join(env.dataDir, abandoned.url)))).toBe(false);
    expect((await servedImage(env, abandoned.url)).status).toBe(404);
    for (const kept of [used, recent]) expect((await servedImage(env, kept.url)).status).toBe(200);
    // Nothing more to do on the next run; a day later `recent` goes too.
    expect(await job.run()).toBe(0);
    expect(await job.run(new Date(Date.now() + 24 * 60 * 60 * 1000 + 60_000))).toBe(1);
    expect((await servedImage(env, recent.url)).status).toBe(404);
  });

  it('removes a large backlog in batches', async () => {
    const [{ id: ownerId }] = await env.dataSource.query(`SELECT id FROM account WHERE email = 'ana@riders.example'`);
    await env.dataSource.query(
      `INSERT INTO media_asset (id, owner_id, storage_key, width, height, widths, alt, created_at)
       SELECT gen_random_uuid(), $1::uuid, 'uploads/' || $1::text || '/' || gen_random_uuid(), 400, 300, '{320,400}', 'Old', now() - interval '2 days' FROM generate_series(1, 450)`,
      [ownerId],
    );
    expect(await env.app.get(MediaAssetCleanupJob).run()).toBe(450);
    expect(await env.dataSource.query(`SELECT id FROM media_asset WHERE alt = 'Old'`)).toEqual([]);
  });
});
