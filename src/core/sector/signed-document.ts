// Contributions to a sector are signed by the contributing organization (Ed25519), so a hub can show
// where every figure came from and refuse anything altered on the way or sent in another's name.
// What is signed is the document's canonical JSON: keys sorted at every level, no spaces, numbers as
// JavaScript writes them (the JSON Canonicalization Scheme, RFC 8785, for the values used here), so
// the same document gives the same bytes on every instance.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.filter((key) => value[key] !== undefined).map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError("a signed document holds only finite numbers");
  return JSON.stringify(value);
}

export interface SigningKeys {
  /** PEM (PKCS#8): stays with the organization. */
  privateKey: string;
  /** PEM (SPKI): given to the hub, which checks signatures with it. */
  publicKey: string;
}

export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

export interface SignedDocument<T extends Json> {
  document: T;
  /** Ed25519 over the canonical JSON of document, base64url. */
  signature: string;
}

export function signDocument<T extends Json>(document: T, privateKeyPem: string): SignedDocument<T> {
  const signature = sign(null, Buffer.from(canonicalJson(document)), createPrivateKey(privateKeyPem));
  return { document, signature: signature.toString("base64url") };
}

/** true only if signature is the holder of publicKeyPem's signature over exactly this document. */
export function verifyDocument(signed: SignedDocument<Json>, publicKeyPem: string): boolean {
  try {
    return verify(null, Buffer.from(canonicalJson(signed.document)), createPublicKey(publicKeyPem), Buffer.from(signed.signature, "base64url"));
  } catch {
    return false; // a malformed key or signature verifies nothing
  }
}
