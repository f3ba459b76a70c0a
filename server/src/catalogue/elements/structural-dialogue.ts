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
    nl: ['na afloop', 'na dit|deze|het ... project|traject|programma|campagne', 'structurele dialoog', 'structureel ... overleg|dialoog|contact', 'doorlopende dialoog', 'doorlopend* ... overleg|gesprek*|contact', 'lange termijn', 'langetermijn*', 'langdurig*', 'meerjarig*', 'continuiteit', 'samenwerking met ... ngo*|maatschappelijk*|vakbond*|middenveld|organisaties', 'dialoog met ... ngo*|maatschappelijk*|vakbond*', 'partnerschap*', 'frequentie', 'hoe vaak', 'hoe lang', 'looptijd', 'duur ... dialoog|traject|gesprekken|samenwerking', 'overlegstructuur', 'gespreksronde*', 'dialoogcyclus', 'jaarplanning', 'planning ... dialoog|gesprekken|overleg', 'tijdpad', 'ritme', 'samen optrekken', 'vast* ... overleg|dialoog|gesprekken', 'blijvend* ... overleg|dialoog', 'door de tijd', 'na dit jaar', 'eenmalig*', 'structurele|structureel ... samenwerking|betrokkenheid'],
    en: ['beyond ... this|the ... campaign|project|programme|program', 'after ... this|the ... campaign|project|programme|program', 'structural dialogue', 'structured dialogue', 'ongoing ... dialogue|engagement', 'long-term', 'long term', 'continuity', 'multi-year', 'partnership*', 'collaboration|working together ... with ... ngo*|civil|unions|organisations|organizations|partners', 'engagement with ... ngo*|civil|unions', 'dialogue with ... ngo*|civil|unions', 'civil society engagement', 'frequency', 'how often', 'how long', 'duration', 'time horizon', 'engagement ... cycle|calendar|schedule|structure', 'dialogue ... cycle|calendar|schedule|structure', 'rounds', 'timeline', 'governance', 'over time', 'standing ... dialogue|forum|committee|engagement', 'permanent ... dialogue|forum|engagement', 'beyond ... year|plan', 'one-off', 'one-time', 'structural ... cooperation|collaboration|partnership'],
  },
  signals: {
    nl: [
      'structurele|structureel ... dialoog|overleg|samenwerking|gesprek*|contact|betrokkenheid|partnerschap*|stakeholderdialoog', 'dialoog|overleg|gesprekken ... structureel|doorlopend|periodiek', 'doorlopende|doorlopend|continue|blijvende ... dialoog|overleg|gesprek*|betrokkenheid|samenwerking', 'in plaats van ... eenmalig*', 'meer dan ... eenmalig*',
      'langetermijnvisie|langetermijnsamenwerking|langetermijnpartnerschap*', 'visie ... op ... lange termijn', 'lange termijn ... visie|samenwerking|partnerschap*|dialoog|betrokkenheid', 'langdurige ... samenwerking|partnerschap*|dialoog|betrokkenheid', 'meerjarig* ... partnerschap*|samenwerking|programma|dialoog|traject|samenwerkingsovereenkomst',
      'regelmatig* ... overleg|dialoog|gespreksronde*|bijeenkomst*|rondetafel*', 'periodiek* ... overleg|dialoog|gesprek*|bijeenkomst*', 'vaste ... overlegmomenten|gespreksrondes|momenten|overleg', 'jaarlijkse|halfjaarlijkse|tweejaarlijkse|driemaandelijkse ... dialoog|overleg|bijeenkomst*|gespreksronde*|stakeholderdialoog|rondetafel*', 'elk|ieder ... jaar|kwartaal ... dialoog|overleg|bijeenkomst*|rondetafel*', 'gespreksronde*|dialoogcyclus', 'cyclus van ... gesprekken|dialogen|bijeenkomsten',
      'samen ... met ... ngo*|maatschappelijke|vakbond* ... aanpakken|oplossen|verbeteren|werken', 'samenwerk* ... met ... ngo*|vakbond*|maatschappelijke ... risico*|aanpak*|oplossing*', 'partnerschap* ... met ... ngo*|vakbond*|maatschappelijke', 'stakeholderpanel*|klankbordgroep*', 'vast* ... panel|adviesgroep|adviesraad',
      // a rhythm of meetings over several years
      'keer|rondes|ronden|maal|2x|3x|4x|6x|12x ... per ... jaar|kwartaal & @dialogue', 'bezoeken|bijeenkomsten|rondes|gesprekken|gespreksrondes ... per ... jaar|kwartaal', 'zolang ... wij|we ... kopen|inkopen|afnemen|zaken doen', 'tweemaal|halfjaarlijks|halfjaarlijkse ... @dialogue|overleg*|bijeenkomst*', 'in plaats van ... incidenteel|incidentele|eenmalig*|ad hoc|losse', 'vaste ... afspraak|regeling|overlegstructuur|gespreksronde*', 'keer|rondes|ronden|maal|2x|3x|4x|6x|12x ... per ... jaar|kwartaal & overleggen|ontmoeten|spreken|elkaar|samenkomen & @stakeholders|hen|partners', 'elke|iedere ... twee|drie|vier|zes ... maanden & @dialogue', 'elk|ieder|elke|iedere ... jaar|kwartaal|halfjaar & @dialogue & @stakeholders|hen', 'elk|ieder|elke|iedere ... jaar|kwartaal|halfjaar & overleggen|overlegt|ontmoeten & @stakeholders|hen|partners', 'jaarlijks|halfjaarlijks|driemaandelijks|maandelijks & @dialogue & @stakeholders|hen', 'elke|iedere ... twee|drie|vier|zes ... maanden & overleggen|ontmoeten|spreken & @stakeholders|hen|partners', 'vast ... overleg|dialoogmoment*|platform|gespreksmoment*', 'permanent* ... overleg|dialoog|platform|structuur', 'horizon ... tot|van ... 20*|jaar', 'hele|volledige ... looptijd & @dialogue|overleg*',
      'vast|vaste ... onderdeel & jaarritme|jaarcyclus|jaarplanning|beleidscyclus|jaarlijks*|jaarkalender|jaaragenda|cyclus|kwartaal', 'jaarritme|jaarcyclus',
      // a horizon of years for the conversations
      'tot ... minste|minstens|zeker ... 20* & @dialogue|overleggen|ontmoeten', 'komende ... twee|drie|vier|vijf ... jaar|jaren|seizoenen|oogsten & @dialogue|overleggen|ontmoeten', 'jaren ... lang & @dialogue', 'meerjarig* & @dialogue & @stakeholders|hen|ngo*|vakbond*',
      // the dialogue goes on after this season, year or project
      'voortzetten|voortzetting|voort|doorgaan|doorzetten|vervolgen|voortgezet & na|voorbij ... dit|deze|het|dat ... seizoen|jaar|project|traject|programma|pilot & @dialogue|overleg*', 'vaste|jaarlijkse|terugkerende|doorlopende ... cyclus|jaarcyclus & @dialogue|overleg*|voortzetten|voortgezet|herhalen|herhaald', 'relatie|samenwerking|partnerschap ... van ... minstens|minimaal|zeker|minste ... twee|drie|vier|vijf|zes|tien|2|3|4|5|10 ... jaar', 'keer|maal ... per ... jaar|kwartaal & praten|praat|zitten & @stakeholders|hen|partners|partijen', 'visie ... reikt|loopt ... tot ... 20*',
      'komen|komt ... maandelijks|jaarlijks|halfjaarlijks|driemaandelijks ... bijeen|samen & coalitie|ngo*|vakbond*|bonden|maatschappelijke|gemeenschap*|partners|hen', 'komen|komt ... elk|elke|ieder|iedere ... kwartaal|jaar|halfjaar|maand ... bijeen|samen & coalitie|ngo*|vakbond*|bonden|maatschappelijke|gemeenschap*|partners|hen',
      // as published texts say it
      'regelmatig|periodiek|jaarlijks ... overleg|gesprekken|dialoog & ngo*|vakbond*|maatschappelijke', 'raamovereenkomst|kaderovereenkomst & verlengd',
      // as published texts say it
      'raamovereenkomst|kaderovereenkomst & verleng*',
    ],
    en: [
      'structural|structured|ongoing|continuous|continued|sustained|long-term|longterm|multi-year|multiyear ... dialogue|engagement|consultation*|cooperation|collaboration', 'dialogue|engagement|engage* ... on ... ongoing|structural|regular|continuous|permanent ... basis', 'rather than ... one-off|one-time|single', 'instead of ... one-off|one-time', 'beyond ... one-off|one-time',
      'long-term vision', 'vision ... for ... long term', 'long-term ... commitment ... ngo*|civil|unions|dialogue|engagement', 'multi-year|multiyear ... partnership*|programme*|program*|agreement*', 'continuity ... dialogue|engagement|relationship',
      'regular ... dialogue|consultation*|roundtable*|rounds|meetings', 'periodic ... dialogue|consultation*|meetings|review*', 'annual|biannual|yearly|quarterly|twice-yearly ... dialogue|roundtable*|meeting*|consultation*|session*|rounds', 'every|each ... year|quarter ... dialogue|roundtable*|consultation*', 'series of ... dialogues|meetings|roundtables|conversations', 'rounds of ... dialogue|consultation*|conversations', 'dialogue|engagement ... cycle',
      'work* together ... with ... ngo*|civil|unions ... address*|tackle*|solve*|improve*|remedi*', 'partner*|collaborat* ... with ... ngo*|civil|unions', 'stakeholder|advisory panel*', 'sounding board*', 'standing ... panel|committee|group',
      // a rhythm of meetings over several years
      'times|rounds|2x|3x|4x|6x|12x ... per|a ... year|quarter & @dialogue', 'times|rounds ... per|a ... year|quarter & meet|meets & @stakeholders|them|partners', 'twice|three ... times ... year & @dialogue', 'committee|panel|forum|council|platform|roundtable ... meets|meet ... every|each|once|twice', 'mandate ... running|runs|until|to ... 20*', 'standing ... part|feature|item & @dialogue|policy', 'as long as ... we ... buy|source|purchase', 'twice ... a|per|each ... year & @dialogue|meet|meets|@stakeholders', 'rather than|instead of ... ad hoc|one-off|one-time|incidental|occasional', 'standing arrangement*|agreement*|dialogue|consultation*', 'twice|three ... times ... year & meet|meets & @stakeholders|them|partners', 'every ... two|three|four|six ... months & @dialogue', 'every|each ... year|quarter & @dialogue & @stakeholders|them', 'annually|quarterly|biannually|monthly & @dialogue & @stakeholders|them', 'every ... two|three|four|six ... months & meet|meets & @stakeholders|them|partners', 'permanent ... dialogue|structure|forum|platform|engagement', 'standing ... dialogue|forum|platform', 'horizon ... to|until|of ... 20*|years', 'for ... least|full|whole ... three|two|four|five ... years & @dialogue|meet|meets',
      'fixed|regular|permanent|standing ... part ... of ... our ... annual|yearly|year|cycle|calendar|planning', 'relationship ... of ... several|many ... years & @dialogue|roundtable*|meet|meets',
      // a horizon of years for the conversations
      'until|through|to ... at least ... 20* & @dialogue|meet|meets', 'next|coming ... two|three|four|five ... years|seasons|harvests & @dialogue|meet|meets', 'over ... several ... years & @dialogue|meet|meets', 'year ... after ... year & @dialogue|meet|meets',
      // the dialogue goes on after this season, year or project
      'continue|continues|continued|continuing|keep & after|beyond ... this|the|that ... season|year|project|programme|program|pilot & @dialogue', 'standing|annual|yearly|recurring ... cycle & @dialogue|continue*|repeat*|repeated', 'relationship|partnership|collaboration ... of ... at least ... two|three|four|five|ten|2|3|4|5|10 ... years', 'times|twice ... year & talk|talks|sit & @stakeholders|them|partners|parties', 'vision ... runs|extends|reaches ... to|until ... 20*',
      // as published texts say it
      'at least once a|per|each year & engage*|meet|meets|meeting|consult*', 'every|each year & engage*|meet|meets|consult* & @stakeholders', 'annually & engage*|meet|meets|consult* & @stakeholders',
      // as published texts say it
      'framework agreement & renewed|extended',
    ],
  },
  cues: {
    nl: ['structure*', 'doorlopend*', 'lange termijn', 'langetermijn*', 'langdurig*', 'meerjarig*', 'jaarlijks*', 'halfjaarlijks*', 'per kwartaal', 'elk jaar', 'regelmatig*', 'periodiek*', 'vaste', 'ronde*', 'gespreksronde*', 'keer per jaar', '2x|3x|4x|6x|12x per ... jaar|kwartaal', 'horizon', 'permanent*', 'blijvend*', 'partnerschap*|samenwerk*|samen & @stakeholders|risico*|imvo|keten', 'continuiteit', 'visie', 'convenant*', 'multistakeholder*', 'aanpakken'],
    en: ['structur*', 'ongoing', 'continuous*', 'long-term', 'multi-year', 'annual*', 'quarterly', 'every year', 'regular*', 'periodic*', 'recurring', 'rounds', 'times a year', 'per year', '2x|3x|4x|6x|12x a|per ... year|quarter', 'over time', 'horizon', 'permanent', 'standing', 'partnership*|collaborat*|together & @stakeholders|risk*|rbc|supply', 'continuity', 'vision', 'covenant*', 'multi-stakeholder', 'address*'],
  },
  exclude: {
    nl: ['@placeholders', 'business review*', 'bedrijfsreview*', 'accountgesprek*', 'kwartaalreview*', 'inkoopvolume*', 'inkoopcommitment*', 'orders', 'bestellingen', 'contractduur', 'leveranciersrelatie*', 'inkooprelatie*', 'klanten', 'klantrelatie*', 'aandeelhouders', 'beleggers', 'investeerders', 'ondernemingsraad', 'raad van bestuur', 'raad van commissarissen', 'managementteam', 'directieoverleg', 'mt-overleg', 'begroting', 'kreeg|krijgt|kregen ... vorm ... in|met|tijdens ... de|een|één ... rondetafel|bijeenkomst|consultatie|workshop|sessie|conferentie',
      // a rhythm that ends with this project is no structural dialogue; a meeting on logistics is business
      'tot ... het|de|dit|deze ... project|uitbreiding|bouw|pilot|campagne ... klaar|af|afgerond|voltooid|voorbij|afgelopen|gereed|opgeleverd', 'tot ... einde ... van ... het|de|dit|deze ... project|uitbreiding|bouw|pilot|campagne', 'logistiek', 'verscheping'],
    en: ['@placeholders', 'business review*', 'account review*', 'quarterly review* with ... supplier*|oem*|vendor*', 'purchase|purchasing volume*', 'purchase|purchasing commitment*', 'orders', 'contract length', 'supplier relationship*', 'sourcing relationship*', 'customer*', 'clients', 'shareholder*', 'investor*', 'works council*', 'the board', 'board meeting*', 'supervisory board', 'management team', 'budget', 'took|takes ... form|shape ... in|of|at ... a|the|one|single ... roundtable|meeting|consultation|workshop|session|conference|event',
      'until ... the|this ... project|expansion|construction|pilot|campaign ... is|has|was ... finished|completed|done|over|built|ended', 'until ... end of ... the|this ... project|expansion|construction|pilot|campaign', 'logistics', 'shipping'],
  },
  // The dialogue stated to be a single event: the opposite of a structural one
  // ("eenmalige gespreksronde in mei", "this workshop is a one-off
  // consultation"). Only when affirmed: "dit is geen eenmalig gesprek" and
  // "rather than one-off consultations" describe the element itself.
  denials: {
    nl: ['eenmalig*|one-off & @dialogue|ronde|rondes|consultatieronde*|gespreksronde*|project|traject|exercitie|actie|werkbezoek|raadplegen|raadpleging|consulteren'],
    en: ['one-off|one-time & @dialogue|round|rounds|exercise|event|project|visit', 'single ... round|rounds ... of ... @dialogue|consultation*|engagement|talks'],
  },
  skeleton: {
    nl: '<!-- Beschrijf uw langetermijnvisie en hoe de dialoog met ngo\'s over risico\'s en het samen aanpakken ervan structureel doorloopt in plaats van eenmalig is. -->\n\n- Onze visie op de samenwerking voor de lange termijn: [invullen]\n- Hoe vaak en in welke vorm we structureel overleggen: [invullen]\n- Welke risico\'s we samen aanpakken: [invullen]',
    en: '<!-- Describe your long-term vision and how the dialogue with NGOs on risks, and on tackling them together, runs on as a structure rather than as a single event. -->\n\n- Our long-term vision for the collaboration: [fill in]\n- How often and in what form we meet on a structural basis: [fill in]\n- Which risks we tackle together: [fill in]',
  },
};
