import type { ElementDefinition } from '../types.js';

export const intermediaries: ElementDefinition = {
  id: 'intermediaries',
  group: 'suppliers',
  levels: { 'dialogue-plan': 'required', policy: 'recommended' },
  source: { nl: 'SER, commitment van leveranciers, punt 3: het belang van dialoog uitdragen', en: 'SER, supplier commitment, point 3: conveying why dialogue matters' },
  title: { nl: 'Leveranciers en tussenschakels meenemen', en: 'Bringing suppliers and intermediaries on board' },
  summary: {
    nl: 'Beschrijf hoe u leveranciers uitlegt waarom de dialoog ertoe doet en welke rol agenten, importeurs en andere tussenschakels krijgen.',
    en: 'Describe how you explain to suppliers why the dialogue matters and which role agents, importers and other intermediaries take on.',
  },
  explanation: {
    nl: 'Dit element gaat over het actief overbrengen van het belang van de dialoog: wat die de leverancier en uw bedrijf elk oplevert, bijvoorbeeld met succesverhalen of via leveranciers die al eerder meededen. Koopt u indirect in, dan hoort er ook bij hoe u agenten, importeurs of handelshuizen bij de dialoog betrekt en welke rollen en verantwoordelijkheden u met hen afspreekt. Uitzendbureaus, arbeidsbemiddelaars of een agent die alleen de kwaliteit controleert vallen hier niet onder.',
    en: 'This element is about actively conveying why the dialogue matters: what it brings the supplier and your company, for instance through success stories or through suppliers who took part before. If you buy indirectly, it also covers how you bring agents, importers or trading houses into the dialogue and which roles and responsibilities you agree with them. Recruitment or staffing agencies, labour brokers or an agent who only checks quality do not count.',
  },
  why: {
    nl: 'Een leverancier met weinig tijd of zonder gevoel van urgentie schuift een gesprek over IMVO snel voor zich uit. Overtuigende uitleg en de ervaring van collega-leveranciers nemen die aarzeling weg. Een tussenschakel die het belang niet deelt, kan het contact met de producent juist blokkeren; heldere afspraken voorkomen dat.',
    en: 'A supplier short on time or without a sense of urgency easily postpones a conversation about responsible business conduct. A convincing explanation and the experience of fellow suppliers take that hesitation away. An intermediary who does not share the concern can block contact with the producer; clear agreements prevent that.',
  },
  headings: {
    nl: ['tussenschakel*', 'tussenhandel*', 'tussenpersonen', 'agenten', 'importeurs', 'handelspartners', 'indirecte ... handelsrelatie*|inkoop', 'rollen ... verantwoordelijkheden', 'rolverdeling', 'belang van ... dialoog', 'waarom ... dialoog', 'waarom ... meedoen|deelnemen', 'wat levert ... dialoog|gesprek* ... op', 'wat levert ... leverancier*|fabriek*|producent*|beide|ieder*|allebei ... op', 'leveranciers ... meenemen|betrekken|motiveren|overtuigen', 'betrekken van ... leveranciers', 'leveranciers betrekken', 'succesverha*', 'goede voorbeelden', 'ervaringen van ... leveranciers', 'communicatie ... met ... leveranciers', 'deelname ... leveranciers', 'draagvlak', '@intermediaries'],
    en: ['intermediar*', 'agents', 'importers', 'traders', 'trading partners', 'indirect ... sourcing|relationships|suppliers', 'roles and responsibilities', 'roles', 'why ... dialogue|engagement ... matters', 'why ... take part', 'why ... participate|join', 'what ... in it for', 'bringing ... on board', 'getting ... on board', 'engaging ... suppliers', 'supplier engagement', 'involving ... suppliers', 'motivating ... suppliers', 'success stories', 'good practices', 'peer ... learning|suppliers', 'communicating with ... suppliers', 'supplier participation', 'buy-in', '@intermediaries', 'agent', 'trading|buying|sourcing ... company|companies|house|houses|office*'],
  },
  signals: {
    nl: [
      'tussenschakel*|tussenhandel*', 'agent|agenten|importeur*|handelaar*|handelshuis*|tussenpersonen ... rol|rollen|verantwoordelijkheden|afspra*|betrekken|betrokken|meenemen|dialoog|gesprek', 'rollen ... verantwoordelijkheden ... agent*|importeur*|handelaar*|tussenpersonen',
      'afspra* ... met ... agenten|importeurs|handelaren|handelshuizen|tussenpersonen', 'agenten|importeurs ... belang ... imvo|dialoog ... onderschrijven|uitdragen',
      'belang van ... dialoog ... uitdragen|uitleggen|toelichten|benadrukken|overbrengen', 'uitleggen|toelichten|verduidelijken ... waarom ... dialoog|gesprek|imvo', 'duidelijk maken ... waarom ... dialoog|gesprek|imvo', 'uitdragen ... belang', 'leggen ... uit ... waarom ... dialoog|gesprek|imvo', 'leveranciers die ... deelnamen|deelgenomen|meededen|meegedaan', 'belang ... actief ... uitdragen',
      'meerwaarde ... voor ... beide|ieder|iedereen', 'ieders meerwaarde', 'wat ... dialoog ... oplevert|brengt', 'wat ... het ... oplevert ... voor ... leverancier*|beide', 'voordelen ... voor ... beide partijen', 'overtuigen ... leverancier*', 'leverancier* ... overtuigen|motiveren',
      'succesverha*|collega-leveranciers|peer-to-peer', 'goede voorbeelden ... delen', 'delen ... goede voorbeelden', 'delen ... ervaringen|succes* ... met ... leveranciers|andere|aarzelende', 'andere leveranciers ... ervaring*|vertellen|delen|deelgenomen|meegedaan', 'leveranciers die ... al ... deelgenomen|meegedaan|ervaring', 'collega leveranciers', 'peer learning',
      // roles agreed with the intermediary
      '@intermediaries & afspr*|afgesproken|vastleggen|vastgelegd|rol|rollen|verantwoordelijk*|schriftelijk & @dialogue|rol|rollen|verantwoordelijk*|imvo|mensenrecht*|risico*|signalen|klachten', '@intermediaries & leggen|spreken ... vast|af', '@intermediaries & wie ... wat ... doet|doen', '@intermediaries ... schakel|brug ... naar|tussen', '@intermediaries ... leggen|legt ... uit ... waarom', '@intermediaries ... uitleggen|toelichten ... waarom|wat',
      // the intermediary takes part in or introduces the dialogue
      '@intermediaries & @dialogue & aanwezig|bijwo*|deelnemen|deel|aankondig*|toelicht*|uitleg*|informeren|introduc*|uitnodig*', '@intermediaries & signalen|klachten|zorgen ... doorgeven|door|melden',
      '@intermediaries & beleid|boodschap|belang|verwachtingen & overbrengen|brengen|uitleggen|toelichten|uitdragen',
      'spreken ... af & @dialogue & aankondig*|toelicht*|bijwo*|aanwezig', 'afspr*|afgesproken|vastleggen|vastgelegd & @dialogue & aankondig*|toelicht*|bijwo*|aanwezig', 'uitleg*|leggen|toelicht* ... waarom ... belangrijk|nodig|zinvol & @dialogue', 'uitleg*|leggen|toelicht* ... waarom ... ertoe doet & @dialogue',
      // explaining why (we do this) and what it brings them: conveying the importance to the party asked to take part
      'uitleggen|toelichten|uitgelegd|toegelicht ... waarom & wat ... hen|hun|ze|jullie|beide|leverancier*|@intermediaries ... oplevert|opbrengt|opleveren|brengt', 'uit|toe te leggen|lichten waarom & wat ... hen|hun|ze|jullie|beide|leverancier*|@intermediaries ... oplevert|opbrengt|opleveren|brengt', 'leggen|leg|legt|lichten|licht ... uit|toe ... waarom & wat ... hen|hun|ze|jullie|beide|leverancier*|@intermediaries ... oplevert|opbrengt|opleveren|brengt',
      // round 9: general frames (intermediaries involved in due diligence or dialogue, trained on or passing on our policy, peer learning among suppliers)
      'werken|werkt ... samen ... met ... @intermediaries & mensenrecht*|imvo|zorgvuldigheid|risico*|@dialogue|arbeidsomstandigheden|producent*|boeren|telers|fabriek*|herkomst|traceer*|transparan*|klachten',
      'betrek*|betrokken ... @intermediaries & mensenrecht*|imvo|zorgvuldigheid|risico*|arbeidsomstandigheden|producent*|boeren|telers|fabriek*|herkomst|klachten', '@intermediaries ... betrekken|betrokken & mensenrecht*|imvo|zorgvuldigheid|risico*|producent*|boeren|telers|fabriek*',
      '@intermediaries & train*|getraind|opleiding*|voorlichting|bewustwording & mensenrecht*|beleid|imvo|gedragscode|verwachtingen|verantwoord*', '@intermediaries & doorgeven|doorvertalen|doorvertaald|doorgegeven|uitdragen|doorzetten & leverancier*|producent*|fabriek*|boeren|telers',
      'leveranciersdag*|leveranciersbijeenkomst*|leveranciersevent*|leveranciersconferentie* & delen|uitwisselen|ervaring*|voorbeelden|leren', 'leren ... van ... elkaar & leverancier*|producent*|boeren|telers|fabriek*',
    ],
    en: [
      'agent|agents|importer*|trader*|middleman|middlemen ... role|roles|responsibilit*|agree*|involve*|engag*|dialogue', 'trading|buying house* ... role|roles|responsibilit*|agree*|involve*|engag*|dialogue', 'agent|agents|importer*|trader*|intermediar* ... on board', 'roles and responsibilities ... agent*|importer*|trader*|intermediar*',
      'agree* ... with ... agents|importers|traders', 'agree* ... with ... trading|buying houses',
      'explain* ... why ... dialogue|engagement|rbc ... matters|important', 'explain* ... importance|value|benefit* ... of ... dialogue|engagement', 'importance of ... dialogue|engagement ... explain*|convey*|communicat*|stress*|emphasi*', 'convey* ... importance|value', 'make ... case ... for ... dialogue|engagement',
      'what ... dialogue|engagement ... brings|offers', 'value ... for ... both|everyone', 'value|benefit* ... for ... each side', 'benefit* ... for ... both', 'mutual benefit*', 'what ... in it for ... supplier*', 'convinc*|persuad*|motivat* ... supplier*', 'supplier* ... convinc*|persuad*|motivat*',
      'success stor*', 'share ... good practice*', 'share ... examples|experiences|success* ... with ... supplier*|other|hesitant', 'other suppliers ... experience*|share*|participated|joined', 'other suppliers ... took part', 'suppliers who ... already ... participated|joined|taken', 'suppliers who ... took part', 'fellow suppliers', 'peer supplier*|learning', 'peer-to-peer', 'supplier ambassador*',
      // roles agreed with the intermediary
      '@intermediaries & agree*|role|roles|responsib*|writing', '@intermediaries & who ... does|do ... what', '@intermediaries ... link|bridge ... to|between', '@intermediaries ... explain|explains ... why|what', 'trading|buying|sourcing ... company|house|office & agree*|role|roles|writing|@dialogue',
      // the intermediary takes part in or introduces the dialogue
      '@intermediaries & @dialogue & attend*|present|join*|take|takes|part|announce*|introduce*|explain*|inform*|invite*', '@intermediaries & pass* ... on|to ... signals|concerns|flags|issues', '@intermediaries & report* ... signals|concerns|flags|issues',
      '@intermediaries & policy|message|importance|expectations & convey*|explain*|communicat*|pass*',
      'agree* & @dialogue & attend*|join|joins|announce*|introduce*', 'agree|agrees|agreed ... to|that|with & @dialogue & take|takes ... part', 'explain* ... why ... matters|important|worthwhile & @dialogue', 'explain* ... why & what ... brings|offers|gives|means ... them|they|both|supplier*|@intermediaries', 'explain* ... why & what ... in it for ... them|both|supplier*|@intermediaries',
      // round 9: general frames (intermediaries involved in due diligence or dialogue, trained on or passing on our policy, peer learning among suppliers)
      'engag*|involv*|collaborat*|cooperat*|work|works|working|partner* ... with|our|the|its ... @intermediaries & rights|diligence|risk*|@dialogue|conditions|producer*|farmer*|factor*|mill*|origin|traceab*|transparen*|grievance*',
      '@intermediaries & train*|trained|training|workshop*|brief*|awareness & rights|policy|rbc|diligence|standards|expectations|responsible', '@intermediaries & cascad*|relay*|forward*', '@intermediaries & pass ... on & suppliers|producers|factories|farmers|policy|expectations',
      'supplier ... day|days|event*|conference*|forum*|summit* & share|shares|sharing|exchang*|learn*|experiences', 'learn ... from ... peers & supplier*|producer*|farmer*|factor*|grower*', 'learn ... from ... each other & supplier*|producer*|farmer*|factor*|grower*', 'learn ... from ... one another & supplier*|producer*|farmer*|factor*|grower*', 'best|good ... practice* ... among|between ... suppliers|producers|factories|farmers',
    ],
  },
  cues: {
    nl: ['belang', 'meerwaarde', 'voordel*', 'oplevert', 'opbrengst', 'uitleg*', 'toelicht*', 'overtuig*', 'motive*', 'succes*', 'voorbeeld*', 'ervaring*', 'andere leveranciers', 'tussenschakel*', 'rol|rollen', 'verantwoordelijkheden', 'spreken ... af', 'leggen ... vast', 'afspra*', 'onderschrijv*', 'uitdragen', 'aarzel*', 'terughoudend*', 'legt|leggen ... uit', 'opleveren', 'afgesproken', 'vastgelegd'],
    en: ['importance', 'matters', 'benefit*', 'value', 'explain*', 'convinc*', 'persuad*', 'motivat*', 'success*', 'example*', 'experience*', 'other suppliers', 'peer*', 'intermediar*', 'role|roles', 'responsibilities', 'agree*', 'endorse*', 'convey*', 'hesitan*', 'reluctan*', 'agreed', 'set out'],
  },
  exclude: {
    nl: ['@placeholders', 'klanten', 'consumenten', 'uitzendbureau*', 'wervingsbureau*', 'arbeidsbemiddel*', 'werving*', 'wervingskosten', 'recruit*', 'ronselaar*', 'arbeidsmigrant*', 'kwaliteitscontrole*', 'kwaliteitsinspectie*', 'inspectie*', 'expediteur*', 'douane*', 'inklaring', 'transportbedrij*', 'transporteur*', 'vervoerder*', 'logistiek* dienstverlener*|partner*|bedrij*', 'samen met ... andere ... importeurs|handelaren|afnemers|inkopers|kopers', 'facturen', 'facturatie', 'betalingen', 'monsters', 'verzending*', 'documentatie|papierwerk|paperassen ... *verordening|regelgeving|eudr|vergunning*',
      // the company's own agents and representatives, as codes list them ("medewerkers, agenten en tussenpersonen", anti-corruption)
      'medewerkers|werknemers|bestuurders|directie|personeel|functionarissen|adviseurs ... agenten|tussenpersonen|vertegenwoordigers', 'agenten ... medewerkers|werknemers|adviseurs|consultants|bestuurders', 'omkop*|corruptie|steekpenning*|smeergeld*|witwassen|sancties|mededinging*'],
    en: ['@placeholders', 'customers', 'consumers', 'recruit*', 'labour|labor broker*', 'labour|labor agenc*', 'employment agenc*', 'staffing agenc*', 'temp* agenc*', 'migrant worker*', 'quality control', 'quality inspection*', 'inspection*', 'freight forwarder*', 'shipping agent*', 'customs', 'logistics provider*|partner*|company|companies|firm*', 'transport company|companies|provider*|firm*', 'shipping company|companies|line*', 'together with ... other ... importers|traders|buyers', 'join|joins|joining|joined ... other ... importers|traders|buyers', 'invoic*', 'payments', 'samples', 'documentation|paperwork ... *regulation|regulations|eudr|permits|licen*',
      // the company's own agents and representatives, as codes list them ("employees, agents and contractors", anti-bribery)
      'employees|directors|officers|contractors|consultants ... agents|intermediaries', 'agents ... contractors|consultants|employees|directors|officers', 'brib*|corrupt*|kickback*|facilitation|sanctions|antitrust|anti-trust', 'money laundering'],
  },
  skeleton: {
    nl: '<!-- Beschrijf hoe u leveranciers uitlegt waarom de dialoog ertoe doet en welke rol agenten, importeurs en andere tussenschakels krijgen. -->\n\n- Hoe we uitleggen waarom de dialoog ertoe doet en wat die beide kanten oplevert: [invullen]\n- Succesverhalen of leveranciers die al eerder meededen: [invullen]\n- Tussenschakels (agenten, importeurs, handelshuizen) en hun afgesproken rol: [invullen]',
    en: '<!-- Describe how you explain to suppliers why the dialogue matters and which role agents, importers and other intermediaries take on. -->\n\n- How we explain why the dialogue matters and what it brings both sides: [fill in]\n- Success stories or suppliers who took part before: [fill in]\n- Intermediaries (agents, importers, trading houses) and their agreed role: [fill in]',
  },
};
