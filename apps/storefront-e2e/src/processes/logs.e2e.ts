import { createPlatformHome, startPlatform, type PlatformHome } from '../support/platform-server';

const RUNNING = 'Flagship is running on http://localhost:';

/** Logs: readable lines for a person at a terminal in development, JSON lines for everything else. */
describe("the platform's logs", () => {
  let home: PlatformHome;
  beforeAll(async () => {
    home = await createPlatformHome();
  });
  afterAll(() => home.cleanup());

  it('are JSON lines when the output is not a terminal', async () => {
    const platform = await startPlatform(home, { LOG_LEVEL: 'info' });
    await platform.stop();
    const logLines = platform.output().split('\n').filter((line) => line.startsWith('{'));
    const running = logLines.map((line) => JSON.parse(line) as { level: number; msg: string }).find((entry) => entry.msg.startsWith(RUNNING));
    expect(running).toMatchObject({ level: 30 });
  });

  it('are pretty lines at a terminal in development: time, level, [context] message', async () => {
    const platform = await startPlatform(home, { LOG_LEVEL: 'info' }, { terminal: true });
    await platform.stop();
    // eslint-disable-next-line no-control-regex -- the colours a terminal gets
    const lines = platform.output().replace(/\u001b\[\d+m/g, '').split(/\r?\n/);
    expect(lines.find((line) => line.includes(RUNNING))).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Flagship is running/);
    expect(lines).toContainEqual(expect.stringMatching(/^\[[\d:.]+\] INFO: \[NestApplication\] Nest application successfully started$/));
    expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
  });
});
