// Optional semantic embeddings from an operator's own local ONNX model (VERTELPUNT_EMBEDDINGS_MODEL):
// nothing is downloaded at run time, and Vertelpunt does not ship the runtime. The model must take
// the texts themselves as a string tensor (tokenizer inside the model, e.g. exported with
// onnxruntime-extensions) and give one float vector per text. A set variable without the runtime or
// the file stops the start with a message that says what to do.
import { existsSync } from "node:fs";
import type { Embedder } from "../core/text/embeddings.ts";

export const EMBEDDINGS_ENV = "VERTELPUNT_EMBEDDINGS_MODEL";
const RUNTIME = "onnxruntime-node";

interface Tensor {
  data: ArrayLike<number>;
  dims: readonly number[];
}
interface Session {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, Tensor>>;
}
/** The part of onnxruntime-node's API the adapter uses. */
export interface OnnxRuntime {
  InferenceSession: { create(path: string): Promise<Session> };
  Tensor: new (type: "string", data: string[], dims: number[]) => unknown;
}

class OnnxEmbedder implements Embedder {
  constructor(private readonly runtime: OnnxRuntime, private readonly session: Session) {}

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (!texts.length) return [];
    const input = new this.runtime.Tensor("string", [...texts], [texts.length]);
    const output = (await this.session.run({ [this.session.inputNames[0]!]: input }))[this.session.outputNames[0]!]!;
    const width = output.dims[output.dims.length - 1]!;
    return texts.map((_, i) => Float32Array.from(Array.prototype.slice.call(output.data, i * width, (i + 1) * width) as number[]));
  }
}

const importRuntime = async (): Promise<OnnxRuntime> => (await import(/* @vite-ignore */ RUNTIME)) as OnnxRuntime;

/** The configured embedder, or undefined when the variable is not set (the default). */
export async function embedderFromEnv(env: NodeJS.ProcessEnv = process.env, load: () => Promise<OnnxRuntime> = importRuntime): Promise<Embedder | undefined> {
  const modelPath = env[EMBEDDINGS_ENV];
  if (!modelPath) return undefined;
  if (!existsSync(modelPath)) throw new Error(`${EMBEDDINGS_ENV} is set to ${modelPath}, but there is no such file. Point it at a local .onnx model, or unset it.`);
  let runtime: OnnxRuntime;
  try {
    runtime = await load();
  } catch {
    throw new Error(`${EMBEDDINGS_ENV} is set, but the ONNX runtime is not installed. Run "npm install ${RUNTIME}" on this server, or unset ${EMBEDDINGS_ENV}.`);
  }
  return new OnnxEmbedder(runtime, await runtime.InferenceSession.create(modelPath));
}
