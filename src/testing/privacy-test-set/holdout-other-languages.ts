// A second batch of English, French and German story sentences, written after the sentence-start
// check existed and without running it on them first: other-languages.ts was in view while that
// check was built, so this batch is the fairer estimate of its precision. Reported separately; it is
// never edited to fit the detector. Names are labelled as in the Dutch set; everything else is an
// ordinary word, above all a capital after a full stop. Its first measurement (English precision 5/6:
// "plan A. Plan B" read as "A. Plan") led to one rule, a word also written in lower case in the same
// text is no name at a sentence start; after that rule this batch is no longer unseen.
import { type LabelledSentence, s } from "./label.ts";

export const holdoutOtherLanguageSentences: Record<"en" | "fr" | "de", LabelledSentence[]> = {
  en: [
    s("I rang the number on the letter. Nobody picked up. Again the next day, nothing."),
    s("The lady at the desk was patient. Honestly, I had not expected that."),
    s("We filled in the form together. Afterwards I felt lighter."),
    s("My landlord wanted the money by Friday. Where was I supposed to get it?"),
    s("They told me to wait. Waiting is all I did that spring."),
    s("It took six weeks. Six weeks without any income."),
    s("The bus to the office runs once an hour. Once I missed it and had to come back."),
    s("I am no good with computers. Everything has to be done online now."),
    s("There was a man who explained the rules. Even my husband understood it."),
    s("Could they not just call me? Instead I got three letters."),
    s("The worker came on Tuesday. Tuesday is my day off, so that worked."),
    s("Help came from an unexpected side. Our neighbour Sam drove me there.", ["name", "Sam"]),
    s("Ms Okafor from the council listened to the whole story.", ["name", "Okafor"]),
    s("My brother Tom helped me with the forms.", ["name", "Tom"]),
    s("I spoke to Linda at the front desk. She was kind.", ["name", "Linda"]),
    s("Mr Peters said it would be fixed by May.", ["name", "Peters"]),
    s("Our social worker, Anna de Vries, came every week.", ["name", "Anna de Vries"]),
    s("Grace and I went to the food bank together.", ["name", "Grace"]),
    s("At the end of the day it was plan A. Plan B was never needed."),
    s("Room D. That is where they send you when nobody knows."),
  ],
  fr: [
    s("J'ai appelé le numéro sur la lettre. Personne n'a décroché. Le lendemain, rien non plus."),
    s("La dame au guichet était patiente. Franchement, je ne m'y attendais pas."),
    s("Nous avons rempli le formulaire ensemble. Après, je me sentais plus léger."),
    s("Mon propriétaire voulait l'argent avant vendredi. Où devais-je le trouver ?"),
    s("On m'a dit d'attendre. Attendre, c'est tout ce que j'ai fait ce printemps."),
    s("Cela a pris six semaines. Six semaines sans revenu."),
    s("Le bus pour la mairie passe une fois par heure. Une fois je l'ai raté."),
    s("Je ne suis pas doué avec les ordinateurs. Tout se fait en ligne maintenant."),
    s("Il y avait un monsieur qui expliquait les règles. Même mon mari a compris."),
    s("Ils ne pouvaient pas simplement m'appeler ? Au lieu de cela, trois lettres."),
    s("Notre voisine Claire m'a emmené en voiture.", ["name", "Claire"]),
    s("Madame Lefèvre du CCAS a écouté toute l'histoire.", ["name", "Lefèvre"]),
    s("Mon frère Thomas m'a aidé avec les papiers.", ["name", "Thomas"]),
    s("J'ai parlé avec Nadia à l'accueil. Elle était gentille.", ["name", "Nadia"]),
    s("Monsieur Girard a dit que ce serait réglé en mai.", ["name", "Girard"]),
    s("C'était la salle B. Là où on envoie les gens quand personne ne sait."),
  ],
  de: [
    s("Ich rief die Nummer auf dem Brief an. Keiner ging ran. Am nächsten Tag wieder nichts."),
    s("Die Frau am Schalter war geduldig. Ehrlich gesagt hatte ich das nicht erwartet."),
    s("Wir haben das Formular zusammen ausgefüllt. Hinterher fühlte ich mich leichter."),
    s("Mein Vermieter wollte das Geld bis Freitag. Woher sollte ich es nehmen?"),
    s("Man sagte mir, ich solle warten. Warten war alles, was ich in dem Frühling tat."),
    s("Es dauerte sechs Wochen. Sechs Wochen ohne Einkommen."),
    s("Der Bus zum Amt fährt einmal pro Stunde. Einmal habe ich ihn verpasst."),
    s("Mit Computern kenne ich mich nicht aus. Alles muss jetzt online gemacht werden."),
    s("Da war ein Mann, der die Regeln erklärte. Selbst mein Mann hat es verstanden."),
    s("Konnten sie mich nicht einfach anrufen? Stattdessen kamen drei Briefe."),
    s("Unsere Nachbarin Petra hat mich hingefahren.", ["name", "Petra"]),
    s("Frau Becker vom Sozialamt hat sich alles angehört.", ["name", "Becker"]),
    s("Mein Bruder Lukas hat mir mit den Papieren geholfen.", ["name", "Lukas"]),
    s("Ich sprach mit Sabine am Empfang. Sie war freundlich.", ["name", "Sabine"]),
    s("Herr Wagner sagte, es sei bis Mai erledigt.", ["name", "Wagner"]),
    s("Es war Zimmer B. Dort schickt man einen hin, wenn keiner Bescheid weiß."),
  ],
};
