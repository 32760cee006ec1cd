import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

// Argon2id (algorithm 2 in @node-rs/argon2) with OWASP's recommended cost: 19 MiB, 2 passes.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private decoy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /**
   * Checks a password against a stored hash. With no hash (unknown email) it still verifies against
   * a decoy, so a wrong address takes as long as a wrong password and reveals nothing.
   */
  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    this.decoy ??= this.hash(randomBytes(16).toString('hex'));
    const target = passwordHash ?? (await this.decoy);
    const matches = await verify(target, password).catch(() => false);
    return passwordHash !== undefined && matches;
  }
}
