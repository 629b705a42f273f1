// Generated stories that fit the klantmanagers template, deterministic for a seed.
const words = "ik ging op huisbezoek bij een inwoner met schulden en we maakten samen een plan de regels gaven weinig ruimte maar de wijkcoach hielp mee het gesprek liep goed zij voelde zich gehoord".split(" ");

export function seededRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeStory(random: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const a = random();
  const b = random() * (1 - a);
  const triad = [a, b, 1 - a - b].map((w) => Math.round(w * 1000) / 1000);
  triad[2] = Math.round((1 - triad[0]! - triad[1]!) * 1000) / 1000;
  const text = Array.from({ length: 40 + Math.floor(random() * 60) }, () => pick(words)).join(" ");
  return {
    text,
    promptId: "verschil",
    answers: {
      wat_hielp: triad,
      regie: Math.round(random() * 100) / 100,
      situatie: pick(["schulden", "werk", "wonen", "zorg", "gezin", "eenzaamheid"]),
      aanpak: pick(["huisbezoek", "maatwerk", "doorverwijzen", "samen_plan", "netwerk", "regels_toepassen"]),
      uitkomst: pick(["opgelost", "beter", "hetzelfde", "slechter"]),
      gevoel_nu: 1 + Math.floor(random() * 5),
    },
    consent: { research: true, quoting: random() < 0.5 },
  };
}
