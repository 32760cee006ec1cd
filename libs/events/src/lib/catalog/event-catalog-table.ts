import { z } from 'zod';
import type { EventCatalog } from './event-catalog';
import type { EventType } from './event-type';

/** docs/events.md holds the table between these two lines; a test compares it with the catalog. */
export const EVENT_TABLE_START = '<!-- event-catalog:start (generated from the event catalog: npm run docs:events) -->';
export const EVENT_TABLE_END = '<!-- event-catalog:end -->';

/** The catalog as the markdown table docs/events.md shows, one row per event type. */
export function renderEventTable(catalog: EventCatalog): string {
  const rows = catalog.types.map((type) => {
    const { recordedWhen, actor, amount } = type.definition;
    return `| \`${type.name}\` | ${type.version} | ${cell(recordedWhen)} | ${cell(actor)} | ${type.subjectType} | ${amount ? cell(amount) : '—'} | ${describePayload(type)} |`;
  });
  return ['| type | version | recorded when | actor | subject | amount | payload |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the generated table in a docs/events.md text. */
export function withEventTable(markdown: string, catalog: EventCatalog): string {
  const start = markdown.indexOf(EVENT_TABLE_START);
  const end = markdown.indexOf(EVENT_TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/events.md needs the lines ${EVENT_TABLE_START} and ${EVENT_TABLE_END}`);
  return `${markdown.slice(0, start + EVENT_TABLE_START.length)}\n${renderEventTable(catalog)}\n${markdown.slice(end)}`;
}

interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

function describePayload(type: EventType): string {
  const schema = z.toJSONSchema(type.payloadSchema) as JsonSchema;
  const fields = Object.entries(schema.properties ?? {});
  if (!fields.length) return '—';
  const required = new Set(schema.required ?? []);
  return fields.map(([name, field]) => `\`${name}${required.has(name) ? '' : '?'}\`: ${describeField(field)}`).join(', ');
}

function describeField(field: JsonSchema): string {
  if (field.enum) return field.enum.map((value) => `\`${String(value)}\``).join(' or ');
  if (field.type === 'array') return `list of ${field.items ? describeField(field.items) : 'values'}`;
  if (field.type === 'string') return field.format === 'uuid' ? 'uuid' : 'text';
  return field.type ?? 'value';
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
