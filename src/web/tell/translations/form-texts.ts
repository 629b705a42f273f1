// The shape of one language's texts for the client-facing screens: a file of its own, so that the
// language files and the loader (index.ts) that imports them do not import each other.
import type { messages as signifierMessages } from "../../signifiers/messages.ts";
import type { messages as tellMessages } from "../messages.ts";
import type { receiptMessages } from "../receiptMessages.ts";
import type { reflectionMessages } from "../reflectionMessages.ts";

type Texts<D> = Partial<Record<keyof D, string>>;

export interface FormTexts {
  tell: Texts<typeof tellMessages>;
  signifiers: Texts<typeof signifierMessages>;
  receipt: Texts<typeof receiptMessages>;
  reflection: Texts<typeof reflectionMessages>;
}
