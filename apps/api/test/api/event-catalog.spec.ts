import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EVENT_TABLE_END, EVENT_TABLE_START, renderEventTable, type EventType } from '@flagship/events';
import { platformEventCatalog } from '../../src/app/event-catalog';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

describe('the event catalog', () => {
  it('is what docs/events.md shows (regenerate with npm run docs:events)', () => {
    const markdown = readFileSync(path.join(ROOT, 'docs/events.md'), 'utf8');
    const documented = markdown.slice(markdown.indexOf(EVENT_TABLE_START) + EVENT_TABLE_START.length, markdown.indexOf(EVENT_TABLE_END)).trim();
    expect(documented).toBe(renderEventTable(platformEventCatalog));
  });

  it('holds every event type the domains declare', async () => {
    const declared = new Set<EventType>();
    for (const dir of readdirSync(path.join(ROOT, 'libs'))) {
      const project = JSON.parse(readFileSync(path.join(ROOT, 'libs', dir, 'project.json'), 'utf8')) as { tags: string[] };
      if (!project.tags.includes('type:domain')) continue;
      // A group of event types, or a list of groups (a domain with several features, e.g. CommunityEventGroups).
      const groups = Object.values((await import(`@flagship/${dir}`)) as Record<string, unknown>).flatMap((exported) => (Array.isArray(exported) ? exported : [exported]));
      for (const exported of groups) {
        if (!exported || typeof exported !== 'object') continue;
        for (const value of Object.values(exported)) if (typeof value === 'object' && value !== null && 'payloadSchema' in value) declared.add(value as EventType);
      }
    }
    expect(declared.size).toBeGreaterThan(10);
    expect([...declared].filter((type) => !platformEventCatalog.has(type)).map((type) => type.name)).toEqual([]);
    expect(platformEventCatalog.types.length).toBe(declared.size);
  });
});
