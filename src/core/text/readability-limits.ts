// The readability limits of client-facing Dutch, shared by the interface test (web/tell) and the
// template test (core/text).
// Flesch–Douma is meant for running text: a two-word button ("Opnieuw versturen") says
// nothing on its own, so the client-facing interface strings are scored as one text (one per line),
// and each string that is a sentence or more (8+ words) on its own.
//   all client-facing strings together ≥ 70   (measured 83 on 7 December 2026)
//   each string of 8+ words              ≥ 35   (lowest measured: 40.9, "Het formulier kon niet worden geladen…")
//   the template's easy-language texts   ≥ 80 together, and ≥ 15 points above its standard texts
export const LIMITS = { interfaceTogether: 70, interfaceSentence: 35, easyTogether: 80, easyGain: 15 };
