// Readability of the Dutch that clients read on the public form (Flesch–Douma, core/text/readability.ts):
// the form's, widgets', receipt's and reflection's client-facing strings.
import { describe, expect, it } from "vitest";
import { fleschDouma } from "../../core/text/readability.ts";
import { LIMITS } from "../../core/text/readability-limits.ts";
import { messages as widgets } from "../signifiers/messages.ts";
import { messages as tell } from "./messages.ts";
import { receiptMessages } from "./receiptMessages.ts";
import { reflectionMessages } from "./reflectionMessages.ts";
import { isClientFacing } from "./translations/index.ts";

const words = (text: string) => text.match(/\p{L}+/gu)?.length ?? 0;

describe("readability of what clients read", () => {
  const dutch = [
    ...Object.entries(tell).filter(([key]) => isClientFacing(key)).map(([, v]) => v.nl),
    ...[widgets, receiptMessages, reflectionMessages].flatMap((d) => Object.values(d).map((v: { nl: string }) => v.nl)),
  ].map((text) => text.replace(/\{\w+\}/g, "").replace(/…/g, "."));

  it(`the client-facing interface strings together score ≥ ${LIMITS.interfaceTogether}`, () => {
    expect(dutch.length).toBeGreaterThan(100);
    expect(fleschDouma(dutch.join("\n")).score).toBeGreaterThanOrEqual(LIMITS.interfaceTogether);
  });

  it(`each client-facing sentence scores ≥ ${LIMITS.interfaceSentence}`, () => {
    const hard = dutch.filter((text) => words(text) >= 8).map((text) => [text, Math.round(fleschDouma(text).score)] as const)
      .filter(([, score]) => score < LIMITS.interfaceSentence);
    expect(hard).toEqual([]);
  });
});
