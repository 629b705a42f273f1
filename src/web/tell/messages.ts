// Words of the story form, in plain Dutch (B1) first. Tellers are addressed with "je", everywhere.
// In interview mode a colleague writes down a client's story: the words marked …Interview speak to
// that colleague about "de cliënt" instead.
import { defineMessages } from "../toolkit/i18n.tsx";

export const messages = defineMessages({
  loading: { nl: "Het formulier wordt geladen…", en: "Loading the form…" },
  loadFailed: {
    nl: "Het formulier kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.",
    en: "The form could not be loaded. Check your internet connection and try again.",
  },
  tryAgain: { nl: "Opnieuw proberen", en: "Try again" },
  notFoundTitle: { nl: "Dit vertelpunt bestaat niet", en: "This story point does not exist" },
  notFoundText: {
    nl: "Controleer de link of scan de QR-code opnieuw.",
    en: "Check the link or scan the QR code again.",
  },
  closedTitle: { nl: "Dit vertelpunt is gesloten", en: "This story point is closed" },
  pageTitle: { nl: "Vertel je verhaal", en: "Tell your story" },
  intro: {
    nl: "Vertel over iets wat je hebt meegemaakt. Er zijn geen goede of foute antwoorden.",
    en: "Tell us about something you experienced. There are no right or wrong answers.",
  },
  anonymous: {
    nl: "Je verhaal is anoniem. Schrijf daarom geen namen, adressen of andere gegevens op waaraan iemand te herkennen is.",
    en: "Your story is anonymous. So do not write down names, addresses or other details that show who someone is.",
  },
  optional: { nl: "(niet verplicht)", en: "(optional)" },
  promptLegend: { nl: "Waar wil je over vertellen?", en: "What would you like to tell about?" },
  promptLegendInterview: { nl: "Waar gaat het verhaal van de cliënt over?", en: "What is the client's story about?" },
  promptRequired: { nl: "Kies waar je over wilt vertellen.", en: "Choose what you would like to tell about." },
  titleLabel: { nl: "Titel van je verhaal", en: "Title of your story" },
  titleLabelInterview: { nl: "Titel van het verhaal", en: "Title of the story" },
  titleHint: { nl: "Een paar woorden zijn genoeg.", en: "A few words are enough." },
  titleTooLong: { nl: "Maak de titel korter: hooguit 200 tekens.", en: "Make the title shorter: 200 characters at most." },
  storyHeading: { nl: "Je verhaal", en: "Your story" },
  storyHeadingInterview: { nl: "Het verhaal van de cliënt", en: "The client's story" },
  textLabel: { nl: "Schrijf hier je verhaal", en: "Write your story here" },
  textLabelInterview: { nl: "Schrijf het verhaal van de cliënt op", en: "Write down the client's story" },
  textHint: { nl: "Schrijf op wat er gebeurde, in je eigen woorden.", en: "Write down what happened, in your own words." },
  textHintInterview: { nl: "Schrijf op wat de cliënt vertelt, zo veel mogelijk in de woorden van de cliënt.", en: "Write down what the client tells, in the client's own words as far as you can." },
  textRequired: { nl: "Schrijf je verhaal op.", en: "Write down your story." },
  textTooLong: { nl: "Je verhaal is te lang. Maak het korter dan 20.000 tekens.", en: "Your story is too long. Keep it under 20,000 characters." },
  questionsHeading: { nl: "Vragen over je verhaal", en: "Questions about your story" },
  questionsHeadingInterview: { nl: "Vragen over het verhaal", en: "Questions about the story" },
  questionsIntro: {
    nl: "Met deze vragen geef je zelf betekenis aan je verhaal. Kies steeds wat het best past.",
    en: "With these questions you give meaning to your story yourself. Each time, choose what fits best.",
  },
  questionsIntroInterview: {
    nl: "Stel de cliënt deze vragen en kies steeds wat de cliënt aangeeft.",
    en: "Ask the client these questions and each time choose what the client says.",
  },
  consentHeading: { nl: "Toestemming", en: "Consent" },
  researchLegend: {
    nl: "Mag je verhaal gebruikt worden om te leren en het werk beter te maken?",
    en: "May your story be used to learn and to improve the work?",
  },
  researchLegendInterview: {
    nl: "Mag het verhaal van de cliënt gebruikt worden om te leren en het werk beter te maken?",
    en: "May the client's story be used to learn and to improve the work?",
  },
  researchHint: {
    nl: "Het verhaal wordt dan samen met andere verhalen bekeken. Er staat geen naam bij.",
    en: "The story is then looked at together with other stories. No name is attached.",
  },
  researchYes: { nl: "Ja, dat mag", en: "Yes, that is fine" },
  researchNo: { nl: "Nee, liever niet", en: "No, rather not" },
  researchRequired: { nl: "Kies of het verhaal gebruikt mag worden.", en: "Choose whether the story may be used." },
  quotingLabel: {
    nl: "Stukjes uit mijn verhaal mogen letterlijk worden overgenomen, bijvoorbeeld in een verslag. Zonder naam.",
    en: "Parts of my story may be quoted word for word, for example in a report. Without a name.",
  },
  quotingLabelInterview: {
    nl: "De cliënt vindt het goed dat stukjes uit het verhaal letterlijk worden overgenomen. Zonder naam.",
    en: "The client agrees that parts of the story may be quoted word for word. Without a name.",
  },
  sectorLabel: {
    nl: "Mijn verhaal mag ook naar andere organisaties in de sector, zodat zij ervan leren. Zonder naam en zonder andere gegevens over mij.",
    en: "My story may also go to other organizations in the sector, so they can learn from it. Without a name and without other details about me.",
  },
  sectorLabelInterview: {
    nl: "De cliënt vindt het goed dat het verhaal ook naar andere organisaties in de sector gaat. Zonder naam en zonder andere gegevens.",
    en: "The client agrees that the story may also go to other organizations in the sector. Without a name and without other details.",
  },
  tellerLegend: { nl: "Wie vertelt het verhaal?", en: "Who is telling the story?" },
  tellerSelf: { nl: "Ik vertel mijn eigen verhaal", en: "I am telling my own story" },
  tellerInterview: { nl: "Ik schrijf het verhaal van een cliënt op (interview)", en: "I am writing down a client's story (interview)" },
  subjectRefLabel: { nl: "Kenmerk van de cliënt", en: "Client reference" },
  subjectRefHint: {
    nl: "Bijvoorbeeld een cliëntnummer. Zo horen verhalen van dezelfde cliënt bij elkaar. Vertelpunt bewaart het kenmerk niet zelf, alleen een pseudoniem: een code waaruit het kenmerk niet terug te halen is.",
    en: "For example a client number, so stories of the same client belong together. Vertelpunt does not keep the reference itself, only a pseudonym: a code from which the reference cannot be recovered.",
  },
  subjectRefTooLong: { nl: "Het kenmerk mag hooguit 200 tekens zijn.", en: "The reference may be 200 characters at most." },
  confirmedAloudLabel: {
    nl: "Ik heb de toestemming hardop gevraagd en de cliënt stemde in",
    en: "I asked for consent aloud and the client agreed",
  },
  confirmedAloudRequired: {
    nl: "Vraag de cliënt hardop om toestemming en vink dit aan.",
    en: "Ask the client for consent aloud and tick this box.",
  },
  send: { nl: "Versturen", en: "Send" },
  sending: { nl: "Bezig met versturen…", en: "Sending…" },
  summaryTitle: { nl: "Kijk dit nog even na", en: "Please check this" },
  summaryIntro: { nl: "Je verhaal is nog niet verstuurd.", en: "Your story has not been sent yet." },
  failedNetwork: {
    nl: "Je verhaal is nog niet verstuurd: er is geen verbinding. Wat je hebt ingevuld, blijft staan. Probeer het zo nog een keer.",
    en: "Your story has not been sent: there is no connection. What you filled in stays here. Try again in a moment.",
  },
  failedServer: {
    nl: "Je verhaal is nog niet verstuurd: er ging bij ons iets mis. Wat je hebt ingevuld, blijft staan. Probeer het zo nog een keer.",
    en: "Your story has not been sent: something went wrong on our side. What you filled in stays here. Try again in a moment.",
  },
  failedTooLarge: { nl: "Je verhaal is te groot om te versturen. Maak het korter.", en: "Your story is too large to send. Make it shorter." },
  failedClosed: {
    nl: "Dit vertelpunt is inmiddels gesloten. Daarom kon je verhaal niet meer worden verstuurd. Wil je de tekst bewaren? Kopieer hem dan.",
    en: "This story point has closed in the meantime, so your story could not be sent. Want to keep the text? Copy it.",
  },
  retry: { nl: "Opnieuw versturen", en: "Send again" },
  reviewTitle: { nl: "Zo bewaren we je verhaal", en: "This is how we keep your story" },
  reviewWhy: {
    nl: "In wat je schreef staan gegevens waaraan iemand te herkennen is, zoals een naam of een telefoonnummer. Om mensen te beschermen halen we deze gegevens weg. Hieronder zie je wat er in de plaats komt.",
    en: "What you wrote contains details that show who someone is, such as a name or a phone number. To protect people, we remove these details. Below you see what takes their place.",
  },
  reviewAsk: {
    nl: "Is het zo goed? Dan versturen we je verhaal zoals het hierboven staat. Wil je nog iets veranderen? Ga dan terug naar je verhaal.",
    en: "Is this all right? Then we send your story as shown above. Want to change something? Go back to your story.",
  },
  reviewConfirm: { nl: "Ja, verstuur zo", en: "Yes, send it like this" },
  reviewEdit: { nl: "Terug naar mijn verhaal", en: "Back to my story" },
  thanksTitle: { nl: "Dank je wel voor je verhaal", en: "Thank you for your story" },
  thanksTitleInterview: { nl: "Het verhaal van de cliënt is opgeslagen", en: "The client's story has been saved" },
  thanksTextInterview: {
    nl: "Dank je wel dat je het verhaal hebt opgeschreven. Zo telt wat de cliënt meemaakte mee.",
    en: "Thank you for writing the story down. That way what the client went through counts too.",
  },
  anotherInterview: { nl: "Nog een verhaal opschrijven", en: "Write down another story" },
  thanksText: {
    nl: "Je verhaal is goed aangekomen. Het helpt ons te leren wat goed gaat en wat beter kan.",
    en: "Your story has arrived. It helps us learn what goes well and what could be better.",
  },
  another: { nl: "Nog een verhaal vertellen", en: "Tell another story" },
  receiptTitle: { nl: "Je persoonlijke link", en: "Your personal link" },
  receiptText: {
    nl: "Bewaar deze link. Hiermee zie je later wat er met je verhaal gebeurt, of trek je het in.",
    en: "Keep this link. With it you can see later what happens with your story, or withdraw it.",
  },
  receiptPrivate: {
    nl: "De link is alleen voor jou: wie de link heeft, kan je verhaal lezen en intrekken. Deel hem daarom met niemand.",
    en: "The link is for you only: whoever has it can read and withdraw your story. So do not share it.",
  },
  copyLink: { nl: "Link kopiëren", en: "Copy link" },
  copied: { nl: "De link is gekopieerd.", en: "The link has been copied." },
  copyFailed: {
    nl: "Kopiëren lukte niet. Selecteer de link en kopieer hem zelf, of maak een schermafbeelding.",
    en: "Copying did not work. Select the link and copy it yourself, or take a screenshot.",
  },
  kioskRestart: { nl: "Over {seconds} seconden begint het formulier opnieuw.", en: "The form starts again in {seconds} seconds." },
  idleTitle: { nl: "Ben je er nog?", en: "Are you still there?" },
  idleText: {
    nl: "Je hebt een tijdje niets gedaan. Over {seconds} seconden wordt het formulier leeggemaakt, zodat niemand anders kan lezen wat je schreef.",
    en: "You have not done anything for a while. In {seconds} seconds the form will be cleared, so nobody else can read what you wrote.",
  },
  kioskWelcomeText: { nl: "Wat heb je meegemaakt? Vertel het ons. Je verhaal helpt ons om beter te werken.", en: "What happened to you? Tell us. Your story helps us work better." },
  kioskWelcomeTime: { nl: "Het duurt ongeveer vijf minuten.", en: "It takes about five minutes." },
  kioskWelcomeAnonymous: { nl: "Je naam is niet nodig.", en: "Your name is not needed." },
  kioskStart: { nl: "Begin met vertellen", en: "Start telling" },
  progressAnswered: { nl: "{answered} van de {total} vragen beantwoord", en: "{answered} of {total} questions answered" },
  questionN: { nl: "Vraag {n} van {total}", en: "Question {n} of {total}" },
  stillHere: { nl: "Ik ben er nog", en: "I am still here" },
  staffTitle: { nl: "Verhaal vertellen: {name}", en: "Tell a story: {name}" },
  notOpen: { nl: "Dit vertelpunt is nu niet open. Er kunnen geen verhalen worden verteld.", en: "This story point is not open now. No stories can be told." },
  backToCollection: { nl: "Terug naar het vertelpunt", en: "Back to the story point" },
  outboxWaitingOne: { nl: "1 verhaal wacht op verzending", en: "1 story is waiting to be sent" },
  outboxWaitingMany: { nl: "{count} verhalen wachten op verzending", en: "{count} stories are waiting to be sent" },
  outboxWaitingHint: {
    nl: "Dit gaat vanzelf zodra er weer verbinding is. Tot dan wacht alles versleuteld op dit apparaat.",
    en: "This happens by itself as soon as there is a connection again. Until then everything waits encrypted on this device.",
  },
  outboxRejected: { nl: "Een verhaal kon niet worden verstuurd: {reason}", en: "A story could not be sent: {reason}" },
  outboxDiscard: { nl: "Dit verhaal weggooien", en: "Throw this story away" },
  sendLater: { nl: "Later versturen", en: "Send later" },
  queuedTitle: { nl: "Je verhaal is bewaard", en: "Your story has been saved" },
  queuedTitleInterview: { nl: "Het verhaal van de cliënt is bewaard", en: "The client's story has been saved" },
  queuedText: {
    nl: "Er is nu geen verbinding. Je verhaal wacht op dit apparaat en gaat vanzelf weg zodra er weer verbinding is. Gegevens waaraan iemand te herkennen is, halen we er dan uit.",
    en: "There is no connection now. Your story waits on this device and is sent by itself as soon as there is a connection again. Details that show who someone is are removed then.",
  },
  queuedTextInterview: {
    nl: "Er is nu geen verbinding. Het verhaal wacht versleuteld op dit apparaat en gaat vanzelf weg zodra er weer verbinding is.",
    en: "There is no connection now. The story waits encrypted on this device and is sent by itself as soon as there is a connection again.",
  },
  // Telling by voice (Recorder.tsx).
  recorderLabel: { nl: "Of vertel je verhaal met je stem", en: "Or tell your story with your voice" },
  recorderHint: {
    nl: "Je kunt tot {limit} minuten opnemen. Je mag ook opnemen én typen.",
    en: "You can record up to {limit} minutes. You may also record and type.",
  },
  recorderStart: { nl: "Start opnemen", en: "Start recording" },
  recorderStop: { nl: "Stop opnemen", en: "Stop recording" },
  recorderListen: { nl: "Luister terug", en: "Listen back" },
  recorderPause: { nl: "Pauzeer", en: "Pause" },
  recorderRemove: { nl: "Verwijder opname", en: "Remove recording" },
  recorderTime: { nl: "{time} van {limit}", en: "{time} of {limit}" },
  recorderStarted: { nl: "Opname gestart.", en: "Recording started." },
  recorderStopped: { nl: "Opname klaar: {time}.", en: "Recording done: {time}." },
  recorderRemoved: { nl: "Opname verwijderd.", en: "Recording removed." },
  recorderDenied: {
    nl: "We mogen je microfoon niet gebruiken. Geef toestemming in je browser, of typ je verhaal.",
    en: "We may not use your microphone. Allow it in your browser, or type your story.",
  },
  recorderUnsupported: {
    nl: "Opnemen kan niet in deze browser. Typ je verhaal.",
    en: "Recording is not possible in this browser. Type your story.",
  },
  keepRecordingLabel: { nl: "Mijn opname mag bewaard worden.", en: "My recording may be kept." },
  keepRecordingHint: {
    nl: "Collega's die verhalen lezen kunnen hem beluisteren. Je stem is herkenbaar. Je kunt je verhaal later intrekken.",
    en: "Colleagues who read stories can listen to it. Your voice can be recognised. You can withdraw your story later.",
  },
  recordingNotSent: {
    nl: "Zonder deze toestemming sturen we je opname niet mee. Typ dan je verhaal.",
    en: "Without this consent your recording is not sent. Then type your story.",
  },
  recordingFailed: {
    nl: "Je verhaal is aangekomen, maar je opname nog niet. Probeer het opnieuw.",
    en: "Your story arrived, but your recording did not yet. Try again.",
  },
  textOrRecordingRequired: {
    nl: "Typ je verhaal, of neem het op en geef toestemming om de opname te bewaren.",
    en: "Type your story, or record it and agree that the recording is kept.",
  },
  // Languages and easy language on the public form.
  languageLabel: { nl: "Taal", en: "Language" },
  easyLanguage: { nl: "Makkelijke taal met plaatjes", en: "Easy language with pictures" },
});

export type TellMessage = keyof typeof messages;
