// Semantic embeddings, optional and off by default. Whatever makes them (an operator's local ONNX
// model through src/server/embeddings.ts, or the stand-in below) sits behind this one interface, so
// similar stories blends them in without knowing where they came from.
import { fnv1a } from "./hash.ts";

export interface Embedder {
  /** One vector per text, in the same order; vectors of one embedder have the same length. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/**
 * A stand-in embedder for tests and demonstrations: the hashing trick (Weinberger et al., 2009) over
 * lower-cased words, with a signed bucket per word and unit length. It knows no meaning — texts that
 * share words come out close — but it is deterministic and needs no model file.
 */
export class HashingEmbedder implements Embedder {
  constructor(private readonly dimensions = 256) {}

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  private embedOne(text: string): Float32Array {
    const vector = new Float32Array(this.dimensions);
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      const h = fnv1a(word);
      vector[h % this.dimensions]! += h & 0x80000000 ? -1 : 1;
    }
    const length = Math.hypot(...vector);
    if (length > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= length;
    return vector;
  }
}
