import { randomUUID } from 'node:crypto';
import type { InputErrors, Path } from '../../lib/user-errors.js';

/** The longest address SMTP carries (RFC 5321: 64 for the local part, 255 for the domain, in practice 254 in all). */
const ADDRESS_MAX = 254;
/** A plain address: something, @, a domain with a dot; no spaces, no angle brackets, no line breaks (no header injection). */
const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;
export const MAX_RECIPIENTS = 50;

/** Checks a list of recipients' addresses, each error on its element; answers the clean list (trimmed, lower-case domain). */
export function recipientAddresses(errors: InputErrors, field: string, input: readonly string[]): string[] {
  if (input.length > MAX_RECIPIENTS) {
    errors.add([field], 'OUT_OF_RANGE', `At most ${MAX_RECIPIENTS} addresses are allowed in ${field} (got ${input.length}).`);
    return [];
  }
  const seen = new Set<string>();
  const clean: string[] = [];
  input.forEach((raw, index) => {
    const path: Path = [field, index];
    const address = raw.trim();
    if (address.length > ADDRESS_MAX) {
      errors.add(path, 'TOO_LONG', `An e-mail address has at most ${ADDRESS_MAX} characters (got ${address.length}).`);
    } else if (!ADDRESS.test(address)) {
      errors.add(path, 'INVALID', `"${raw}" is not an e-mail address such as name@example.com.`);
    } else if (seen.has(address.toLowerCase())) {
      errors.add(path, 'DUPLICATE', 'This address is already in the list.');
    } else {
      seen.add(address.toLowerCase());
      clean.push(address);
    }
  });
  return clean;
}

/** The bare address of a sender written `Name <address>` or `address`. */
export const bareAddress = (sender: string): string => /<([^>]+)>\s*$/.exec(sender)?.[1] ?? sender.trim();

/** A new `Message-ID` in the sender's domain, `<uuid@domain>`: made once per message, so every retry sends the same. */
export function newMessageId(sender: string): string {
  const domain = bareAddress(sender).split('@')[1] || 'localhost';
  return `<${randomUUID()}@${domain}>`;
}
