import type { SignifierType } from "../../core/framework.ts";
import type { frameworkMessages } from "./messages.ts";

type Key = keyof typeof frameworkMessages;

/** The question types in the order the editor offers them, with their name and a one-line hint. */
export const typeLabels: Record<SignifierType, { label: Key; hint: Key }> = {
  choice: { label: "typeChoice", hint: "typeChoiceHint" },
  triad: { label: "typeTriad", hint: "typeTriadHint" },
  dyad: { label: "typeDyad", hint: "typeDyadHint" },
  stones: { label: "typeStones", hint: "typeStonesHint" },
  scale: { label: "typeScale", hint: "typeScaleHint" },
  text: { label: "typeText", hint: "typeTextHint" },
};
