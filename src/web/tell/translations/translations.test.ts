// Every client-facing text exists in every form language, with the same {placeholders} as the
// Dutch, and no translation carries a key the dictionaries no longer have.
import { describe, expect, it } from "vitest";
import { messages as signifierMessages } from "../../signifiers/messages.ts";
import { messages as tellMessages } from "../messages.ts";
import { receiptMessages } from "../receiptMessages.ts";
import { reflectionMessages } from "../reflectionMessages.ts";
import { ar } from "./ar.ts";
import type { FormTexts } from "./form-texts.ts";
import { isClientFacing } from "./index.ts";
import { pl } from "./pl.ts";
import { tr } from "./tr.ts";
import { uk } from "./uk.ts";

const dictionaries = { tell: tellMessages, signifiers: signifierMessages, receipt: receiptMessages, reflection: reflectionMessages };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([["tr", tr], ["ar", ar], ["pl", pl], ["uk", uk]] as [string, FormTexts][])("form texts in %s", (_lang, texts) => {
  it.each(Object.keys(dictionaries) as (keyof FormTexts)[])("%s: every client-facing key, same placeholders", (part) => {
    const dictionary: Record<string, { nl: string }> = dictionaries[part];
    const translated: Record<string, string | undefined> = texts[part];
    const wanted = Object.keys(dictionary).filter((key) => part !== "tell" || isClientFacing(key));
    expect(wanted.filter((key) => !translated[key]?.trim())).toEqual([]);
    expect(Object.keys(translated).filter((key) => !dictionary[key])).toEqual([]);
    for (const key of wanted) expect([key, placeholders(translated[key]!)]).toEqual([key, placeholders(dictionary[key]!.nl)]);
  });
});
