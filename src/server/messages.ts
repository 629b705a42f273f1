// Problem titles and details in the caller's language (Accept-Language: nl first, en second).
export type Lang = "nl" | "en";

export function languageOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return "nl";
  for (const part of acceptLanguage.split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "nl" || tag === "en") return tag;
  }
  return "nl";
}

const texts = {
  badRequest: { nl: "Ongeldige invoer", en: "Invalid input" },
  badRequestDetail: { nl: "Een of meer velden kloppen niet. Er is niets opgeslagen.", en: "One or more fields are invalid. Nothing was stored." },
  unauthorized: { nl: "Niet ingelogd", en: "Not signed in" },
  unauthorizedDetail: { nl: "Log in of stuur een geldig token mee.", en: "Sign in or send a valid token." },
  badCredentials: { nl: "E-mailadres of wachtwoord klopt niet.", en: "E-mail address or password is incorrect." },
  forbidden: { nl: "Geen toegang", en: "Forbidden" },
  forbiddenDetail: { nl: "Je rol mag dit niet doen.", en: "Your role may not do this." },
  notFound: { nl: "Niet gevonden", en: "Not found" },
  notFoundDetail: { nl: "Dit bestaat niet, of je hebt er geen toegang toe.", en: "This does not exist, or you have no access to it." },
  conflict: { nl: "Conflict", en: "Conflict" },
  setupDone: { nl: "Deze installatie is al ingericht. Log in.", en: "This instance is already set up. Sign in." },
  backupUsePgDump: {
    nl: "Deze installatie gebruikt PostgreSQL. Maak een reservekopie met pg_dump (zie README, Backup and restore).",
    en: "This instance uses PostgreSQL. Back it up with pg_dump (see the README, Backup and restore).",
  },
  // People: invitations, password resets, membership changes.
  linkGone: { nl: "Deze link werkt niet meer. Hij is al gebruikt of verlopen. Vraag om een nieuwe link.", en: "This link no longer works. It was used already or has expired. Ask for a new link." },
  lastAdmin: { nl: "Dit is de laatste beheerder. Maak eerst iemand anders beheerder.", en: "This is the last admin. Make someone else admin first." },
  emailTaken: { nl: "Dit e-mailadres is al in gebruik.", en: "This e-mail address is already in use." },
  collectionClosed: { nl: "Dit vertelpunt is gesloten. Er kunnen nu geen verhalen worden verteld.", en: "This collection is closed. Stories cannot be told now." },
  collectionNotOpenYet: { nl: "Dit vertelpunt is nog niet open.", en: "This collection is not open yet." },
  roundOverlaps: { nl: "Deze ronde valt (deels) samen met een andere ronde van dit vertelpunt.", en: "This round overlaps another round of this collection." },
  demoExists: { nl: "Er is al een demo-vertelpunt. Verwijder dat eerst.", en: "There is a demo collection already. Remove it first." },
  sessionClosed: { nl: "Deze intervisie is al afgesloten.", en: "This intervisie session is already closed." },
  sessionNotFacilitator: { nl: "Alleen de begeleider of een beheerder kan de intervisie afsluiten.", en: "Only the facilitator or an admin can close the session." },
  sessionStoryUnknown: { nl: "Dit verhaal hoort niet bij dit vertelpunt of bij deze intervisie.", en: "This story does not belong to this collection or session." },
  sessionNoStories: { nl: "Er zijn geen verhalen gevonden voor deze intervisie.", en: "No stories were found for this session." },
  tooLarge: { nl: "Te groot", en: "Too large" },
  // Story booklets.
  unknownStory: { nl: "Dit verhaal bestaat niet (meer).", en: "This story does not exist (any more)." },
  noQuotingConsent: { nl: "De verteller gaf geen toestemming om dit verhaal te citeren.", en: "The teller did not allow quoting this story." },
  duplicateStory: { nl: "Dit verhaal staat al in het boekje.", en: "This story is in the booklet already." },
  bookletUntitled: { nl: "Verhaal", en: "Story" },
  bookletPage: { nl: "van", en: "of" },
  bookletToldBy: { nl: "Verteld door", en: "Told by" },
  bookletRoleClient: { nl: "een cliënt, in een gesprek", en: "a client, in an interview" },
  bookletRoleProfessional: { nl: "een medewerker", en: "a professional" },
  bookletRoleResident: { nl: "een inwoner", en: "a resident" },
  bookletRoleUnknown: { nl: "onbekend", en: "unknown" },
  tooLargeDetail: { nl: "Het verzoek is groter dan 1 MB.", en: "The request is larger than 1 MB." },
  unsupportedMediaType: { nl: "Verkeerd formaat", en: "Unsupported media type" },
  rateLimited: { nl: "Te veel pogingen", en: "Too many attempts" },
  rateLimitedDetail: { nl: "Wacht even en probeer het dan opnieuw.", en: "Wait a moment and try again." },
  serverError: { nl: "Er ging iets mis", en: "Something went wrong" },
  serverErrorDetail: { nl: "Er is niets opgeslagen. Probeer het later opnieuw.", en: "Nothing was stored. Please try again later." },
  // Reasons for invalid answers, by AnswerIssueCode.
  unknownSignifier: { nl: "Deze vraag hoort niet bij het vragenkader.", en: "Not a signifier of this framework." },
  required: { nl: "Deze vraag moet beantwoord worden.", en: "This answer is required." },
  wrongType: { nl: "Dit antwoord heeft de verkeerde vorm.", en: "This answer has the wrong type." },
  triadSum: { nl: "De drie gewichten moeten samen 1 zijn.", en: "The three weights must sum to 1." },
  outOfRange: { nl: "Dit antwoord valt buiten het bereik.", en: "This answer is out of range." },
  unknownOption: { nl: "Deze keuze bestaat niet.", en: "This option does not exist." },
  tooLong: { nl: "Dit antwoord is te lang.", en: "This answer is too long." },
  interviewConsent: { nl: "Bij een interview moet de toestemming hardop gevraagd en vastgelegd zijn.", en: "An interview needs consent confirmed aloud and recorded." },
  // Two-factor sign-in.
  wrongCode: { nl: "De code klopt niet. Kijk in je app en probeer het opnieuw.", en: "The code is incorrect. Check your app and try again." },
  challengeExpired: { nl: "Log opnieuw in met je e-mailadres en wachtwoord.", en: "Sign in again with your e-mail address and password." },
  tooManyCodes: { nl: "Te vaak een verkeerde code. Wacht even en log opnieuw in.", en: "Too many wrong codes. Wait a while and sign in again." },
  twoFactorNotStarted: { nl: "Begin eerst met het instellen van de tweestapsverificatie.", en: "Start setting up two-step verification first." },
  twoFactorAlreadyOn: { nl: "Tweestapsverificatie staat al aan.", en: "Two-step verification is already on." },
  twoFactorEnrolmentRequired: { nl: "Eerst tweestapsverificatie instellen", en: "Set up two-step verification first" },
  twoFactorEnrolmentRequiredDetail: {
    nl: "Als beheerder of analist stel je eerst tweestapsverificatie in (POST /two-factor-enrolments). Tot dan kun je alleen dat doen, zien wie je bent en uitloggen.",
    en: "As an admin or analyst, set up two-step verification first (POST /two-factor-enrolments). Until then you can only do that, see who you are and sign out.",
  },
  // Admin screens: posters, requests from outside Vertelpunt's own pages.
  posterNeedsPublicLink: { nl: "Dit vertelpunt heeft geen openbare link (het is niet anoniem), dus er is geen poster.", en: "This collection has no public link (it is not anonymous), so there is no poster." },
  crossSite: { nl: "Verzoek van buiten Vertelpunt", en: "Request from outside Vertelpunt" },
  crossSiteDetail: {
    nl: "Met een inlogcookie kun je alleen iets wijzigen vanaf de pagina's van Vertelpunt zelf, op het adres van PUBLIC_URL. Dit verzoek kwam van een ander adres (of zonder Origin-header). Open Vertelpunt via dat adres, of stuur een API-token mee (Authorization: Bearer).",
    en: "With a sign-in cookie you can only change things from Vertelpunt's own pages, at the address in PUBLIC_URL. This request came from another address (or without an Origin header). Open Vertelpunt at that address, or send an API token (Authorization: Bearer).",
  },
  // Trust mends (issue 12): idempotency, one-time codes, API tokens, input hygiene.
  unprocessable: { nl: "Kan niet verwerken", en: "Unprocessable" },
  idempotencyKeyReused: {
    nl: "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel voor een nieuw verhaal.",
    en: "This Idempotency-Key was already used for a different request. Use a new key for a new story.",
  },
  codeAlreadyUsed: { nl: "Deze code is al gebruikt. Wacht op de volgende code in je app.", en: "This code was already used. Wait for the next code in your app." },
  tokenScopeTooWide: { nl: "Een token mag niet meer dan jouw eigen rol.", en: "A token may not do more than your own role." },
  tokenExpiryRange: { nl: "Kies een vervaldatum in de toekomst, binnen een jaar.", en: "Choose an expiry date in the future, within a year." },
  tokenScopeForbids: { nl: "Dit token mag dit niet doen (kijk naar de scope van het token).", en: "This token may not do this (see the token's scope)." },
  nulCharacter: { nl: "Tekst mag geen NUL-teken (\\u0000) bevatten.", en: "Text may not contain a NUL character (\\u0000)." },
  invalidUtf8: { nl: "De inhoud is geen geldige UTF-8.", en: "The body is not valid UTF-8." },
  invalidJson: { nl: "De inhoud is geen geldige JSON.", en: "The body is not valid JSON." },
  forbiddenKey: { nl: "Deze naam mag niet als sleutel worden gebruikt.", en: "This name may not be used as a key." },
  invalidQueryEncoding: { nl: "De zoekparameters zijn niet goed gecodeerd.", en: "The query parameters are not encoded correctly." },
  uploadTokenInvalid: { nl: "Deze opname hoort niet bij een verhaal dat je net vertelde, of de tijd om hem te sturen is voorbij.", en: "This recording does not belong to a story you just told, or the time to send it has passed." },
  recordingConsentMissing: { nl: "Je hebt geen toestemming gegeven om de opname te bewaren. Daarom nemen we hem niet aan.", en: "You did not agree that the recording is kept, so it is not accepted." },
  recordingTypeNotAllowed: { nl: "Dit soort geluidsbestand nemen we niet aan. Gebruik WebM, Ogg, MP4 of WAV.", en: "This kind of audio file is not accepted. Use WebM, Ogg, MP4 or WAV." },
  recordingLengthMissing: { nl: "Vertel bij het begin hoe groot de opname is.", en: "Say how large the recording is when the upload starts." },
  recordingTooLong: { nl: "De opname is te lang. Een opname mag 5 minuten en 10 MB zijn.", en: "The recording is too long. A recording may be 5 minutes and 10 MB." },
  recordingExists: { nl: "Bij dit verhaal is al een opname bewaard.", en: "A recording was already kept with this story." },
  notAvailable: { nl: "Niet beschikbaar", en: "Not available" },
  recordingsOff: { nl: "Opnames bewaren is op deze installatie niet ingesteld.", en: "Keeping recordings is not set up on this instance." },
  transcriptExists: { nl: "Bij dit verhaal staat al een uitgeschreven tekst van de opname.", en: "This story already has a transcript of its recording." },
  textOrRecording: { nl: "Vertel je verhaal in tekst, of neem het op en geef toestemming om de opname te bewaren.", en: "Type your story, or record it and agree that the recording is kept." },
  toldAtInFuture: { nl: "Het moment van vertellen mag niet in de toekomst liggen.", en: "The moment the story was told may not be in the future." },
  sessionNeeded: { nl: "Log in met je e-mailadres en wachtwoord om dit te doen.", en: "Sign in with your e-mail address and password to do this." },
  // Imports of peers' files (issue 18): why a file or a line could not be read.
  importNotCsv: { nl: "Dit bestand kunnen we niet lezen als CSV", en: "This file cannot be read as CSV" },
  importNotJson: { nl: "Deze regel is geen geldige JSON", en: "This line is not valid JSON" },
  importMoreRejected: { nl: "en nog {count} regels die niet zijn ingelezen", en: "and {count} more lines rejected" },
  importNotXlsx: { nl: "Dit is geen Excel-bestand (XLSX).", en: "This is not an Excel file (XLSX)." },
  importNotXlsForm: { nl: "Dit is geen XLSForm: er is geen blad survey.", en: "This is not an XLSForm: it has no survey sheet." },
  importNotNarraFirmaForm: { nl: "Dit is geen vragenformulier van NarraFirma: de kolommen Type en Answers ontbreken.", en: "This is not a NarraFirma story form: it has no Type or Answers column." },
  importStoryType: { nl: "Stuur een NDJSON-bestand (application/x-ndjson) of een CSV-bestand (text/csv).", en: "Send Content-Type: application/x-ndjson or text/csv." },
  importFormType: { nl: "Stuur een CSV-bestand (NarraFirma) of een XLSX-bestand (XLSForm).", en: "Send a CSV file (NarraFirma) or an XLSX file (XLSForm)." },
  // Personal invitations for a listening round.
  invalidEmail: { nl: "Dit is geen geldig e-mailadres.", en: "This is not a valid e-mail address." },
  duplicateEmail: { nl: "Dit e-mailadres staat al eerder in de lijst.", en: "This e-mail address is already higher up in the list." },
  tooManyColumns: { nl: "Zet op een regel alleen een e-mailadres en eventueel een cliëntnummer.", en: "Put only an e-mail address and, if you like, a client reference on a line." },
  clientRefTooLong: { nl: "Het cliëntnummer is te lang (hoogstens 200 tekens).", en: "The client reference is too long (200 characters at most)." },
  tooManyInvitees: { nl: "De lijst is te lang: nodig hoogstens 5000 mensen tegelijk uit.", en: "The list is too long: invite at most 5000 people at a time." },
  emptyInviteeList: { nl: "Er staat geen e-mailadres in de lijst.", en: "The list holds no e-mail address." },
  lineProblem: { nl: "Regel {line}: {reason}", en: "Line {line}: {reason}" },
  roundClosedForInvitations: { nl: "Deze ronde is gesloten. Je kunt niemand meer uitnodigen.", en: "This round is closed. You can no longer invite anyone." },
  roundNeedsPublicForm: { nl: "Dit vertelpunt heeft geen openbaar formulier. Uitnodigingen werken alleen met een openbaar formulier.", en: "This collection has no public form. Invitations only work with a public form." },
  alreadyTold: { nl: "Met deze uitnodiging is al een verhaal verteld. Dank je wel!", en: "A story was already told with this invitation. Thank you!" },
  invitationClosed: { nl: "Deze ronde is gesloten. Je kunt met deze uitnodiging geen verhaal meer vertellen.", en: "This round is closed. You can no longer tell a story with this invitation." },
  // The sector (issue 15): contributions, signatures, the privacy budget.
  sectorSignatureInvalid: { nl: "Handtekening klopt niet", en: "Signature invalid" },
  sectorSignatureInvalidDetail: { nl: "De handtekening past niet bij dit document of bij de sleutel van deze organisatie.", en: "The signature does not match this document or this organization's key." },
  sectorWrongSector: { nl: "Dit document is voor een andere sector.", en: "This document is for another sector." },
  sectorKeyFixed: { nl: "Deze organisatie heeft al een andere sleutel bij de hub.", en: "This organization already has another key at the hub." },
  privacyBudgetExhausted: { nl: "Het privacybudget voor deze sector is op. Deze levering zou er boven komen.", en: "The privacy budget for this sector is used up. This release would go beyond it." },
  sectorNotAdopted: { nl: "Het vragenkader van dit vertelpunt heeft het kernkader van de sector nog niet overgenomen.", en: "This collection's framework has not adopted the sector's core framework yet." },
  sectorUnreachable: { nl: "De hub van de sector is niet bereikbaar. Probeer het later opnieuw.", en: "The sector's hub cannot be reached. Please try again later." },
  sectorHubAnswerUnreadable: { nl: "De hub van de sector gaf een antwoord dat we niet kunnen lezen. Probeer het later opnieuw.", en: "The sector's hub gave an answer we cannot read. Please try again later." },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof texts;

export function message(key: MessageKey, lang: Lang): string {
  return texts[key][lang];
}
