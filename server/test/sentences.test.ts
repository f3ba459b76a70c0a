import { describe, expect, it } from 'vitest';
import { isNegated, isStepName, othersAct, sentences, withAnaphora } from '../src/match/sentences.js';
import { isPlaceholderBlock } from '../src/match/placeholder.js';

const negated = (sentence: string, word: string) => {
  const s = sentences(sentence)[0];
  const i = s.indexOf(word);
  return isNegated(s, i, i + word.length);
};

describe('sentences', () => {
  it('splits at sentence ends but keeps abbreviations together', () => {
    expect(sentences('Wij doen dit. Daarna dat! Bijv. o.a. tolken')).toEqual(['wij doen dit.', 'daarna dat!', 'bijv. o.a. tolken']);
  });
  it('keeps a title before a name inside its sentence', () => {
    expect(sentences('Our buyer, Mr. Osei, visits the estate. Dhr. Bakker en mevr. De Vries zijn het aanspreekpunt. Dr. Rao leads it.')).toEqual([
      'our buyer, mr. osei, visits the estate.',
      'dhr. bakker en mevr. de vries zijn het aanspreekpunt.',
      'dr. rao leads it.',
    ]);
    // A word that merely ends in such letters still ends its sentence.
    expect(sentences('We hold a forum. Ms Lee attends.')).toEqual(['we hold a forum.', 'ms lee attends.']);
    expect(sentences('They use the trams. Workers travel free.')).toEqual(['they use the trams.', 'workers travel free.']);
  });
  it('keeps an abbreviation before a number inside its sentence', () => {
    // "ca. 70% van ons inkoopvolume" read alone looked like the buyer's own volume used as leverage.
    expect(sentences('De code is getekend door leveranciers, goed voor ca. 70% van ons inkoopvolume. Zie art. 5 en blz. 12.')).toEqual([
      'de code is getekend door leveranciers, goed voor ca. 70% van ons inkoopvolume.',
      'zie art. 5 en blz. 12.',
    ]);
    expect(sentences('We buy approx. 40% of its output. No. 3 is next.')).toEqual(['we buy approx. 40% of its output.', 'no. 3 is next.']);
    // A sentence that ends in such letters before a number still ends there.
    expect(sentences('We visited Lusaka. 12 workers came.')).toEqual(['we visited lusaka.', '12 workers came.']);
  });

  it('reads a sentence that points back together with the one before it, and only such a sentence', () => {
    const s = sentences('Dit is stap 2 van onze due diligence. Daarbij spreken wij met ngo\'s. Wij betalen reiskosten.');
    expect(withAnaphora(s)).toEqual([...s, "dit is stap 2 van onze due diligence.; daarbij spreken wij met ngo's."]);
    expect(withAnaphora(sentences('These are step 3. To that end we meet the union.'))).toHaveLength(3);
    expect(withAnaphora(sentences('We meet the union. Daarnaast betalen we reiskosten. Thisbe is our contact.'))).toHaveLength(3);
    const one = ['dit is een zin.'];
    expect(withAnaphora(one)).toBe(one);
  });

  it('keeps a negation in one sentence from reaching a match in the sentence it is read with', () => {
    const joined = withAnaphora(sentences('Wij betalen geen reiskosten. Daarbij spreken wij met de vakbond.'))[2];
    const i = joined.indexOf('spreken');
    expect(isNegated(joined, i, i + 'spreken'.length)).toBe(false);
  });
});

