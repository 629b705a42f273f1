// Pictograms for options, stones items and triad corners, from lucide-static (ISC licence, see the
// README). A chosen set, not all 2,500 icons: pictures that read without words in the social domain.
// Each is inlined as SVG text (stroke="currentColor"), so it takes the theme's colour and contrast.
const files = import.meta.glob<string>(
  "../../../node_modules/lucide-static/icons/{house,wallet,coins,piggy-bank,briefcase,heart-pulse,stethoscope,pill,users,user,baby,hand-helping,hand-heart,handshake,message-circle,phone,mail,calendar,clock,scale,clipboard-list,gavel,landmark,shield-check,smile,meh,frown,laugh,angry,thumbs-up,thumbs-down,circle-check,circle-x,circle-help,trending-up,trending-down,minus,sun,cloud-rain,heart,network,route,compass,key,lightbulb,book-open,graduation-cap,utensils,bus,shopping-cart,sparkles,volume-2}.svg",
  { query: "?raw", import: "default", eager: true },
);

const svgByName = new Map(Object.entries(files).map(([path, svg]) => [path.replace(/^.*\/(.+)\.svg$/, "$1"), svg.replace(/<!--[\s\S]*?-->/, "").trim()]));

/** The pictograms the editor offers, by lucide name, in alphabetical order. */
export const pictogramNames: readonly string[] = [...svgByName.keys()].sort();

/** The SVG markup of a pictogram; undefined for names outside the set. */
export const pictogramSvg = (name: string | undefined) => (name ? svgByName.get(name) : undefined);
