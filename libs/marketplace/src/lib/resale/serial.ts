/**
 * A frame serial number as the stolen-bike list and listings compare it: upper-case, without spaces,
 * dashes or other separators ("wtu 123-45x" and "WTU12345X" are one serial).
 */
export function normaliseSerial(raw: string): string {
  return raw.toUpperCase().replace(/[\s\-_./]+/g, '');
}

/** What a shopper sees of a serial: its last three characters (`••••45X`). */
export function maskSerial(serial: string): string {
  return serial.length <= 3 ? '•'.repeat(serial.length) : `${'•'.repeat(Math.min(serial.length - 3, 6))}${serial.slice(-3)}`;
}

/** A serial worth checking: 4 to 40 letters and digits once normalised. */
export function isPlausibleSerial(serial: string): boolean {
  return /^[A-Z0-9]{4,40}$/.test(serial);
}
