// A REFI-QDA project (.qdpx, the exchange format of ATLAS.ti, MAXQDA, NVivo and QualCoder): a zip with
// project.qde (QDA-XML, urn:QDA-XML:project:1.0, Project.xsd of March 2019) and one plain-text file per
// story in sources/. Stories are text sources; colleagues' tags are codes on the whole source and the
// codes of their annotations are codes on the passage; each story is a case whose variables are the
// research export's columns (answers and metadata). Texts arrive redacted; what colleagues wrote is
// redacted here too, as everywhere it is shown.
import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { type Annotation, reanchor } from "../interpretation.ts";
import { redactedText } from "../privacy/index.ts";

export interface QdaStory {
  id: string;
  title: string | null;
  text: string;
  createdAt: Date;
}

export interface QdaReading {
  storyId: string;
  interpreterUserId: string;
  tags: string[];
  annotations: Annotation[];
  createdAt: Date;
}

export interface QdaVariables {
  names: string[];
  /** The values of a story, in the order of names; null where it has none. */
  values(storyId: string): (string | number | null)[];
}

export interface QdaProjectInput {
  name: string;
  createdAt: Date;
  stories: QdaStory[];
  readings: QdaReading[];
  variables: QdaVariables;
  /** What a story without a title is called: "Verhaal 3". */
  untitled: (n: number) => string;
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

/** The same name gives the same GUID, so two exports of the same stories carry the same codes. */
export function guidOf(name: string): string {
  const h = createHash("sha1").update(name).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** REFI counts characters (code points); JavaScript's string positions count UTF-16 units. */
const codePoints = (text: string, index: number) => [...text.slice(0, index)].length;

interface Codes {
  guid(name: string): string;
  xml(): string;
}

function codebook(): Codes {
  const names = new Map<string, string>();
  return {
    guid(name) {
      if (!names.has(name)) names.set(name, guidOf(`code:${name}`));
      return names.get(name)!;
    },
    xml: () => (names.size ? `<CodeBook><Codes>${[...names].map(([name, guid]) => `<Code guid="${guid}" name="${escapeXml(name)}" isCodable="true"/>`).join("")}</Codes></CodeBook>` : ""),
  };
}

const coding = (key: string, code: string, user: string, at: Date) =>
  `<Coding guid="${guidOf(`coding:${key}`)}" creatingUser="${user}" creationDateTime="${at.toISOString()}"><CodeRef targetGUID="${code}"/></Coding>`;

function sourceXml(story: QdaStory, name: string, readings: QdaReading[], codes: Codes): string {
  const selections: string[] = [];
  const wholeSource: string[] = [];
  for (const r of readings) {
    r.annotations.forEach((a, i) => {
      const placed = reanchor(a, story.text);
      const comment = a.comment ? redactedText(a.comment) : "";
      if (!placed || (!a.code && !comment)) return;
      const key = `${story.id}:${r.interpreterUserId}:${i}`;
      const start = codePoints(story.text, placed.start);
      const end = codePoints(story.text, placed.end);
      selections.push(`<PlainTextSelection guid="${guidOf(`selection:${key}`)}" name="${escapeXml(placed.quote.slice(0, 60))}" startPosition="${start}" endPosition="${end}" creatingUser="${r.interpreterUserId}" creationDateTime="${r.createdAt.toISOString()}">`
        + `${comment ? `<Description>${escapeXml(comment)}</Description>` : ""}${a.code ? coding(key, codes.guid(redactedText(a.code)), r.interpreterUserId, r.createdAt) : ""}</PlainTextSelection>`);
    });
    for (const tag of r.tags) wholeSource.push(coding(`${story.id}:${r.interpreterUserId}:tag:${tag}`, codes.guid(redactedText(tag)), r.interpreterUserId, r.createdAt));
  }
  return `<TextSource guid="${story.id}" name="${escapeXml(name)}" plainTextPath="internal://${story.id}.txt" creationDateTime="${story.createdAt.toISOString()}">${selections.join("")}${wholeSource.join("")}</TextSource>`;
}

function variablesXml(variables: QdaVariables, stories: QdaStory[]) {
  const values = new Map(stories.map((s) => [s.id, variables.values(s.id)]));
  // A column is a number where every value it holds is one.
  const types = variables.names.map((_, i) => ([...values.values()].every((v) => v[i] === null || typeof v[i] === "number") ? "Float" : "Text"));
  const guids = variables.names.map((name) => guidOf(`variable:${name}`));
  const declared = variables.names.length
    ? `<Variables>${variables.names.map((name, i) => `<Variable guid="${guids[i]}" name="${escapeXml(name)}" typeOfVariable="${types[i]}"/>`).join("")}</Variables>`
    : "";
  const valuesOf = (storyId: string) => values.get(storyId)!.map((v, i) => (v === null ? "" : `<VariableValue><VariableRef targetGUID="${guids[i]}"/>${types[i] === "Float" ? `<FloatValue>${v}</FloatValue>` : `<TextValue>${escapeXml(String(v))}</TextValue>`}</VariableValue>`)).join("");
  return { declared, valuesOf };
}

/** The .qdpx file: project.qde and sources/<story id>.txt. */
export function refiQdaProject(input: QdaProjectInput): Uint8Array {
  const codes = codebook();
  const names = input.stories.map((s, i) => s.title?.trim() || input.untitled(i + 1));
  const readingsOf = new Map<string, QdaReading[]>();
  for (const r of input.readings) readingsOf.set(r.storyId, [...(readingsOf.get(r.storyId) ?? []), r]);
  const sources = input.stories.map((s, i) => sourceXml(s, names[i]!, readingsOf.get(s.id) ?? [], codes)).join("");
  const users = [...new Set(input.readings.map((r) => r.interpreterUserId))];
  const { declared, valuesOf } = variablesXml(input.variables, input.stories);
  const cases = input.stories.length
    ? `<Cases>${input.stories.map((s, i) => `<Case guid="${guidOf(`case:${s.id}`)}" name="${escapeXml(names[i]!)}">${valuesOf(s.id)}<SourceRef targetGUID="${s.id}"/></Case>`).join("")}</Cases>`
    : "";
  const project = `<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="${escapeXml(input.name)}" origin="Vertelpunt" creationDateTime="${input.createdAt.toISOString()}">`
    + (users.length ? `<Users>${users.map((u) => `<User guid="${u}"/>`).join("")}</Users>` : "")
    + codes.xml() + declared + cases + (sources ? `<Sources>${sources}</Sources>` : "") + "</Project>\n";
  const files: Record<string, Uint8Array> = { "project.qde": strToU8(project) };
  for (const s of input.stories) files[`sources/${s.id}.txt`] = strToU8(s.text);
  return zipSync(files, { level: 6 });
}
