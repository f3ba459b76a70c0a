// Sentences and negation. Evidence is judged per sentence, so a phrase never
// spans two sentences, and a negation counts only within the clause of a match.

import { normalize } from './normalize.js';

/** Splits a block's text into normalised sentences. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  // A sentence ends at . ! ? followed by space and an upper-case letter, digit or
  // opening quote; abbreviations like "o.a. de" or "e.g. the" stay together, and
  // so does a title before a name ("Mr. Lis", "Mevr. Jansen", "Dr. Rao") and an
  // abbreviation before a number ("ca. 70%", "approx. 40", "art. 5", "blz. 12").
  for (const part of text.split(/(?<=[.!?])(?<!(?<![\p{L}])(?:[Mm]rs?|[Mm]s|[Mm]evr|[Mm]w|[Dd]rs?|[Dd]hr|[Pp]rof|[Ii]r|[Ii]ng|[Ss]t|[Ss]r|[Jj]r|[Cc]a|[Aa]pprox|[Nn]rs?|[Nn]o|[Aa]rt|[Bb]lz|[Pp]p?|[Ii]ncl|[Ee]xcl)\.)\s+(?=[\p{Lu}\p{N}"'“‘(])|\n{2,}/u)) {
    const s = normalize(part).replace(/\s+/g, ' ').trim();
    if (s) out.push(s);
  }
  return out;
}

/** A sentence that opens by pointing back at the one before ("Daarbij spreken
 * wij met ngo's", "To that end we meet the union"): its evidence may lie in the
 * two together. Only these sentences are read twice, so the cost stays bounded. */
const ANAPHORIC =
  /^(?:daar(?:bij|voor|mee|in|toe|door)|hier(?:bij|voor|mee|in|toe|door)|dit|deze|dat|die|in (?:dat|dit) kader|als onderdeel (?:daarvan|hiervan|van (?:dit|deze|dat))|this|these|that|those|thereby|to (?:that|this) end|in doing so|as part of (?:this|that|these|it)|for (?:this|that)(?: purpose)?|in (?:this|that) (?:way|process|step|stage|context))(?![\p{L}])/u;

/**
 * The block's sentences, followed by each sentence that opens anaphorically
 * joined to the sentence before it. The two are joined by a semicolon, a clause
 * break: a phrase may span them, but a negation in one does not reach the other.
 */
export function withAnaphora(list: string[]): string[] {
  let out: string[] | null = null;
  for (let k = 1; k < list.length; k++) {
    if (ANAPHORIC.test(list[k])) (out ??= list.slice()).push(`${list[k - 1]}; ${list[k]}`);
  }
  return out ?? list;
}