describe('negation', () => {
  it('sees negations before the match, within the clause', () => {
    expect(negated('Er is geen budget voor tolken.', 'tolken')).toBe(true);
    expect(negated('We do not pay travel costs.', 'travel costs')).toBe(true);
    expect(negated('Without interpreters the meeting is in English.', 'interpreters')).toBe(true);
    expect(negated('We betalen geen lonen, maar wel reiskosten.', 'reiskosten')).toBe(false);
  });

  it('takes a question as affirming nothing, and its answer as a sentence of its own', () => {
    expect(negated('How will agreements be followed up? TBD.', 'followed up')).toBe(true);
    expect(negated('Hoe koppelen wij terug aan de deelnemers?', 'deelnemers')).toBe(true);
    expect(sentences('Who reports back? The CSR lead reports back within a month.')[1]).toBe('the csr lead reports back within a month.');
    expect(negated('The CSR lead reports back within a month.', 'reports back')).toBe(false);
  });

  it('reads an indirect question ("whether", "of") as affirming nothing', () => {
    expect(negated('Whether design changes can be made will be decided later.', 'design changes')).toBe(true);
    expect(negated('Of wij reiskosten vergoeden, besluiten we in het voorjaar.', 'reiskosten')).toBe(true);
    expect(negated('Of course we pay travel costs.', 'travel costs')).toBe(false);
    expect(negated('Offering interpreters is standard for us.', 'interpreters')).toBe(false);
  });

  it('reads "not yet" / "nog geen" anywhere in the clause as a measure that does not exist yet', () => {
    expect(negated('We do not yet have agreements with these traders about their role in the dialogue.', 'their role')).toBe(true);
    expect(negated('Met deze handelaren zijn nog geen afspraken gemaakt over hun rol in de dialoog.', 'hun rol')).toBe(true);
    expect(negated('The budget for the programme has yet to be approved.', 'budget')).toBe(true);
    // Its own clause only: the measure in the other clause stands.
    expect(negated('Where suppliers have not yet been visited, we agree their role with the agent.', 'their role')).toBe(false);
  });

  it('reads "we have no" / "wij hebben geen" as negating every object of the verb, up to a new clause', () => {
    expect(negated("We don't have a budget for translation or for travel costs of participants.", 'travel costs')).toBe(true);
    expect(negated('Wij hebben geen budget voor tolken of voor reiskosten van deelnemers.', 'reiskosten')).toBe(true);
    expect(negated('We have no fixed agenda and we reimburse travel costs of participants.', 'travel costs')).toBe(false);
  });

  it('sees negation after the match, in Dutch and English', () => {
    expect(negated('Wij vergoeden de reiskosten niet.', 'reiskosten')).toBe(true);
    expect(negated('Interpreters will not be provided.', 'interpreters')).toBe(true);
    expect(negated("Travel costs aren't covered.", 'travel costs')).toBe(true);
    expect(negated('Interpreters will be provided.', 'interpreters')).toBe(false);
  });

  it('keeps measures whose wording contains a negation word', () => {
    expect(negated('Workers can speak without fear of retaliation.', 'retaliation')).toBe(false);
    expect(negated('Gesprekken vinden plaats zonder dat het management aanwezig is.', 'aanwezig')).toBe(false);
    expect(negated('Deelnemers kunnen zonder represailles meedoen.', 'represailles')).toBe(false);
    expect(negated('We meet the workers without managers present.', 'present')).toBe(false);
    expect(negated('We meet the workers without an interpreter.', 'interpreter')).toBe(true);
    // A "no fees" policy is a measure, not a negation of what follows it.
    expect(negated('We apply a "no fees" recruitment policy and translated grievance procedures.', 'translated')).toBe(false);
    expect(negated('Er gelden geen wervingskosten en de klachtenprocedure is vertaald.', 'vertaald')).toBe(false);
    expect(negated('We have no fixed contact person.', 'contact person')).toBe(true);
    // A safeguard for whoever speaks up is worded as a negation; a refusal stays one.
    expect(negated('Raising a grievance will in no way affect your job.', 'affect your job')).toBe(false);
    expect(negated('A worker who reports a concern will not suffer any disadvantage.', 'disadvantage')).toBe(false);
    expect(negated('Een melding heeft geen gevolgen voor uw arbeidsrelatie.', 'arbeidsrelatie')).toBe(false);
    expect(negated('Wie een klacht indient, wordt daardoor niet benadeeld.', 'benadeeld')).toBe(false);
    expect(negated('A complaint will not be answered in writing.', 'answered in writing')).toBe(true);
    expect(negated('Melders krijgen geen reactie op hun klacht.', 'reactie')).toBe(true);
    expect(negated('Lonen staan niet los van de gewerkte uren.', 'gewerkte uren')).toBe(false);
    expect(negated('Living wages cannot be separated from working hours.', 'working hours')).toBe(false);
    expect(negated('Living wages cannot be separated from working hours.', 'living wages')).toBe(false);
    expect(negated('Wages cannot be discussed on their own.', 'wages')).toBe(false);
    expect(negated('Wages cannot be discussed.', 'wages')).toBe(true);
    expect(negated('We zien organisatievrijheid niet als los thema.', 'organisatievrijheid')).toBe(false);
    expect(negated('De gesprekken vinden plaats zonder leidinggevenden erbij.', 'gesprekken')).toBe(false);
    expect(negated('Wages are not a separate theme from freedom of association.', 'freedom of association')).toBe(false);
    expect(negated('Land use cannot be discussed separately from water access.', 'water access')).toBe(false);
    expect(negated('Loon en werktijden zijn voor ons geen losse onderwerpen.', 'werktijden')).toBe(false);
    expect(negated('Loon en werktijden bespreken wij niet.', 'werktijden')).toBe(true);
  });

  it('does not mistake "not only" or "no later than" for a negation', () => {
    expect(negated('We report back no later than June.', 'report back')).toBe(false);
    expect(negated('Niet alleen tolken maar ook vervoer.', 'tolken')).toBe(false);
    expect(negated('We report back to participants.', 'report back')).toBe(false);
  });
});

