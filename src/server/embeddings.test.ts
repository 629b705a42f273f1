import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDINGS_ENV, embedderFromEnv, type OnnxRuntime } from "./embeddings.ts";

const modelFile = () => {
  const path = join(mkdtempSync(join(tmpdir(), "vertelpunt-model-")), "model.onnx");
  writeFileSync(path, "not a real model");
  return path;
};

describe("embedderFromEnv", () => {
  it("is off unless the variable is set", async () => {
    expect(await embedderFromEnv({})).toBeUndefined();
  });

  it("stops with a clear message when the model file is missing", async () => {
    await expect(embedderFromEnv({ [EMBEDDINGS_ENV]: "/nowhere/model.onnx" })).rejects.toThrow(/no such file/);
  });

  it("stops with a clear message when the ONNX runtime is not installed", async () => {
    // onnxruntime-node is not a dependency of Vertelpunt, so the real import fails here.
    await expect(embedderFromEnv({ [EMBEDDINGS_ENV]: modelFile() })).rejects.toThrow(/ONNX runtime is not installed.*npm install onnxruntime-node/);
  });

  it("feeds the texts as a string tensor and splits the output into one vector per text", async () => {
    const seen: unknown[] = [];
    const runtime: OnnxRuntime = {
      Tensor: class { constructor(readonly type: string, readonly data: string[], readonly dims: number[]) {} } as OnnxRuntime["Tensor"],
      InferenceSession: {
        create: async () => ({
          inputNames: ["text"], outputNames: ["embedding"],
          run: async (feeds: Record<string, unknown>) => {
            seen.push(feeds.text);
            const texts = (feeds.text as { data: string[] }).data;
            return { embedding: { data: texts.flatMap((t) => [t.length, 1]), dims: [texts.length, 2] } };
          },
        }),
      },
    };
    const embedder = (await embedderFromEnv({ [EMBEDDINGS_ENV]: modelFile() }, async () => runtime))!;
    const vectors = await embedder.embed(["abc", "hello"]);
    expect(vectors.map((v) => Array.from(v))).toEqual([[3, 1], [5, 1]]);
    expect(seen).toEqual([{ type: "string", data: ["abc", "hello"], dims: [2] }]);
  });
});
