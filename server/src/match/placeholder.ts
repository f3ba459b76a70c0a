// Placeholders: text that stands in for content still to be written. A block
// holding one (e.g. "Wie is verantwoordelijk: [invullen]", or a bracketed
// instruction like "[describe the measures …]") is not evidence, and a section
// of nothing but such blocks is incomplete.

const PLACEHOLDER =
  /\[(?:(?:invullen|in te vullen|fill in|to be completed|tbd|todo|xxx|nog invullen|placeholder|reden|reason|beschrijf|describe|insert|vul)(?:[\s:][^\]]{0,300})?|\.\.\.|…)\]|(?<![\p{L}])(?:todo|tbd|tbc|n\.\s?t\.\s?b\.?|ntb|nader te bepalen|nog te bepalen|nog uit te werken|nog in te vullen|nog te beschrijven|to be determined|to be confirmed|to be worked out|to be written|xxx+)(?![\p{L}])|\.\.\.|…/giu;

/** A block that opens with a placeholder is a note to the author ("TBD — check with Legal"). */
const LEADING_PLACEHOLDER =
  /^[\s*_>-]*(?:\[(?:(?:invullen|in te vullen|fill in|to be completed|tbd|todo|xxx|nog invullen|placeholder|reden|reason|beschrijf|describe|insert|vul)(?:[\s:][^\]]{0,300})?|\.\.\.|…)\]|(?:todo|tbd|tbc|n\.\s?t\.\s?b\.?|nader te bepalen|nog te bepalen|nog uit te werken|nog in te vullen|nog te beschrijven|to be determined|to be confirmed|to be worked out|to be written|xxx+)(?![\p{L}]))/iu;

/** True when the block holds a placeholder and at most a short label besides. */
export function isPlaceholderBlock(text: string): boolean {
  if (LEADING_PLACEHOLDER.test(text)) return true;
  PLACEHOLDER.lastIndex = 0;
  if (!PLACEHOLDER.test(text)) return false;
  const rest = text.replace(PLACEHOLDER, ' ').replace(/[\s:;,.\-–—*_()[\]|/]+/g, ' ').trim();
  if (!rest) return true;
  // "Wie is verantwoordelijk: [invullen]" leaves a label ending in a colon.
  const words = rest.split(' ').length;
  return words <= 3 || (words <= 20 && /[:?]\s*$/.test(text.replace(PLACEHOLDER, '').trim()));
}

/** True when a piece of text is a placeholder and nothing else. */
export function isOnlyPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return text.replace(PLACEHOLDER, ' ').replace(/[\s:;,.\-–—*_()[\]|/]+/g, '') === '' && text.trim() !== '';
}

/** A sentence whose content is still to be written: a placeholder with at most a
 * short label ("Rol van de agenten: [invullen]"), a label and a colon before
 * one ("Compensation, travel and safety: TBD."), or one clause that ends in one
 * ("Welke rol zij krijgen is nog nader te bepalen."), perhaps with a short
 * aside ("...: TBD (depends on contract extension)."). It names a topic, not a
 * measure, so it is no evidence. A clause of its own after a measure ("...; the
 * date is to be determined") leaves the measure standing. Text is normalised. */
const ENDS_IN_PLACEHOLDER =
  /(:\s*)?(?:\[[^\]]{0,300}\]|(?<![\p{L}])(?:tbd|tbc|n\s?t\s?b|ntb|nader te bepalen|nog te bepalen|nog uit te werken|nog in te vullen|to be determined|to be confirmed|to be decided|to be agreed|to be worked out))(?:\s*\([^()]{0,80}\))?\s*[.!]?\s*$/u;
export function isPlaceholderSentence(sentence: string): boolean {
  if (isInstruction(sentence)) return true;
  const m = ENDS_IN_PLACEHOLDER.exec(sentence);
  if (m && (m[1] || !/[,;:]/.test(sentence.slice(0, m.index)))) return true;
  return isPlaceholderBlock(sentence);
}

/** A template's instruction to whoever fills it in ("Beschrijf hoe afspraken
 * worden opgevolgd", "Describe how participants are informed", "In deze
 * paragraaf geeft u aan ..."): it names what the section should say, in the
 * element's own words, and shows nothing done. Only verbs that ask for writing
 * count: an imperative checklist of measures ("Provide interpreters", "Regel
 * vervoer") is content. Text is normalised (lower case, no accents). */
const INSTRUCTION = new RegExp(
  // A label that says the text is the template's: whatever follows is guidance.
  '^(?:(?:template |sjabloon)?(?:guidance|instructions?|instructies?|aanwijzing(?:en)?|invulinstructie|note to (?:the )?(?:authors?|writers?))\\s*:' +
    '|(?:(?:toelichting|hint|tip|let op)\\s*:\\s*)?(?:(?:please|gelieve)\\s+)?(?:' +
    // Dutch imperatives of writing. "Schets van de keten: ..." is a label and
    // "Noem ons gerust bij de voornaam" speaks to the reader: neither is one.
    '(?:beschrijf|omschrijf|benoem|noem|vermeld|specificeer|schets|formuleer|onderbouw|motiveer)(?![\\p{L}])(?!\\s+(?:van|ons|me|mij)(?![\\p{L}]))' +
    '|(?:licht\\s+(?:[^\\s.:;]+\\s+){0,4}?toe|leg\\s+(?:[^\\s.:;]+\\s+){0,4}?uit|vul\\s+(?:[^\\s.:;]+\\s+){0,3}?in|geef\\s+(?:[^\\s.:;]+\\s+){0,4}?aan)(?![\\p{L}])' +
    // English: the verb and what it asks for ("Name the contact person", not "Name: ...", "State aid").
    '|(?:describe|explain|indicate|specify|outline|summari[sz]e|fill in|insert|set out|elaborate on|justify|list|name|state|mention|enter|write down)\\s+' +
    '(?:here\\s+|briefly\\s+|below\\s+|in\\s+(?:this|a few|one|two)\\s+[^\\s.:;]+\\s+)?(?:how|what|which|who|whom|when|where|why|whether|if|the|your|a|an|any|all|each|per|at least|e\\.?g\\.?|for example|examples?|concrete|specific)(?![\\p{L}])' +
    '|(?:hier|in deze (?:sectie|paragraaf|alinea|rubriek)|in dit (?:onderdeel|hoofdstuk|deel))\\s+(?:beschrijft|geeft|noemt|vermeldt|schetst|legt|licht)\\s+(?:u|je|jij)(?![\\p{L}])' +
    '|(?:in this (?:section|paragraph|part|chapter)|here),?\\s+(?:you\\s+|please\\s+)?(?:describe|explain|set out|list|state|outline|indicate)(?![\\p{L}])' +
    '|use this (?:section|space|paragraph|field) to(?![\\p{L}])' +
    '))',
  'u',
);

export function isInstruction(sentence: string): boolean {
  return INSTRUCTION.test(sentence);
}
