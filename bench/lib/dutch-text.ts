// Dutch story texts generated inside the database, for the search benches: each word drawn from a
// skewed vocabulary (random()³ favours the front), so "gesprek" is in nearly every story and the last
// words in a few percent; one story in a thousand also names the energy company, for a rare word.
import { type SQL, sql } from "drizzle-orm";

export const vocabulary = (
  "de het een en van ik we inwoner gesprek samen hulp plan wijkcoach klantmanager gemeente regels " +
  "schulden huisbezoek brief bewindvoerder werk wonen zorg gezin afspraak contact vertrouwen tijd " +
  "school ouders kinderen huur uitkering inkomen budget netwerk buurt vrijwilliger taal formulier " +
  "beslissing bezwaar maatwerk regie zorgen ruimte luisteren belde bezocht hielp voelde gehoord " +
  "schuldhulpverlening jeugdconsulent mantelzorger woningcorporatie participatie re-integratie " +
  "toeslagen belastingdienst incasso deurwaarder huisarts wachtlijst"
).split(" ");

/**
 * A lateral subquery giving `text`: 30 to 79 words for row `g` of a generate_series. Use as
 * `from generate_series(…) g, lateral (${dutchText(sql.raw("g"))}) t`.
 */
export function dutchText(g: SQL): SQL {
  const words = sql.raw(`array[${vocabulary.map((w) => `'${w}'`).join(",")}]`);
  return sql`select string_agg((${words})[1 + floor(${vocabulary.length} * random() ^ 3)::int], ' ')
      || case when random() < 0.001 then ' energieleverancier' else '' end as text
    from generate_series(1, 30 + ${g} % 50) w`;
}
