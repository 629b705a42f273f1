// Words of the receipt page (/bon/:token), in plain Dutch (B1) first, "je" as on the story form.
// Apart from messages.ts so the story form does not load them.
import { defineMessages } from "../toolkit/i18n.tsx";

export const receiptMessages = defineMessages({
  pageTitle: { nl: "Je verhaal", en: "Your story" },
  loading: { nl: "Je verhaal wordt geladen…", en: "Loading your story…" },
  notFoundTitle: { nl: "Deze link werkt niet", en: "This link does not work" },
  notFoundText: {
    nl: "Misschien is de link niet helemaal goed overgenomen, of is het verhaal ingetrokken.",
    en: "Perhaps the link was not copied completely, or the story was withdrawn.",
  },
  loadFailed: {
    nl: "Je verhaal kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.",
    en: "Your story could not be loaded. Check your internet connection and try again.",
  },
  tryAgain: { nl: "Opnieuw proberen", en: "Try again" },
  toldAt: { nl: "Verteld op {date}.", en: "Told on {date}." },
  asKept: {
    nl: "Zo lezen collega's je verhaal. Gegevens waaraan iemand te herkennen is, zijn weggehaald.",
    en: "This is how colleagues read your story. Details that show who someone is have been removed.",
  },
  discussedNever: { nl: "Collega's hebben je verhaal nog niet besproken.", en: "Colleagues have not discussed your story yet." },
  discussedOnce: { nl: "Collega's hebben je verhaal 1 keer besproken.", en: "Colleagues have discussed your story once." },
  discussedMany: { nl: "Collega's hebben je verhaal {count} keer besproken.", en: "Colleagues have discussed your story {count} times." },
  followUpsTitle: { nl: "Wat er met je verhaal gebeurde", en: "What happened with your story" },
  followUpsNone: { nl: "Er is nog niets met je verhaal gedaan. Kijk later nog eens.", en: "Nothing has been done with your story yet. Look again later." },
  kindAction: { nl: "Actie", en: "Action" },
  kindResponse: { nl: "Reactie", en: "Response" },
  withdrawTitle: { nl: "Verhaal intrekken", en: "Withdraw your story" },
  withdrawText: {
    nl: "Wil je niet meer dat je verhaal gebruikt wordt? Dan kun je het intrekken. Je verhaal wordt dan voorgoed verwijderd.",
    en: "Do you no longer want your story to be used? Then you can withdraw it. Your story is then deleted for good.",
  },
  withdraw: { nl: "Verhaal intrekken", en: "Withdraw story" },
  withdrawSure: {
    nl: "Weet je het zeker? Je verhaal wordt voorgoed verwijderd. Dat kun je niet ongedaan maken.",
    en: "Are you sure? Your story will be deleted for good. You cannot undo this.",
  },
  withdrawYes: { nl: "Ja, trek mijn verhaal in", en: "Yes, withdraw my story" },
  withdrawNo: { nl: "Nee, toch niet", en: "No, keep it" },
  withdrawing: { nl: "Bezig met intrekken…", en: "Withdrawing…" },
  withdrawFailedNetwork: {
    nl: "Het intrekken lukte niet: er is geen verbinding. Probeer het zo nog een keer.",
    en: "Withdrawing did not work: there is no connection. Try again in a moment.",
  },
  withdrawFailed: {
    nl: "Het intrekken lukte niet: er ging bij ons iets mis. Probeer het zo nog een keer.",
    en: "Withdrawing did not work: something went wrong on our side. Try again in a moment.",
  },
  withdrawnTitle: { nl: "Je verhaal is ingetrokken", en: "Your story has been withdrawn" },
  withdrawnText: {
    nl: "Je verhaal is verwijderd. Niemand kan het nog lezen. Deze link werkt nu niet meer.",
    en: "Your story has been deleted. Nobody can read it any more. This link no longer works.",
  },
});
