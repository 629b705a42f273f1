// Languages an admin can add a translation for, named in the reader's language. The public form
// names them in their own language (tell/translations).
export const translatableLanguages: Record<string, { nl: string; en: string }> = {
  nl: { nl: "Nederlands", en: "Dutch" }, en: { nl: "Engels", en: "English" }, tr: { nl: "Turks", en: "Turkish" },
  ar: { nl: "Arabisch", en: "Arabic" }, pl: { nl: "Pools", en: "Polish" }, uk: { nl: "Oekraïens", en: "Ukrainian" },
  ti: { nl: "Tigrinya", en: "Tigrinya" }, de: { nl: "Duits", en: "German" }, fr: { nl: "Frans", en: "French" },
  es: { nl: "Spaans", en: "Spanish" }, so: { nl: "Somalisch", en: "Somali" }, fa: { nl: "Perzisch", en: "Persian" },
  ro: { nl: "Roemeens", en: "Romanian" }, bg: { nl: "Bulgaars", en: "Bulgarian" }, pt: { nl: "Portugees", en: "Portuguese" },
};