describe('placeholders', () => {
  it('recognises placeholder-only blocks', () => {
    for (const t of ['TBD — check with Legal what we must publish.', 'TODO: vragen aan inkoop wie dit doet', 'TODO', '[invullen]', 'Wie is verantwoordelijk: [invullen]', 'n.t.b.', 'Nader te bepalen', '...', 'TBD', 'xxx', '[fill in]', '[placeholder: describe the measures for participation – funding, travel, interpretation]', '[Beschrijf hier wie de deelnemers zijn]', '[Insert the name of the contact person]'])
      expect(isPlaceholderBlock(t), t).toBe(true);
  });
  it('keeps real text with a side note as content', () => {
    expect(isPlaceholderBlock('We report back to all participants within six weeks of each meeting (TODO: confirm).')).toBe(false);
    expect(isPlaceholderBlock('Wij koppelen de resultaten terug aan de deelnemers.')).toBe(false);
    expect(isPlaceholderBlock('* nog uit te werken')).toBe(true);
    expect(isPlaceholderBlock('To be worked out with the sourcing team.')).toBe(true);
    expect(isPlaceholderBlock('Hoe we de risicoanalyse bijstellen is nog uit te werken, maar de vakbond praat in elke stap mee.')).toBe(false);
    expect(isPlaceholderBlock('We describe the measures [see annex 2] in the plan for each site visit.')).toBe(false);
  });
});

describe('negation at the end of a Dutch clause', () => {
  const neg = (s: string, w: string) => {
    const i = s.indexOf(w);
    return isNegated(s, i, i + w.length);
  };
  it('negates a clause whose verb comes last after "niet"', () => {
    expect(neg('reiskosten van deelnemers kunnen we dit jaar niet vergoeden.', 'reiskosten')).toBe(true);
  });
  it('leaves a subordinate or second clause its own negation', () => {
    expect(neg('reiskosten vergoeden we zodat deelnemers niet hoeven te betalen.', 'reiskosten')).toBe(false);
    expect(neg('tolken zijn er en de kosten zijn niet hoog.', 'tolken')).toBe(false);
  });
  it('does not read "without an agenda", "without penalty" or "not ... in isolation" as negation', () => {
    expect(neg('zij komt op buurtfeesten, zonder dat er iets op de agenda staat.', 'agenda')).toBe(false);
    expect(neg('twice a year we visit, also without an agenda.', 'agenda')).toBe(false);
    expect(neg('we will not look at fish volumes in isolation.', 'in isolation')).toBe(false);
    expect(neg('kinderarbeid staat niet op zichzelf.', 'kinderarbeid')).toBe(false);
  });

  it('reads a fronted object with "wij niet" at the end as negated', () => {
    expect(negated('Reiskosten of tijd voor deelname aan het overleg vergoeden wij niet.', 'reiskosten')).toBe(true);
    expect(negated('Reiskosten of loonderving voor deelname vergoeden wij volledig.', 'reiskosten')).toBe(false);
    expect(negated('Reiskosten vergoeden wij en lunch bieden we niet.', 'reiskosten')).toBe(false);
  });

  it('tells a duty laid on others from the company acting', () => {
    const others = (t: string) => othersAct(sentences(t)[0]);
    expect(others('Suppliers must pay a living wage to all workers.')).toBe(true);
    expect(others('Under our code of conduct, all direct suppliers are required to remedy harm.')).toBe(true);
    expect(others('Leveranciers moeten herstel bieden aan getroffen werknemers.')).toBe(true);
    expect(others('Van leveranciers verwachten wij dat zij eerlijke prijzen betalen.')).toBe(true);
    expect(others('We expect our suppliers to share costs fairly.')).toBe(true);
    expect(others('We pay suppliers a price that covers a living wage.')).toBe(false);
    expect(others('Suppliers must be paid within 30 days.')).toBe(false);
    expect(others('Suppliers must share their cost data with us, and we pay half of the cost.')).toBe(false);
  });
  it('tells a bare OECD step name from a sentence that carries the step out', () => {
    const step = (t: string) => isStepName(sentences(t)[0]);
    expect(step('Identify and assess adverse impacts.')).toBe(true);
    expect(step('2. identify and assess actual and potential adverse impact')).toBe(true);
    expect(step('Cease, prevent or mitigate adverse impacts.')).toBe(true);
    expect(step('Provide for or cooperate in remediation.')).toBe(true);
    expect(step("Risico's identificeren en beoordelen.")).toBe(true);
    expect(step('Stap 6: herstel bieden of daaraan meewerken.')).toBe(true);
    expect(step('We identify and assess adverse impacts together with the workers.')).toBe(false);
    expect(step("Wij brengen de risico's samen met de vakbond in kaart.")).toBe(false);
    expect(step('Communicate with the union every quarter about the wage gap.')).toBe(false);
  });
});
