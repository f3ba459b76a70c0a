import type { ElementDefinition } from '../types.js';

export const structuralDialogue: ElementDefinition = {
  id: 'structural-dialogue',
  group: 'ngos',
  levels: { 'dialogue-plan': 'required', policy: 'recommended' },
  source: { nl: 'SER, commitment van ngo\'s, punt 2: een structurele dialoog met een langetermijnvisie', en: 'SER, NGO commitment, point 2: a structural dialogue with a long-term vision' },
  title: { nl: 'Structurele dialoog met ngo\'s', en: 'Structural dialogue with NGOs' },
  summary: {
    nl: 'Beschrijf uw langetermijnvisie en hoe de dialoog met ngo\'s over risico\'s en het samen aanpakken ervan structureel doorloopt in plaats van eenmalig is.',
    en: 'Describe your long-term vision and how the dialogue with NGOs on risks, and on tackling them together, runs on as a structure rather than as a single event.',
  },
  explanation: {
    nl: 'Dit element gaat over de duur en de vorm van de betrokkenheid: een visie op IMVO voor de lange termijn en een dialoog die steeds terugkomt, met vaste rondes, een meerjarig partnerschap of een vast panel. Het onderwerp is de risico\'s in de keten en hoe u die eventueel samen met ngo\'s of vakbonden aanpakt. Eén consultatie, een losse bijeenkomst of een langdurige inkooprelatie met een leverancier is iets anders.',
    en: 'This element covers the length and form of the engagement: a long-term view of responsible business conduct and a dialogue that keeps coming back, through fixed rounds, a multi-year partnership or a standing panel. Its subject is the risks in the chain and how you may tackle them together with NGOs or trade unions. A single consultation, a one-time meeting or a long purchasing relationship with a supplier is something else.',
  },
  why: {
    nl: 'Ngo\'s investeren schaarse tijd en hun geloofwaardigheid in een gesprek met een bedrijf. Ze doen dat eerder als ze zien dat het bedrijf een serieuze, langlopende aanpak heeft en hen blijft betrekken, vooral waar de kans op ernstige schade groot is. Een eenmalig gesprek voelt al snel als een vinkje.',
    en: 'NGOs invest scarce time and their credibility in a conversation with a company. They are more willing to do so when the company shows a serious, lasting approach and keeps involving them, above all where the risk of severe harm is high. A single conversation soon feels like ticking a box.',
  },
  headings: {
    nl: ['structurele dialoog', 'structureel ... overleg|dialoog|contact', 'doorlopende dialoog', 'doorlopend* ... overleg|gesprek*|contact', 'lange termijn', 'langetermijn*', 'langdurig*', 'meerjarig*', 'continuiteit', 'samenwerking met ... ngo*|maatschappelijk*|vakbond*|middenveld|organisaties', 'dialoog met ... ngo*|maatschappelijk*|vakbond*', 'partnerschap*', 'frequentie', 'hoe vaak', 'hoe lang', 'looptijd', 'duur ... dialoog|traject|gesprekken|samenwerking', 'overlegstructuur', 'gespreksronde*', 'dialoogcyclus', 'jaarplanning', 'planning ... dialoog|gesprekken|overleg', 'tijdpad', 'ritme', 'samen optrekken', 'vast* ... overleg|dialoog|gesprekken', 'blijvend* ... overleg|dialoog', 'door de tijd', 'na dit jaar'],
    en: ['structural dialogue', 'structured dialogue', 'ongoing ... dialogue|engagement', 'long-term', 'long term', 'continuity', 'multi-year', 'partnership*', 'collaboration|working together ... with ... ngo*|civil|unions|organisations|organizations|partners', 'engagement with ... ngo*|civil|unions', 'dialogue with ... ngo*|civil|unions', 'civil society engagement', 'frequency', 'how often', 'how long', 'duration', 'time horizon', 'engagement ... cycle|calendar|schedule|structure', 'dialogue ... cycle|calendar|schedule|structure', 'rounds', 'timeline', 'governance', 'over time', 'standing ... dialogue|forum|committee|engagement', 'permanent ... dialogue|forum|engagement', 'beyond ... year|plan'],
  },
  signals: {
    nl: [
      'structurele|structureel ... dialoog|overleg|samenwerking|gesprek*|contact|betrokkenheid|partnerschap*|stakeholderdialoog', 'dialoog|overleg|gesprekken ... structureel|doorlopend|periodiek', 'doorlopende|doorlopend|continue|blijvende ... dialoog|overleg|gesprek*|betrokkenheid|samenwerking', 'in plaats van ... eenmalig*', 'meer dan ... eenmalig*',
      'langetermijnvisie|langetermijnsamenwerking|langetermijnpartnerschap*', 'visie ... op ... lange termijn', 'lange termijn ... visie|samenwerking|partnerschap*|dialoog|betrokkenheid', 'langdurige ... samenwerking|partnerschap*|dialoog|betrokkenheid', 'meerjarig* ... partnerschap*|samenwerking|programma|dialoog|traject|samenwerkingsovereenkomst',
      'regelmatig* ... overleg|dialoog|gespreksronde*|bijeenkomst*|rondetafel*', 'periodiek* ... overleg|dialoog|gesprek*|bijeenkomst*', 'vaste ... overlegmomenten|gespreksrondes|momenten|overleg', 'jaarlijkse|halfjaarlijkse|tweejaarlijkse|driemaandelijkse ... dialoog|overleg|bijeenkomst*|gespreksronde*|stakeholderdialoog|rondetafel*', 'elk|ieder ... jaar|kwartaal ... dialoog|overleg|bijeenkomst*|rondetafel*', 'gespreksronde*|dialoogcyclus', 'cyclus van ... gesprekken|dialogen|bijeenkomsten',
      'samen ... met ... ngo*|maatschappelijke|vakbond* ... aanpakken|oplossen|verbeteren|werken', 'samenwerk* ... met ... ngo*|vakbond*|maatschappelijke ... risico*|aanpak*|oplossing*', 'partnerschap* ... met ... ngo*|vakbond*|maatschappelijke', 'ngo* ... partner*', 'stakeholderpanel*|klankbordgroep*', 'vast* ... panel|adviesgroep|adviesraad',
      // a rhythm of meetings over several years
      'keer|rondes|ronden|maal ... per ... jaar|kwartaal & @dialogue', 'keer|rondes|ronden|maal ... per ... jaar|kwartaal & overleggen|ontmoeten|spreken|elkaar|samenkomen & @stakeholders|hen|partners', 'elke|iedere ... twee|drie|vier|zes ... maanden & @dialogue', 'elk|ieder|elke|iedere ... jaar|kwartaal|halfjaar & @dialogue & @stakeholders|hen', 'jaarlijks|halfjaarlijks|driemaandelijks|maandelijks & @dialogue & @stakeholders|hen', 'elke|iedere ... twee|drie|vier|zes ... maanden & overleggen|ontmoeten|spreken & @stakeholders|hen|partners', 'vast ... overleg|dialoogmoment*|platform|gespreksmoment*', 'permanent* ... overleg|dialoog|platform|structuur', 'horizon ... tot|van ... 20*|jaar', 'hele|volledige ... looptijd & @dialogue|overleg*',
      'vast|vaste ... onderdeel & jaarritme|jaarcyclus|jaarplanning|beleidscyclus|jaarlijks*|jaarkalender|jaaragenda|cyclus|kwartaal', 'jaarritme|jaarcyclus',
      // a horizon of years for the conversations
      'tot ... minste|minstens|zeker ... 20* & @dialogue|overleggen|ontmoeten', 'komende ... twee|drie|vier|vijf ... jaar|jaren & @dialogue|overleggen|ontmoeten', 'jaren ... lang & @dialogue', 'meerjarig* & @dialogue & @stakeholders|hen|ngo*|vakbond*',
      // the dialogue goes on after this season, year or project
      'voortzetten|voortzetting|voort|doorgaan|doorzetten|vervolgen|voortgezet & na|voorbij ... dit|deze|het|dat ... seizoen|jaar|project|traject|programma|pilot & @dialogue|overleg*', 'vaste|jaarlijkse|terugkerende|doorlopende ... cyclus|jaarcyclus & @dialogue|overleg*|voortzetten|voortgezet|herhalen|herhaald',
    ],
    en: [
      'structural|structured|ongoing|continuous|continued|sustained|long-term|longterm|multi-year|multiyear ... dialogue|engagement|consultation*|cooperation|collaboration', 'dialogue|engagement|engage* ... on ... ongoing|structural|regular|continuous|permanent ... basis', 'rather than ... one-off|one-time|single', 'instead of ... one-off|one-time', 'beyond ... one-off|one-time',
      'long-term vision', 'vision ... for ... long term', 'long-term ... commitment ... ngo*|civil|unions|dialogue|engagement', 'multi-year|multiyear ... partnership*|programme*|program*|agreement*', 'continuity ... dialogue|engagement|relationship',
      'regular ... dialogue|consultation*|roundtable*|rounds|meetings', 'periodic ... dialogue|consultation*|meetings|review*', 'annual|biannual|yearly|quarterly|twice-yearly ... dialogue|roundtable*|meeting*|consultation*|session*|rounds', 'every|each ... year|quarter ... dialogue|roundtable*|consultation*', 'series of ... dialogues|meetings|roundtables|conversations', 'rounds of ... dialogue|consultation*|conversations', 'dialogue|engagement ... cycle',
      'work* together ... with ... ngo*|civil|unions ... address*|tackle*|solve*|improve*|remedi*', 'partner*|collaborat* ... with ... ngo*|civil|unions', 'ngo* ... partner*', 'stakeholder|advisory panel*', 'sounding board*', 'standing ... panel|committee|group',
      // a rhythm of meetings over several years
      'times|rounds ... per|a ... year|quarter & @dialogue', 'times|rounds ... per|a ... year|quarter & meet|meets & @stakeholders|them|partners', 'twice|three ... times ... year & @dialogue', 'twice|three ... times ... year & meet|meets & @stakeholders|them|partners', 'every ... two|three|four|six ... months & @dialogue', 'every|each ... year|quarter & @dialogue & @stakeholders|them', 'annually|quarterly|biannually|monthly & @dialogue & @stakeholders|them', 'every ... two|three|four|six ... months & meet|meets & @stakeholders|them|partners', 'permanent ... dialogue|structure|forum|platform|engagement', 'standing ... dialogue|forum|platform', 'horizon ... to|until|of ... 20*|years', 'for ... least|full|whole ... three|two|four|five ... years & @dialogue|meet|meets',
      'fixed|regular|permanent|standing ... part ... of ... our ... annual|yearly|year|cycle|calendar|planning', 'relationship ... of ... several|many ... years & @dialogue|roundtable*|meet|meets',
      // a horizon of years for the conversations
      'until|through|to ... at least ... 20* & @dialogue|meet|meets', 'next|coming ... two|three|four|five ... years & @dialogue|meet|meets', 'over ... several ... years & @dialogue|meet|meets', 'year ... after ... year & @dialogue|meet|meets',
      // the dialogue goes on after this season, year or project
      'continue|continues|continued|continuing|keep & after|beyond ... this|the|that ... season|year|project|programme|program|pilot & @dialogue', 'standing|annual|yearly|recurring ... cycle & @dialogue|continue*|repeat*|repeated',
    ],
  },
  cues: {
    nl: ['structure*', 'doorlopend*', 'lange termijn', 'langetermijn*', 'langdurig*', 'meerjarig*', 'jaarlijks*', 'halfjaarlijks*', 'per kwartaal', 'elk jaar', 'regelmatig*', 'periodiek*', 'vaste', 'ronde*', 'gespreksronde*', 'keer per jaar', 'horizon', 'permanent*', 'blijvend*', 'partnerschap*|samenwerk*|samen & @stakeholders|risico*|imvo|keten', 'continuiteit', 'visie', 'convenant*', 'multistakeholder*', 'aanpakken'],
    en: ['structur*', 'ongoing', 'continuous*', 'long-term', 'multi-year', 'annual*', 'quarterly', 'every year', 'regular*', 'periodic*', 'recurring', 'rounds', 'times a year', 'per year', 'over time', 'horizon', 'permanent', 'standing', 'partnership*|collaborat*|together & @stakeholders|risk*|rbc|supply', 'continuity', 'vision', 'covenant*', 'multi-stakeholder', 'address*'],
  },
  exclude: {
    nl: ['@placeholders', 'inkoopvolume*', 'inkoopcommitment*', 'orders', 'bestellingen', 'contractduur', 'leveranciersrelatie*', 'inkooprelatie*', 'klanten', 'klantrelatie*', 'aandeelhouders', 'beleggers', 'investeerders', 'ondernemingsraad', 'raad van bestuur', 'raad van commissarissen', 'managementteam', 'directieoverleg', 'mt-overleg', 'begroting'],
    en: ['@placeholders', 'purchase|purchasing volume*', 'purchase|purchasing commitment*', 'orders', 'contract length', 'supplier relationship*', 'sourcing relationship*', 'customer*', 'clients', 'shareholder*', 'investor*', 'works council*', 'the board', 'board meeting*', 'supervisory board', 'management team', 'budget'],
  },
  skeleton: {
    nl: '<!-- Beschrijf uw langetermijnvisie en hoe de dialoog met ngo\'s over risico\'s en het samen aanpakken ervan structureel doorloopt in plaats van eenmalig is. -->\n\n- Onze visie op de samenwerking voor de lange termijn: [invullen]\n- Hoe vaak en in welke vorm we structureel overleggen: [invullen]\n- Welke risico\'s we samen aanpakken: [invullen]',
    en: '<!-- Describe your long-term vision and how the dialogue with NGOs on risks, and on tackling them together, runs on as a structure rather than as a single event. -->\n\n- Our long-term vision for the collaboration: [fill in]\n- How often and in what form we meet on a structural basis: [fill in]\n- Which risks we tackle together: [fill in]',
  },
};
