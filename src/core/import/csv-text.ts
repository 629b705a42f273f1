// Writing CSV without a CSV library, so the web app can turn an XLSX sheet into the CSV it sends
// without bundling the parser.

/** Every cell quoted, nothing else changed: the server reads back exactly what the file held. */
export const quotedLine = (cells: string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(",") + "\r\n";

/** A sheet's rows as CSV (a Kobo XLSX export is sent as the CSV it holds). */
export const csvText = (rows: string[][]) => rows.map(quotedLine).join("");
