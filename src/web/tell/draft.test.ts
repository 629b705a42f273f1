import { describe, expect, it } from "vitest";
import type { Signifier } from "../../core/framework.ts";
import {
  draftErrors, emptyDraft, fieldDomId, isDirty, newIdempotencyKey, parseSavedDraft, serverErrors, storyBody,
} from "./draft.ts";

const prompts = [{ id: "p1" }, { id: "p2" }];
const signifiers: Signifier[] = [
  { id: "hulp", type: "choice", question: "Q", required: true, audience: "teller", multiple: false, options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] },
  { id: "mix", type: "triad", question: "Q", required: false, audience: "teller", labels: ["x", "y", "z"] },
];
const filled = { ...emptyDraft(prompts), promptId: "p1", text: "Het verhaal", research: true, answers: { hulp: "a" } };

describe("draft", () => {
  it("selects the only prompt", () => {
    expect(emptyDraft([{ id: "only" }]).promptId).toBe("only");
    expect(emptyDraft(prompts).promptId).toBeUndefined();
  });

  it("reports every missing field of a blank story", () => {
    expect(draftErrors(emptyDraft(prompts), { prompts, signifiers })).toEqual({
      promptId: { message: "promptRequired" },
      text: { message: "textRequired" },
      "answers.hulp": { answer: "required" },
      "consent.research": { message: "researchRequired" },
    });
  });

  it("accepts a complete story, with an optional question unanswered or not applicable", () => {
    expect(draftErrors(filled, { prompts, signifiers })).toEqual({});
    expect(draftErrors({ ...filled, answers: { hulp: "a", mix: null } }, { prompts, signifiers })).toEqual({});
  });

  it("checks answers, length and interview consent", () => {
    const errors = draftErrors(
      { ...filled, text: "x".repeat(20_001), answers: { hulp: "a", mix: [0.5, 0.6, 0] }, interview: true },
      { prompts, signifiers },
    );
    expect(errors).toEqual({
      text: { message: "textTooLong" },
      "answers.mix": { answer: "triadSum" },
      "consent.confirmedAloud": { message: "confirmedAloudRequired" },
    });
    expect(draftErrors({ ...filled, text: "   " }, { prompts, signifiers }).text).toEqual({ message: "textRequired" });
  });

  it("builds the body the API takes", () => {
    expect(storyBody({ ...filled, title: "  ", answers: { hulp: "a", mix: undefined, other: null }, quoting: true }, "web")).toEqual({
      text: "Het verhaal", promptId: "p1", answers: { hulp: "a", other: null }, channel: "web",
      consent: { research: true, quoting: true },
    });
  });

  it("sends no quoting consent without research consent", () => {
    expect(storyBody({ ...filled, research: false, quoting: true }, "kiosk").consent).toEqual({ research: false, quoting: false });
  });

  it("sends interview stories with the client reference and the consent asked aloud", () => {
    const body = storyBody({ ...filled, title: " Titel ", interview: true, subjectRef: " K-12 ", confirmedAloud: true }, "web");
    expect(body).toMatchObject({ title: "Titel", channel: "interview", subjectRef: "K-12", consent: { research: true, confirmedAloud: true } });
    expect(storyBody({ ...filled, subjectRef: "K-12" }, "web")).not.toHaveProperty("subjectRef");
  });

  it("maps the server's field names to form elements", () => {
    expect(serverErrors([{ name: "answers.hulp", reason: "Verplicht" }, { name: "text", reason: "Te lang" }])).toEqual({
      "answers.hulp": { text: "Verplicht" }, text: { text: "Te lang" },
    });
    expect(fieldDomId("vp", "answers.text")).toBe("vp-q-text");
    expect(fieldDomId("vp", "text")).toBe("vp-text");
    expect(fieldDomId("vp", "consent.research")).toBe("vp-research");
    expect(fieldDomId("vp", "channel")).toBe("vp-form");
  });

  it("makes version 4 UUIDs", () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  it("reads back a saved draft and ignores anything else", () => {
    const saved = { draft: filled, idempotencyKey: "k" };
    expect(parseSavedDraft(JSON.stringify(saved))).toEqual(saved);
    expect(parseSavedDraft(null)).toBeUndefined();
    expect(parseSavedDraft("{broken")).toBeUndefined();
    expect(parseSavedDraft(JSON.stringify({ draft: { text: 1 } }))).toBeUndefined();
  });

  it("knows when something was typed", () => {
    const blank = emptyDraft(prompts);
    expect(isDirty(emptyDraft(prompts), blank)).toBe(false);
    expect(isDirty({ ...blank, text: "a" }, blank)).toBe(true);
  });
});
