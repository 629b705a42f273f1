// TOTP codes (RFC 6238, HMAC-SHA1) computed independently of better-auth, so tests can sign in
// with a second factor the way an authenticator app would.
import { createHmac } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Decode(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of text.replace(/=+$/, "").toUpperCase()) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The code for the time step holding `atMs` (RFC 4226 dynamic truncation). */
export function totp(key: Buffer, atMs = Date.now(), digits = 6, periodSeconds = 30): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 1000 / periodSeconds)));
  const hmac = createHmac("sha1", key).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary = (hmac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return binary.toString().padStart(digits, "0");
}

/** The key in an otpauth://totp/… URI, as an authenticator app reads it from the QR code. */
export function keyFromTotpUri(uri: string): Buffer {
  const secret = new URL(uri).searchParams.get("secret");
  if (!secret) throw new Error("no secret in the TOTP URI");
  return base32Decode(secret);
}

const lastStepHandedOut = new Map<string, number>();

/**
 * A code the server has not accepted yet, as a person would wait for the next one: each code
 * works once (people/one-time-codes.ts). Uses the next step (the server accepts one step ahead)
 * and waits when even that was handed out. Per key, within this test process.
 */
export async function freshTotp(key: Buffer, periodSeconds = 30): Promise<string> {
  const id = key.toString("hex");
  const now = Math.floor(Date.now() / 1000 / periodSeconds);
  const step = Math.max(now, (lastStepHandedOut.get(id) ?? -Infinity) + 1);
  if (step > now + 1) await new Promise((resolve) => setTimeout(resolve, (step - 1) * periodSeconds * 1000 - Date.now() + 50));
  lastStepHandedOut.set(id, step);
  return totp(key, step * periodSeconds * 1000, 6, periodSeconds);
}
