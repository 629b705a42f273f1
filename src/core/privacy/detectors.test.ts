import { describe, expect, it } from "vitest";
import { detectPersonalData, redact, redactTextAnswers, type Finding } from "./index.ts";

const found = (text: string) => detectPersonalData(text).map((f) => `${f.kind}:${f.text}`);

describe("structured identifiers", () => {
  it("finds a BSN in the usual notations, and not a wrong one, an amount or part of a longer number", () => {
    expect(found("BSN 111222333, ook als 1112.22.333 of 111 222 333.")).toEqual(["bsn:111222333", "bsn:1112.22.333", "bsn:111 222 333"]);
    expect(found("BSN: 12345672 (de voorloopnul viel weg)")).toEqual(["bsn:12345672"]);
    expect(found("nummer 123456789, € 111.222.333, 1112223330 en 12345672")).toEqual([]);
  });

  it("finds IBANs in print and electronic form, lowercase too, and not a mistyped one", () => {
    expect(found("op NL91 ABNA 0417 1643 00 of nl91abna0417164300")).toEqual(["iban:NL91 ABNA 0417 1643 00", "iban:nl91abna0417164300"]);
    expect(found("GB82 WEST 1234 5698 7654 32 en DE89370400440532013000.")).toEqual(["iban:GB82 WEST 1234 5698 7654 32", "iban:DE89370400440532013000"]);
    expect(found("NL91ABNA0417164301 klopt niet")).toEqual([]);
  });

  it("finds Dutch phone numbers in many notations and foreign ones with a +", () => {
    const numbers = [
      "06-12345678", "06 12345678", "0612345678", "06 1234 5678", "06-12 34 56 78", "+31 6 12345678", "+31612345678",
      "+31 (0)6 1234 5678", "0031 6 12345678", "020-1234567", "020 123 4567", "(010) 4567890", "0318-123456",
      "0800-1234", "0900 1234567", "088 1234567", "+32 470 12 34 56", "+49 30 1234567",
    ];
    for (const n of numbers) expect(found(`Bel ${n} morgen.`), n).toEqual([`phone:${n}`]);
  });

  it("leaves times, dates without a year, amounts, short numbers and case numbers alone", () => {
    for (const text of ["op 06-12 om 10.00", "op 2 mei", "in 1985", "van 09.00-12.34 uur", "zaak 2023-04-1187", "versie 1.2.3", "3/4 van de schuld", "06-123", "€ 1.234,56", "zaak 2023-04871", "bel 112", "tel 14 078"]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("keeps two numbers in a row apart", () => {
    expect(found("tel 06-12345678 06-87654321")).toEqual(["phone:06-12345678", "phone:06-87654321"]);
  });

  it("finds e-mail addresses", () => {
    expect(found("Mail naar j.de.vries+post@gemeente-dordrecht.nl.")).toEqual(["email:j.de.vries+post@gemeente-dordrecht.nl"]);
  });

  it("finds postcodes with a following house number, and street addresses", () => {
    expect(found("1234 AB 12, 1234AB nr 5 en 1234 AB Dordrecht")).toEqual(["postcode:1234 AB 12", "postcode:1234AB nr 5", "postcode:1234 AB"]);
    expect(found("Ze woont op Dorpsstraat 12a, daarna Laan van Meerdervoort 5-II en Oude Gracht 3 hs.")).toEqual([
      "address:Dorpsstraat 12a", "address:Laan van Meerdervoort 5-II", "address:Oude Gracht 3 hs",
    ]);
    expect(found("Ze woont aan de Dorpsstraat, in 2019 AB-klant, 1234 ab")).toEqual([]);
  });

  it("finds full dates in every common Dutch form, and knows a date of birth by its cue", () => {
    for (const date of ["12-03-1985", "12/03/1985", "12.03.1985", "5-9-98", "1985-03-12", "1985/03/12", "3 juni 1985", "3 jun. 1985", "3 juni '85", "3e juni 1985"]) {
      expect(found(`Dat was op ${date}, zei ze.`), date).toEqual([`date:${date}`]);
      expect(found(`Zij is geboren op ${date}.`), date).toEqual([`birthDate:${date}`]);
    }
    expect(found("op 31-02-1985 of 12-13-1985")).toEqual(["date:31-02-1985"]);
  });

  it("finds a P.O. box as an address", () => {
    expect(found("Postbus 123, postbus 4500 en Antwoordnummer 10250; de postbus is leeg")).toEqual(["address:Postbus 123", "address:postbus 4500", "address:Antwoordnummer 10250"]);
  });

  it("finds dates of birth only next to a birth cue (other full dates are plain dates)", () => {
    expect(found("geboren op 3 maart 1984")).toEqual(["birthDate:3 maart 1984"]);
    expect(found("geb. 03-03-1984")).toEqual(["birthDate:03-03-1984"]);
    expect(found("geboortedatum: 1984-03-03")).toEqual(["birthDate:1984-03-03"]);
    expect(found("die op 3 maart 1984 geboren is")).toEqual(["birthDate:3 maart 1984"]);
    expect(found("afspraak op 3 maart 1984")).toEqual(["date:3 maart 1984"]);
    expect(found("geboren in 1984 en op 3 maart 2023 verhuisd")).toEqual(["date:3 maart 2023"]);
    expect(found("geb. 31-13-1984")).toEqual([]);
  });
});

describe("names", () => {
  it("uses forms of address and relations as cues, for names on no list too", () => {
    expect(found("mevrouw Kowalczyk, dhr. J.P. van 't Hof, de heer Öztürk-Yılmaz")).toEqual([
      "name:Kowalczyk", "name:J.P. van 't Hof", "name:Öztürk-Yılmaz",
    ]);
    expect(found("mijn cliënt Ahmed en zoon Daan, buurvrouw Ilonka")).toEqual(["name:Ahmed", "name:Daan", "name:Ilonka"]);
  });

  it("finds listed names with tussenvoegsels, and matches accents loosely", () => {
    expect(found("Fatima El Amrani, Wim de Jong en Sanne van der Berg")).toEqual([
      "name:Fatima El Amrani", "name:Wim de Jong", "name:Sanne van der Berg",
    ]);
    expect(found("Yilmaz en Ozturk")).toEqual(["name:Yilmaz", "name:Ozturk"]);
  });

  it("needs context for names that are also words, at the start of a sentence or not", () => {
    expect(found("Bos en natuur. Ben je er? Frank en vrij. Mark het aan. Visser van beroep.")).toEqual([]);
    expect(found("mevrouw Bos, zoon Mees, Mark Visser")).toEqual(["name:Bos", "name:Mees", "name:Mark Visser"]);
  });

  it("leaves organisations, places and idioms alone", () => {
    expect(found("Albert Heijn, het Jeroen Bosch Ziekenhuis, Den Haag, Sint Maarten, Jan en alleman, Van Wijk Gerechtsdeurwaarders")).toEqual([]);
    expect(found("De Sociale Dienst Drechtsteden en het Leger des Heils")).toEqual([]);
  });

  it("keeps a possessive 's outside the name", () => {
    expect(redact("Fatima's zoon").text).toBe("[naam]'s zoon");
  });

  it("does not run a street name into a name", () => {
    expect(found("Ze woont in de Jan van Goyenstraat.")).toEqual([]);
  });
});

describe("detectPersonalData and redact", () => {
  const text = "Mevrouw Jansen (BSN 111222333) belde vanaf 06-12345678; mail: m.jansen@example.nl.";

  it("returns sorted, non-overlapping findings whose offsets point into the original text", () => {
    const findings = detectPersonalData(text);
    expect(findings.map((f) => f.kind)).toEqual(["name", "bsn", "phone", "email"]);
    for (const [i, f] of findings.entries()) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    }
  });

  it("replaces each finding with its Dutch placeholder", () => {
    expect(redact(text).text).toBe("Mevrouw [naam] (BSN [BSN]) belde vanaf [telefoonnummer]; mail: [e-mail].");
    expect(redact("Dorpsstraat 12, 1234 AB; NL91ABNA0417164300; geb. 1-2-1990").text).toBe("[adres], [postcode]; [IBAN]; geb. [geboortedatum]");
  });

  it("uses the findings it is given, drops stale ones and resolves overlaps", () => {
    const given: Finding[] = [
      { kind: "name", start: 8, end: 14, text: "Jansen" },
      { kind: "name", start: 0, end: 3, text: "xyz" },
      { kind: "bsn", start: 20, end: 29, text: "111222333" },
      { kind: "name", start: 22, end: 25, text: "122" },
    ];
    const result = redact(text, given);
    expect(result.findings.map((f) => f.text)).toEqual(["Jansen", "111222333"]);
    expect(result.text).toBe("Mevrouw [naam] (BSN [BSN]) belde vanaf 06-12345678; mail: m.jansen@example.nl.");
  });

  it("returns text without personal data unchanged", () => {
    const clean = "De afspraak is op 3 maart om 10.00 uur bij het Werkplein.";
    expect(redact(clean)).toEqual({ text: clean, findings: [] });
  });
});

describe("redactTextAnswers", () => {
  it("redacts free-text answers and leaves every other answer as it is", () => {
    const answers = { les: "Bel mevrouw Jansen op 06-12345678.", regie: 0.4, situatie: "schulden", hulp: [0.2, 0.3, 0.5] };
    const redacted = redactTextAnswers(answers);
    expect(redacted.les).not.toMatch(/Jansen|12345678/);
    expect(redacted.les).toContain("Bel");
    expect({ ...redacted, les: answers.les }).toEqual(answers);
  });
});

describe("names written without capitals", () => {
  it("finds listed names in lower case: alone, with a surname, after a cue", () => {
    expect(found("ik sprak met jan de vries en sanne jansen")).toEqual(["name:jan de vries", "name:sanne jansen"]);
    expect(found("mijn cliënt fatima en mevrouw el amrani")).toEqual(["name:fatima", "name:el amrani"]);
    expect(found("ahmed belde, de heer bakker niet")).toEqual(["name:ahmed", "name:bakker"]);
    expect(found("dochter noor en zoon rob")).toEqual(["name:noor", "name:rob"]);
  });

  it("leaves ordinary words alone, even when they are names too", () => {
    for (const text of ["hij spreekt frans", "er lag een rob op het strand", "wie is de bob vanavond", "we hebben hoop", "de roos bloeit",
      "de bakker op de hoek", "mark je afspraken", "de visser en de kok", "de dirk en de lidl", "het jeroen bosch ziekenhuis"]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("takes no capital after a full stop for a name", () => {
    for (const text of ["Het was koud. Hoop had hij niet meer.", "Klaar. Bos en natuur trekken hem.", "Zo ging het. Frank en vrij zei hij alles."]) {
      expect(found(text), text).toEqual([]);
    }
  });
});
