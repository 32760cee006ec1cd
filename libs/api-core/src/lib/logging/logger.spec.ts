import { QueryFailedError } from 'typeorm';
import { serializeError } from './logger';

describe('serializeError', () => {
  it('keeps the message and SQL but drops the values a failed query carries', () => {
    const error = new QueryFailedError('INSERT INTO account (email, password_hash) VALUES ($1, $2)', ['ana@riders.example', '$argon2id$secret'], Object.assign(new Error('duplicate key'), { detail: 'Key (email)=(ana@riders.example) already exists.' }));

    const serialized = JSON.stringify(serializeError(error));

    expect(serialized).toContain('duplicate key');
    expect(serialized).toContain('INSERT INTO account');
    expect(serialized).not.toContain('ana@riders.example');
    expect(serialized).not.toContain('argon2id');
  });
});