const NEGATION =
  /(?<![\p{L}'])(?:geen|niet|nooit|zonder|noch|niets|no|not|never|without|nor|neither|none|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't)(?![\p{L}'])/gu;
/** Negation words that do not negate ("not only", "no later than"). */
const NOT_NEGATING =
  /^(?:niet alleen|niet enkel|niet later dan|niet langer dan|niet meer dan|zonder uitzondering|geen enkele uitzondering|not only|not just|not later than|no later than|not less than|no less than|not more than|no more than|no matter|never again|no cost|no charge|no (?:recruitment )?fees?|geen (?:wervings)?kosten|zonder kosten|zonder (?:angst|vrees)|zonder (?:represailles|repercussies|nadelige gevolgen|gevolgen|sancties)|zonder (?:tussenkomst|aanwezigheid|bemoeienis)|zonder dat (?:de |het )?(?:management|leidinggevenden|werkgever|directie|leiding)|without (?:fear|retaliation|reprisals?|repercussions?|negative consequences|consequences|penalty|sanctions?)|without (?:the )?(?:presence of|interference|involvement of) (?:the )?(?:management|managers|supervisors|employer)|without (?:management|managers|supervisors)|no (?:retaliation|reprisals?|repercussions?)|no way (?:\S+ )?(?:affects?|prejudices?|harms?|jeopardi[sz]es?|influences?|impacts?|disadvantages?|endangers?)|not (?:\S+ ){0,2}(?:affect|prejudice|jeopardi[sz]e|harm|impact|endanger)(?:s|ed)? (?:\S+ ){0,2}(?:job|jobs|employment|position|relationship|contract|career|pay|wages?|standing|status|livelihood)|not (?:\S+ )?(?:suffer|face|experience|be subject(?:ed)? to) (?:any )?(?:\S+ )?(?:disadvantage|detriment|retaliation|reprisals?|repercussions?|consequences|penalt(?:y|ies)|sanctions?|victimi[sz]ation|dismissal)|no (?:\S+ )?(?:disadvantage|detriment)|geen (?:\S+ )?(?:gevolgen|invloed|nadeel|nadelen|consequenties) (?:\S+ ){0,2}(?:voor|op) (?:\S+ ){0,2}(?:baan|positie|werk|arbeidsrelatie|relatie|contract|loon|loopbaan|dienstverband|rechtspositie)|geen enkele (?:manier|wijze) (?:\S+ ){0,2}(?:invloed|gevolgen|nadeel|nadelig)|geen (?:enkel )?nadeel|niet (?:\S+ )?(?:benadeeld|gestraft|ontslagen|geschaad)|geen (?:represailles|nadelige gevolgen|sancties|repercussies)|niet (?:als )?los (?:van|staan|gezien|thema|onderwerp|vraagstuk)|niet los (?:zien|bekijken|beschouwen)|zonder (?:de |onze |hun )?(?:leidinggevenden|leidinggevende|management|managers|leverancier|inkoper|directie|supervisors?)(?: erbij| aanwezig)?|niet (?:apart|afzonderlijk|op zichzelf)|niet (?:te )?scheiden|not (?:a )?separate|not (?:be )?separated|cannot be separated|can't be separated|not (?:in isolation|isolated|on (?:its|their) own)|(?:cannot|can't|can not) be (?:seen|viewed|addressed|tackled|discussed|considered|treated|dealt with|solved) (?:in isolation|separately|apart|on (?:its|their) own|by (?:itself|themselves))|geen (?:losse|afzonderlijke|aparte) (?:onderwerpen|thema's|themas|kwesties|vraagstukken|zaken)|geen (?:los|afzonderlijk|apart) (?:onderwerp|thema|vraagstuk)|zonder (?:(?:een|vaste|concrete|specifieke|vooraf bepaalde|formele) )*agenda|zonder dat er (?:iets|een punt|een onderwerp) op de agenda|without (?:(?:an?|any|a fixed|a set|a formal|a specific) )?agenda|zonder (?:boete|boetes|korting|kortingen|boeteclausule)|without (?:a )?(?:penalty|penalties)|(?:not|never) (?:\S+ ){1,5}(?:in isolation|separately from)|(?:niet|nooit) (?:als )?los(?![\p{L}])|never (?:in isolation|separately|apart)|(?:niet|nooit) (?:\S+ ){1,5}(?:op zichzelf|los van elkaar|geisoleerd))/u;
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s|\s(?:maar|but|however|echter|behalve|except)\s/gu;
const WORDS_BEFORE = 5;
const WORDS_AFTER = 3;

/** Characters around a match that are searched for its clause and negation: a
 * few words' worth, so that a 1 MB sentence full of negated matches stays linear. */
const WINDOW = 400;

/** "rather than", "in plaats van", "prefer X to": what follows is set aside, not stated. */
const CONTRAST = /(?<![\p{L}])(?:(?:rather than|instead of|more than|other than|beyond|in plaats van|meer dan|anders dan|boven)\s+(?:\S+\s+){0,2}|prefer(?:s|red)?\s+(?:\S+\s+){0,10}(?:to|over)\s+)$/u;

/** True when the words from `start` are set aside by a contrast just before them
 * ("we use our leverage rather than terminate the contract"). */
export function setAside(sentence: string, start: number): boolean {
  return CONTRAST.test(sentence.slice(Math.max(0, start - 100), start));
}

/** True when a negation governs the match at [start, end) of a sentence. */
export function isNegated(sentence: string, start: number, end: number): boolean {
  // A question affirms nothing ("How will agreements be followed up?"): the
  // answer after it is the evidence, or its absence.
  if (sentence.endsWith('?')) return true;
  // Nor does an indirect question: "Whether design changes can be made will be
  // decided later", "Of we reiskosten vergoeden, besluiten we in het voorjaar".
  if (UNDECIDED.test(sentence)) return true;
  // The clause around the match, within a window of the sentence.
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(sentence.length, end + WINDOW);
  const head = sentence.slice(from, start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(head); m; m = CLAUSE_BREAK.exec(head)) clauseStart = m.index + m[0].length;
  let beforeText = head.slice(clauseStart);
  // Cut in the middle of a word: that word is not whole, leave it out.
  if (clauseStart === 0 && from > 0 && /\S/.test(sentence[from - 1])) beforeText = beforeText.replace(/^\S*/, '');
  const tail = sentence.slice(end, to);
  CLAUSE_BREAK.lastIndex = 0;
  const after = CLAUSE_BREAK.exec(tail);
  let followingText = after ? tail.slice(0, after.index) : tail;
  if (!after && to < sentence.length && /\S/.test(sentence[to])) followingText = followingText.replace(/\S*$/, '');

  const before = lastWords(beforeText, WORDS_BEFORE);
  const inside = sentence.slice(start, end);
  // The negation must start within WORDS_AFTER words; the rest of the clause
  // is kept so that "niet als los thema" can be told from a negation.
  const following = followingText.trim().split(/\s+/).slice(0, WORDS_AFTER + 4).join(' ');
  return hasNegation(before + ' ' + inside) || hasDutchTrailingNegation(following) || hasClauseFinalNegation(followingText) || CANNOT.test(beforeText + ' ' + followingText) || lacks(beforeText, inside) || WE_REFUSE.test(beforeText);
}

/** The organisation turning a measure down negates what follows in its clause:
 * "we refuse to adjust our prices", "we have decided against reporting back",
 * "wij weigeren onze prijzen aan te passen". Only the organisation: a worker who
 * may refuse overtime is a safeguard, not a refusal. */
const WE_REFUSE = /(?<![\p{L}])(?:we|wij)\s+(?:(?:have|has|had|hebben|heeft|also|ook|still|nog|therefore|daarom)\s+){0,2}(?:refuse[sd]?|declined?|decided against|decide against|weigeren|weigerden|weigert)(?![\p{L}])/u;

/** "We don't have a budget for translation or for travel costs of participants":
 * having nothing negates every object the verb governs, however many words
 * follow, until "and"/"en" starts a clause of its own. */
const LACKS = /(?<![\p{L}'])(?:(?:do|does|did) not have|(?:don't|doesn't|didn't) have|(?:have|has) no|(?:hebben|heeft|hebt|heb) (?:nog )?geen)(?![\p{L}])/gu;
function lacks(clause: string, match = ''): boolean {
  LACKS.lastIndex = 0;
  let last = -1;
  let word = -1;
  for (let m = LACKS.exec(clause); m; m = LACKS.exec(clause)) {
    last = m.index + m[0].length;
    word = m.index + m[0].search(/(?:geen|no|not)$/u);
  }
  // "Een melding heeft geen gevolgen voor uw baan" states a safeguard.
  if (last < 0 || NOT_NEGATING.test(clause.slice(word) + match)) return false;
  return !/(?<![\p{L}])(?:and|en|but|maar)(?![\p{L}])/u.test(clause.slice(last));
}

const UNDECIDED = /^(?:whether(?![\p{L}])|of (?:en hoe|wij|we|er|de|het|dit|dat|deze|die|zij|ze|onze|hun) )/u;

/** Saying a measure cannot be done, or is not there yet, negates its whole
 * clause, however far the words stand from the match: "we are not in a position
 * to give outgrowers multi-season volume guarantees", "een doorlopende dialoog
 * met ngo's is voor een corporatie van onze omvang niet haalbaar", "we do not
 * yet have agreements with these traders about their role", "met de
 * handelaren zijn nog geen afspraken gemaakt over hun rol". */
const CANNOT =
  /(?<![\p{L}])(?:not in a position to|unable to|not (?:feasible|possible|realistic|achievable|practicable|an option)|niet in staat|niet haalbaar|niet mogelijk|niet realistisch|geen optie|not yet|nog niet|nog geen|yet to be)(?![\p{L}])/u;

/** Dutch puts the verb last: "Reiskosten van deelnemers kunnen we dit jaar niet
 * vergoeden". A "niet"/"geen"/"nooit" at most two words before the end of the
 * match's clause negates the clause, unless a subordinate clause or a second
 * main clause started in between ("..., zodat niemand iets hoeft te betalen"
 * has its own comma; "tolken zijn er en de kosten zijn niet hoog" has "en"). */
const CLAUSE_FINAL_NEGATION =
  /^(?:(?!(?:zodat|omdat|als|wanneer|dat|die|waardoor|zodra|want|en|of|om|tenzij|hoewel|terwijl)\s)\S+\s+){0,8}(?:niet|geen|nooit)(?:\s+\S+){0,2}\s*[.!]?\s*$/u;
/** A fronted object with the subject after the verb and "niet" last: "Reiskosten
 * of tijd voor deelname aan het overleg vergoeden wij niet." The subject pronoun
 * right before the final negation shows one main clause, however long the
 * fronted part ("of" here joins nouns; "en"/"maar" would start a second clause). */
const INVERTED_FINAL_NEGATION =
  /^(?:(?!(?:zodat|omdat|als|wanneer|dat|die|waardoor|zodra|want|en|maar|om|tenzij|hoewel|terwijl)\s)\S+\s+){1,14}(?:wij|we|ik|zij|ze|men)\s+(?:(?:dit|dat|die|deze|ze|het|daarom|dus|ook|nog|helaas|momenteel|op dit moment)\s+)?(?:niet|nooit)\s*[.!]?\s*$/u;
function hasClauseFinalNegation(clause: string): boolean {
  const t = clause.trim();
  if (!t || !/(?<![\p{L}])(?:niet|geen|nooit)(?![\p{L}])/u.test(t)) return false;
  if (INVERTED_FINAL_NEGATION.test(t)) return true;
  const m = CLAUSE_FINAL_NEGATION.exec(t);
  if (!m) return false;
  const from = /(?<![\p{L}])(?:niet|geen|nooit)(?![\p{L}])/u.exec(t)!.index;
  return !NOT_NEGATING.test(t.slice(from));
}

function hasNegation(s: string): boolean {
  NEGATION.lastIndex = 0;
  for (let m = NEGATION.exec(s); m; m = NEGATION.exec(s)) {
    if (!NOT_NEGATING.test(s.slice(m.index))) return true;
  }
  return false;
}

/** Negation after the match: Dutch "wij vergoeden de reiskosten niet", English
 * "interpreters will not be provided" / "travel costs are not covered". */
function hasDutchTrailingNegation(s: string): boolean {
  const t = s.trim() + ' ';
  const m =
    /^(?:\S+ ){0,2}((?:niet|geen|nooit)(?![\p{L}]).*)$/u.exec(t) ??
    // The match may be the head of a longer subject: "travel costs of participants are not reimbursed".
    /^(?:(?!(?:and|or|so|that|who|which|where|when|because|while|if|as|to|we|they|it|he|she|you)\s)\S+ ){0,3}((?:(?:will|shall|would|is|are|was|were|can|could|do|does|did|may|must|need) not|won't|isn't|aren't|wasn't|weren't|can't|cannot|don't|doesn't|didn't|never)(?![\p{L}]).*)$/u.exec(t);
  if (!m) return false;
  // "cannot be separated from", "niet alleen", "not only": no negation after all.
  const rest = m[1].replace(/^(?:will|shall|would|is|are|was|were|can|could|do|does|did|may|must|need) (?=not)/u, '');
  return !NOT_NEGATING.test(rest) && !/^(?:niet|not) (?:alleen|enkel|later|langer|meer dan|only|just|later|less|more)/u.test(rest);
}

function lastWords(s: string, n: number): string {
  const words = s.trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}


// Who acts. Commitment, purchasing practice, leverage and follow-up are the
// company's own measures; a sentence that lays the duty on a supplier or
// another party ("Suppliers must pay a living wage", "Leveranciers moeten
// herstel bieden", "Van leveranciers verwachten wij dat zij ...") describes
// what others are to do, not what the company does. Bounded: two anchored
// expressions, asked only of sentences that matched such an element.

/** Parties other than the company that a sentence may oblige. */
const OTHERS =
  "(?:(?:toe)?leveranciers?|producent(?:en)?|fabrikant(?:en)?|fabrieken|fabriek|verwerkers?|onderaannemers?|agenten|tussenpersonen|importeurs?|handelaren|zakenpartners?|ketenpartners?|cooperaties?|deelnemers|stakeholders|belanghebbenden|suppliers?|producers?|manufacturers?|factories|factory|processors?|subcontractors?|contractors?|agents?|intermediaries|importers?|traders?|business partners?|vendors?|participants|mills?|growers|cooperatives?)";
const DETERMINERS = '(?:(?:all|our|the|each|every|any|its|these|those|alle|onze|de|het|elke|iedere|ieder|elk|deze|die)\\s+)*';
/** Up to two words before the party ("direct suppliers", "tier-1 leveranciers"), not the company itself. */
const QUALIFIERS = "(?:(?!(?:we|wij|ik|us|ons|i|to|om|dat|that)\\s)[\\w'-]+\\s+){0,2}?";
/** An opening phrase before a comma: "Under our code of conduct, ...". */
const OPENER = '^(?:[^,;:]{0,80}[,:]\\s*)?';
const OTHERS_MUST = new RegExp(
  `${OPENER}${DETERMINERS}${QUALIFIERS}${OTHERS}(?:\\s+[^\\s,;]+){0,8}?\\s+` +
    '(?:must|shall|should|ha(?:ve|s) to|needs? to|(?:are|is) (?:required|expected|obliged|responsible|obligated) (?:to|for)|commits? (?:to|themselves)|agrees? to|undertakes? to|(?:are|is) to' +
    '|moeten|moet|dienen|dient|(?:zijn|is) (?:verplicht|gehouden)|verplichten zich|verplicht zich|committeren zich|verbinden zich|zeggen toe|(?:wordt|worden) (?:gevraagd|verwacht) (?:om|te|dat))(?![\\w])([^,;]*)',
  'u',
);
/** "We expect suppliers to ...", "Van leveranciers verwachten wij dat ...", "Wij eisen van onze leveranciers dat ...". */
const WE_REQUIRE_OTHERS = new RegExp(
  `${OPENER}(?:(?:we|wij)\\s+(?:\\S+\\s+)?(?:require|expect|oblige|demand)\\s+(?:that\\s+)?${DETERMINERS}${QUALIFIERS}${OTHERS}\\s+(?:to|must|shall|will)\\s` +
    `|(?:we|wij)\\s+(?:verwachten|eisen|verplichten)\\s+(?:van\\s+)?${DETERMINERS}${QUALIFIERS}${OTHERS}\\s+(?:dat|om|tot)\\s` +
    `|van\\s+${DETERMINERS}${QUALIFIERS}${OTHERS}\\s+(?:verwachten|eisen)\\s+(?:we|wij)\\s)`,
  'u',
);
/** What the party is to receive rather than to do ("suppliers must be paid within 30 days"). */
const RECEIVES = /^\s*(?:\S+\s+){0,1}?(?:be|get|receive|benefit)\b|(?<![\p{L}])(?:worden|wordt|krijgen|ontvangen|betaald|beloond|ondersteund)(?![\p{L}])/u;
/** A later clause where the company acts: "..., and we pay half of it". */
const WE_ACT_LATER = /(?:[,;]|\s(?:and|en|so that|so|zodat|then|dan|waarna|while|terwijl|but|maar|in return))\s+(?:then\s+|in return\s+)?(?:we|wij)\s/u;

/** True when the sentence lays the measure on another party, not on the company. */
export function othersAct(sentence: string): boolean {
  const m = OTHERS_MUST.exec(sentence);
  let hit = false;
  if (m && !RECEIVES.test(m[1])) hit = true;
  else if (WE_REQUIRE_OTHERS.test(sentence)) hit = true;
  return hit && !WE_ACT_LATER.test(sentence);
}

// A bare OECD step name. A list of the six due-diligence steps ("2. Identify
// and assess adverse impacts.", "3. Stoppen, voorkomen en beperken") names the
// framework; with no one acting and no stakeholder in it, it shows nothing the
// company does. Only a sentence that is the step's name and nothing else is
// meant: "We identify and assess adverse impacts with the workers" is content.
// Anchored at both ends, and the sentence is at most 120 characters.
const STEP_PREFIX = "(?:(?:step|stap|fase|stage)\\s*\\d?\\s*[:.)-]?\\s*|\\d[.)]?\\s+)?";
const STEP_NAME = new RegExp(
  `^${STEP_PREFIX}(?:` +
    [
      // 1 embed
      "embed(?:ding)? (?:responsible business conduct|rbc|imvo) (?:in|into) (?:the )?(?:company'?s? )?polic(?:y|ies)(?: and management systems)?",
      "(?:imvo|ivo|mvo|maatschappelijk verantwoord ondernemen) (?:verankeren|inbedden) in (?:het )?beleid(?: en (?:de )?(?:managementsystemen|bedrijfsvoering))?",
      "(?:imvo-?|ivo-?|mvo-?)?beleid (?:verankeren|opstellen|inbedden)(?: en (?:managementsystemen|bedrijfsvoering))?",
      // 2 identify and assess
      "identify(?:ing)?(?: and (?:assess(?:ing)?|prioriti[sz](?:e|ing)))* (?:actual and potential |potential |the )?(?:adverse )?(?:impacts?|risks?)",
      "(?:(?:de )?risico'?s|(?:negatieve|nadelige) (?:impact|gevolgen|effecten)) (?:identificeren|in kaart brengen)(?: en (?:beoordelen|prioriteren|wegen))*",
      "(?:identificeren|in kaart brengen)(?: en (?:beoordelen|prioriteren))* van (?:(?:de )?risico'?s|(?:negatieve|nadelige) (?:impact|gevolgen|effecten))",
      // 3 cease, prevent, mitigate
      "(?:cease|stop)(?:,| and| or)? prevent(?:,| and| or) mitigate(?: (?:actual and potential |potential )?(?:adverse )?(?:impacts?|risks?))?",
      "prevent(?: and| or|,) mitigate (?:actual and potential |potential )?(?:adverse )?(?:impacts?|risks?)",
      "(?:(?:risico'?s|negatieve (?:impact|gevolgen)) )?(?:stoppen|beeindigen)?(?:,| en| of)? ?voorkomen(?:,| en| of) (?:beperken|mitigeren)(?: van (?:risico'?s|negatieve (?:impact|gevolgen)))?",
      // 4 track
      "track(?:ing)? (?:the )?implementation(?: and results)?",
      "(?:(?:de )?(?:uitvoering|resultaten|uitvoering en resultaten) )?(?:monitoren|volgen)",
      "monitoren (?:van )?(?:de )?(?:uitvoering|resultaten)(?: en (?:de )?resultaten)?",
      // 5 communicate
      "communicat(?:e|ing)(?: how impacts are addressed)?",
      "communiceren(?: (?:over )?(?:de )?(?:aanpak|resultaten|maatregelen))?",
      "(?:over (?:de )?(?:aanpak|resultaten|maatregelen) )?communiceren",
      // 6 remedy
      "provide for (?:or cooperate in )?remediation(?: when appropriate)?|provid(?:e|ing) remedy|remediation",
      "herstel (?:bieden|mogelijk maken)(?: (?:of|en) (?:daaraan )?meewerken)?|herstel",
    ].join('|') +
    ')\\s*[.;]?$',
  'u',
);

/** True when the sentence (normalised) is only the name of an OECD due-diligence step. */
export function isStepName(sentence: string): boolean {
  return sentence.length <= 120 && STEP_NAME.test(sentence);
}
