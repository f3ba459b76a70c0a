import type { ElementDefinition } from '../types.js';

export const dueDiligence: ElementDefinition = {
  id: 'due-diligence',
  group: 'general',
  levels: { 'dialogue-plan': 'required', policy: 'required' },
  source: { nl: 'SER-factor 1: de dialoog een plaats geven in het due-diligenceproces', en: 'SER factor 1: placing the dialogue in the due diligence process' },
  title: { nl: 'Plaats in het due-diligenceproces', en: 'Place in the due diligence process' },
  summary: {
    nl: 'Beschrijf bij welke stap(pen) van het due-diligenceproces de dialoog hoort en hoe de inbreng van stakeholders daarin doorwerkt.',
    en: 'Describe which step(s) of the due diligence process the dialogue serves and how stakeholder input feeds into it.',
  },
  explanation: {
    nl: 'Due diligence volgens de OESO-richtlijnen kent zes stappen, van het verankeren van beleid tot het bieden van herstel. Dit element laat zien waar de dialoog in die cyclus past: helpt hij bijvoorbeeld bij het in kaart brengen en prioriteren van risico\'s, bij het kiezen van maatregelen of bij het volgen van resultaten? Een opsomming van de zes stappen zonder stakeholders erin telt niet, en evenmin een bureaustudie door een adviseur of due diligence bij een overname.',
    en: 'Due diligence under the OECD Guidelines has six steps, from embedding policy to providing remedy. This element shows where the dialogue fits in that cycle: does it help to map and prioritise risks, to choose measures or to track results? A list of the six steps with no stakeholders in it does not count, nor does a consultant\'s desk study or due diligence for an acquisition.',
  },
  why: {
    nl: 'Wie weet waarvoor zijn inbreng dient, zegt eerder ja tegen een gesprek. Door de dialoog te koppelen aan een concrete stap, zoals uw risicoanalyse, ziet de stakeholder dat zijn ervaring echt gewicht krijgt in de keuzes die u maakt.',
    en: 'People who know what their input is for agree to a conversation more readily. Linking the dialogue to a concrete step, such as your risk analysis, shows stakeholders that their experience really carries weight in the choices you make.',
  },
  headings: {
    nl: ['due-diligence*', 'gepaste zorgvuldigheid', 'ketenzorgvuldigheid', 'zorgvuldigheidsproces', 'oeso*', 'ocso', 'oeso-richtlijnen', 'risicoanalyse*', 'risico-analyse*', 'risicobeoordeling*', 'risico-inventarisatie', 'risico\'s ... in kaart', 'in kaart brengen ... risico*', 'identificeren ... risico*', 'prioriteren ... risico*', 'risico* ... prioriter*', 'mensenrechtenrisico*', 'imvo-risico*', 'ketenrisico*', 'plaats ... proces|cyclus', 'stappen ... oeso|due-diligence*', 'stakeholders ... due-diligence*'],
    en: ['due-diligence*', 'human rights due diligence', 'hrdd', 'oecd', 'risk assessment*', 'risk analysis', 'risk analyses', 'risk mapping', 'human rights risk*', 'salient ... issues|risks', 'saliency', 'identifying ... risks|impacts', 'assessing ... risks|impacts', 'prioriti* ... risks|impacts', 'impact assessment*', 'where ... dialogue ... fits', 'place in ... process|cycle', 'stakeholders in ... due-diligence*', 'rbc process'],
  },
  signals: {
    nl: [
      '*dialoog|gesprekken|consultatie* & maken|maakt ... deel uit van ... onze|de|het ... risicoanalyse*|risico-analyse*|risicobeoordeling*|due-diligence*|zorgvuldigheidsproces*', '*dialoog|gesprekken|consultatie* & onderdeel van ... onze|de|het ... risicoanalyse*|risico-analyse*|risicobeoordeling*|due-diligence*|zorgvuldigheidsproces*',
      '*dialoog|stakeholder*|belanghebbend*|rechthebbend* ... due-diligence*', 'due-diligence* ... *dialoog|stakeholder*|belanghebbend*|rechthebbend*|raadplegen|consulteren|consultatie*', '*dialoog|stakeholder*|belanghebbend*|rechthebbend* ... gepaste zorgvuldigheid', 'gepaste zorgvuldigheid ... *dialoog|stakeholder*|belanghebbend*|rechthebbend*|betrekken|raadplegen',
      '*dialoog|stakeholder*|belanghebbend*|rechthebbend*|gesprek*|consultatie* ... onderdeel|deel|stap|stappen|fase|fasen|fases|elke|alle|iedere ... due-diligence*|zorgvuldigheid*|oeso*|ocso', 'risico* ... betrekken|betrekt|raadple* ... rechthebbenden|stakeholders|belanghebbenden|werknemers|vakbond*|ngo*',
      'due-diligence*|zorgvuldigheid* ... betrekken|betrekt|betrokken|raadplegen|consulteren|spreken ... stakeholders|belanghebbenden|rechthebbenden|werknemers|vakbond*|ngo*',
      'oeso*|ocso|oecd ... betrekken|betrekt|betrokken|raadple*|consulteren ... stakeholders|belanghebbenden|rechthebbenden', '*dialoog|gesprek*|consultatie*|stakeholder* ... stap|stappen|fase ... 1|2|3|4|5|6|een|twee|drie|vier|vijf|zes',
      'stakeholders|belanghebbenden|rechthebbenden|werknemers|vakbond*|ngo* ... bij ... risicoanalyse*|risico-analyse*|risicobeoordeling*|prioriter*|identificeren ... risico*', 'betrekken|betrekt ... stakeholders|belanghebbenden|rechthebbenden ... bij ... risicoanalyse*|risico-analyse*|prioriter*|identificeren|due-diligence*',
      'risicoanalyse*|risico-analyse*|risicobeoordeling* ... samen met', 'risicoanalyse*|risico-analyse*|risicobeoordeling* ... in overleg met', 'risicoanalyse*|risico-analyse*|risicobeoordeling* ... input|inbreng van', 'risicoanalyse*|risico-analyse* ... *dialoog|gesprek*|stakeholders|belanghebbenden|rechthebbenden|vakbond*|ngo*',
      'inzichten|uitkomsten|resultaten|input|inbreng|signalen ... *dialoog|gesprek*|gesprekken|stakeholders ... risicoanalyse*|risico-analyse*|prioriter*|risicobeoordeling*', '*dialoog|gesprek*|gesprekken|stakeholders ... input|basis ... voor ... risicoanalyse*|risico-analyse*|prioriter*',
      'samen met ... stakeholders|rechthebbenden|werknemers|vakbond*|ngo* ... identificeren|prioriteren|beoordelen ... risico*|impact*|negatieve & risicoanalyse*|risico-analyse*|risicobeoordeling*|due-diligence*|zorgvuldigheid|stap|stappen|fase|oeso*|ocso', 'stakeholders|rechthebbenden|belanghebbenden ... identificeren|prioriteren|beoordelen ... risico*|impact*|negatieve & risicoanalyse*|risico-analyse*|risicobeoordeling*|due-diligence*|zorgvuldigheid|stap|stappen|fase|oeso*|ocso',
      // the risk analysis is reviewed by, shared with or built with the stakeholders
      'risicoanalyse*|risico-analyse*|risicoprioriter*|risicobeoordeling*|risicokaart*|prioritering & @stakeholders & toetsen|toetst|getoetst|bespreken|bespreekt|besproken|delen|gedeeld|controleren|valideren|reageren|commentaar|voorleggen|voorgelegd|leggen|input|inbreng|betrekken|betrekt|samen',
      // the risk analysis is drawn up or updated by talking with the stakeholders
      'risicoanalyse*|risico-analyse*|risicobeoordeling*|risicokaart* & spreken|spreekt|praten|praat|overleggen|overlegt|interviewen|interviewt|gesprekken & @stakeholders|kweker|kwekers|teler|boer|vertegenwoordigers|arbeiders',
      // stakeholders at named steps: measures, tracking, grievances and remedy
      'klachten|klachtenmechanisme*|herstel & @stakeholders & betrekken|betrekt|betrokken|meedenken|denken|raadple*|beoordelen', 'raadple*|consulteren|spreken ... @stakeholders ... over ... risico*|impact*|maatregelen', 'bespreken ... maatregelen|risico*|mitigatie ... met ... @stakeholders|hen', 'vragen ... @stakeholders|hen ... of ... maatregelen|acties ... werken|gewerkt|helpen|effect',
      'stap|stappen|fase|fasen 1|2|3|4|5|6|twee|drie|vier|vijf|zes & @stakeholders & betrekken|betrekt|betrokken|raadple*|rol|spelen|meedenken', '@dialogue & risicoanalyse*|risico-analyse*|risicobeoordeling*|prioritering & basis|bijstellen|bijgesteld|actualis*|herzien|herzie*|verwerken|verwerkt|voeden|voedt|ondersteunt|ondersteunen|onderbouwt|onderbouwen', '@stakeholders ... toetsen|aanvullen|identificeren|prioriteren|inventariseren|beoordelen|valideren & risico* & stap|stappen|fase|fasen ... zorgvuldigheid|due-diligence*|oeso*|ocso|1|2|3|4|5|6', 'klachtenmechanisme*|klachtenprocedure* & @stakeholders & ontwerp*|ontwikkel*|opzetten|opgezet|samen',
      // what the dialogue brings feeds the risk analysis
      'inzichten|uitkomsten|resultaten|inbreng|signalen|bevindingen & @dialogue & risicoanalyse*|risico-analyse*|risicobeoordeling*|due-diligence*|prioritering',
      // the dialogue is how we carry out a named step; stakeholders help rank the risks
      '@dialogue & due-diligence*|zorgvuldigheid|oeso* ... stap|stappen|fase', '@dialogue & eerste|tweede|derde|vierde|vijfde|zesde ... stap|stappen|fase|fasen ... due-diligence*|zorgvuldigheid|oeso*', '@dialogue & stap|stappen ... 1|2|3|4|5|6|een|twee|drie|vier|vijf|zes & uitvoeren|uitwerking|invulling|invullen|hoort|dient|onderdeel',
      '@stakeholders|hen ... helpen ... bepalen|beoordelen|prioriteren|inschatten|wegen|kiezen & risico*|ernstig*|zwaarst*|prioriteit*', '@stakeholders|hen ... helpen ... controleren|beoordelen|evalueren|volgen|toetsen & maatregelen|acties|voortgang|herstel', 'toetsen|controleren|nagaan ... of ... maatregelen|acties ... werken|helpen|effect & @stakeholders|hen', 'oordeel|inbreng|mening|stem ... van ... @stakeholders|hen ... weegt|wegen|bepaalt|bepalen ... mee', 'oordeel|inbreng|mening ... weegt|wegen|bepaalt ... mee ... risico*|prioriteit*|volgorde|keuze', '@dialogue & stap|stappen|fase|fasen ... zorgvuldigheid|due-diligence*|oeso*', 'stap|stappen|fase|fasen 1|2|3|4|5|6|een|twee|drie|vier|vijf|zes & zorgvuldigheid|due-diligence*|oeso* & spreken|spreekt|praten|praat|vragen|vraagt|horen|raadple*|betrekken|betrekt|toetsen|overleggen', '@dialogue & eerste|tweede|derde|vierde|volgende|laatste ... stap|fase ... risicoanalyse*|risico-analyse*|risicobeoordeling*|analyse|beoordeling|inventarisatie', 'in kaart ... risico* & @stakeholders & spreken|spreekt|vragen|vraagt|raadple*|betrekken|betrekt|horen|praten|consulteren', 'risico* ... in kaart & @stakeholders & spreken|spreekt|vragen|vraagt|raadple*|betrekken|betrekt|horen|praten|consulteren', 'volgen|nagaan|toetsen|bekijken|zien & of ... maatregelen|mitigatie|acties ... werken|helpen|effect & @dialogue|@stakeholders|hen',
      'stap|stappen|fase|fasen 1|2|3|4|5|6|twee|drie|vier|vijf|zes & @stakeholders|hun & signalen|analyses|informatie|inbreng|kennis|bevindingen|ervaringen',
      // as organisations word it in published policies and reports
      '@dialogue & @stakeholders & risico* ... beheersen|voorkomen|verkleinen|beperken',
      'saillant* ... analyse|beoordeling|onderzoek|review & consult*|consultatie*|gesprek*|gesprekken|stakeholder*|rechthebbend*|interviews',
      // round 9: general frames (dialogue as the way risks are found; grievances and signals feeding the analysis; stakeholders in measures, monitoring and remedy)
      'klacht|klachten|klachtenmechanisme*|klachtenprocedure*|klachtenregeling*|meldpunt*|meldingen & due-diligence*|zorgvuldigheid*|risicoanalyse*|risico-analyse*|risicobeoordeling*|risicoprofiel*|prioritering',
      'klacht*|meldpunt*|meldingen & signaleren|signaleert|opsporen|ontdekken|achterhalen|vroegtijdig|tijdig|identificeren|identificeert|zicht|inzicht & risico*|misstanden|problemen|knelpunten|impact|schendingen',
      '@dialogue|gesprekken|interviews|raadpleging* & kaart|identificeren|identificeert|signaleren|signaleert|achterhalen|opsporen|inventariseren|prioriteren|zicht|inzicht & risico*|misstanden|knelpunten|impact|negatieve|schendingen',
      'signalen|meldingen|informatie|inbreng|input|feedback|ervaringen|inzichten|kennis ... van|uit ... @stakeholders & risicoanalyse*|risico-analyse*|risicobeoordeling*|prioriter*|due-diligence*|zorgvuldigheid*|meenemen|mee',
      'inbreng|input|feedback|ervaringen|inzichten|kennis|oordeel|stem ... van ... @stakeholders ... helpt|helpen|gebruiken|benutten|dient|dienen|bepaalt|bepalen & risico*|prioriter*|maatregelen|impact|misstanden|effect*',
      'betrek*|raadple*|consulte* ... @stakeholders ... bij ... opstellen|ontwikkelen|ontwerpen|uitvoeren|monitoren|evalueren|bepalen|kiezen|beoordelen|uitwerken & maatregelen|verbeterplan*|actieplan*|herstel*|prioriteiten|aanpak|oplossingen|acties',
      'monitoren|evalueren|volgen|toetsen|controleren|nagaan ... maatregelen|acties|voortgang|effect* & feedback|input|inbreng|ervaringen|oordeel|mening|gesprekken & @stakeholders|getroffenen',
      'herstel*|genoegdoening|compensatie & in overleg|samenspraak|dialoog ... met ... @stakeholders|getroffenen|rechthebbenden|betrokkenen|slachtoffers', 'in overleg|samenspraak ... met ... @stakeholders|getroffenen|slachtoffers ... herstel*|genoegdoening|compensatie',
      '*impactanalyse*|*effectbeoordeling*|*impact-analyse*|hria* & interview*|gesprekken|raadple*|consult*|spreken|spraken|gesproken',
      'spreken|praten|spraken ... met ... @stakeholders ... om ... te ... begrijpen|weten|horen|achterhalen & risico*|misstanden|problemen|impact|gevolgen',
      'samen met ... @stakeholders ... onderzoeken|analyseren|inventariseren|bepalen|beoordelen|identificeren|kaart & risico*|impact|misstanden|gevolgen',
      'meedenken|meepraten|meebeslissen|meedoen|deelnemen|deelname|participatie|participeren ... over|aan|bij ... risico*|risicoanalyse*|impact*|maatregelen|herstel*|prioriteiten|klachtenmechanisme*',
      '@stakeholders|zij ... denken|praten|beslissen ... mee & maatregelen|risico*|herstel*|prioriteiten|aanpak|risicoanalyse*',
      'samen|samenwerken|samenwerking ... met ... @stakeholders ... om & risico*|misstanden|impact & pakken|aanpakken|identificeren|kaart|verminderen|voorkomen|beperken|beoordelen',
      '@stakeholders ... helpen|helpt|hielpen ... ons & begrijpen|identificeren|kaart|signaleren|toetsen|beoordelen|prioriteren|achterhalen & risico*|misstanden|impact|problemen',
      'onderdeel|deel van ... risicoanalyse*|risico-analyse*|risicobeoordeling*|due-diligence*|impactanalyse* & spreken|spreekt|praten|gesprek*|gesprekken|raadple*|interview*|betrek*|consult*|@dialogue',
      'gepaste zorgvuldigheid & gesprek*|gesprekken|interview*|raadple*|consult*|spreken|spreekt|praten|@dialogue',
      'rekening ... met ... zorgen|inbreng|belangen|mening|visie|ervaringen ... van ... @stakeholders & prioriteit*|risico*|prioriter*|saillant*|maatregelen',
      'wat ... wij|we|zij ... horen|leren|vertellen|zeggen|melden|ophalen & risicoanalyse*|risico-analyse*|risicobeoordeling*|risicoprofiel*|prioritering|due-diligence*|zorgvuldigheid*|risicoregister',
      'potentieel|mogelijk ... getroffen|benadeelde ... @stakeholders|groepen|mensen & raadple*|betrek*|dialoog|gesprek*|consult*|spreken|overleg',
      // round 10: frames generalised from missed evidence (dialogue as the way impacts are prevented or managed; acting via dialogue when problems are found; grievances as early warning; remedy for complainants; identifying affected groups with their organisations; stakeholder concerns in impact assessment; plans built with stakeholders)
      '@dialogue|raadpleging*|inspraak|overleg ... helpt|helpen|hielp|stelt|stellen|maakt|maken ... ons|het & voorkomen|vermijden|beperken|verminderen|verkleinen|mitigeren|aanpakken|beheersen|herstellen & impact|gevolgen|schade|misstanden|schendingen|mensenrechten*|negatieve|nadelige|klachten',
      'door|via|dankzij ... @dialogue|gesprekken|overleg|raadpleging* ... met & mensenrechten*|arbeidsrecht*|arbeidsomstandigheden|imvo|misstanden|schendingen|kinderarbeid|dwangarbeid|negatieve|nadelige & beheersen|beheerst|voorkomen|voorkomt|beperken|beperkt|verkleinen|verminderen|aanpakken|pakken|adresseren|oplossen|mitigeren|herstellen',
      'als|wanneer|indien|zodra|waar ... we|wij ... stuiten|vinden|constateren|signaleren|ontdekken|zien|treffen ... problemen|misstanden|schendingen|overtredingen|risico*|knelpunten|tekortkomingen & @dialogue|bespreken|aanspreken|spreken|overleggen|consulteren',
      'geconstateerde|gesignaleerde|gevonden|vastgestelde|aangetroffen ... problemen|misstanden|schendingen|overtredingen|tekortkomingen|knelpunten & @dialogue|bespreken|besproken|bespreekt|aangesproken|overleg|overleggen',
      'klacht*|meldingen|meldpunt*|klachtenmechanisme* & vroeg|vroege|vroegtijdig*|tijdig ... signaal|signalen|waarschuwing*|signalering|stadium|opsporen|gesignaleerd|signaleren',
      'klacht*|meldingen|meldpunt* & trends|patronen|terugkerende|structurele|grondoorzaken|oorzaken & analyse*|analyseren|volgen|bijhouden|signaleren|herkennen|aanpakken',
      'bieden|biedt|zorgen|zorgt|meewerken|werken|werkt|verlenen|verleent & herstel|genoegdoening|herstelmaatregelen|compensatie|verhaal & klacht|klachten|klachtenprocedure*|klachtenmechanisme*|melding|meldingen|legitieme|klager*|melder*',
      'identificeren|identificeert|geidentificeerd|kaart ... inheemse|lokale|kwetsbare|getroffen|omliggende|omwonende ... gemeenschappen|volken|groepen|rechthebbenden|dorpen|bewoners & samenwerking|samen|overleg|vertegenwoordig*|organisaties|raadpleging|betrokkenheid|inbreng',
      'stakeholder*|omgevings*|gemeenschap* ... analyse|analyses|beoordeling|inventarisatie|scan|onderzoek & zorgen|behoeften|omstandigheden|klachten & mogelijke|negatieve|nadelige|potentiele ... impact|gevolgen|effecten|risico*',
      'stakeholderanalyse*|omgevingsanalyse*|stakeholderinventarisatie*|omgevingsscan*|stakeholdermapping & zorgen|behoeften|omstandigheden|klachten & impact|gevolgen|effecten|risico*',
      'samen|gezamenlijk|samenwerking|co-creatie & herstelplan*|verbeterplan*|verbeterprogramma*|actieplan*|herstelmaatregelen|preventiemaatregelen & @stakeholders|hen|hun',
    ],
    en: [
      'dialogue*|conversations|talks|consultations|meetings & are|is|form|forms ... part of ... our|the ... risk assessment*|analysis|analyses', 'dialogue*|conversations|talks|consultations|meetings & are|is|form|forms ... part of ... our|the ... due-diligence*',
      'stakeholder*|dialogue|engagement|consultation*|rights-holder*|rightsholder* ... due-diligence*', 'due-diligence* ... stakeholder*|dialogue|engag*|consult|consulting|consultation*|rights-holder*|rightsholder*', 'rights-holder*|rightsholder*|stakeholder*|dialogue|engagement|consultation* ... step|steps|stage|stages|phase|phases ... due-diligence*|oecd',
      'stakeholder*|dialogue|engagement|consultation*|conversations ... part|step|steps|stage|stages|phase*|every|each|all|throughout ... due-diligence*|oecd',
      'oecd ... involv*|engag*|consult|consulting ... stakeholders|rights-holder*|rightsholder*|affected', 'dialogue|engagement|consultation*|conversations|stakeholder* ... step|steps|stage ... 1|2|3|4|5|6|one|two|three|four|five|six',
      'consult|consulting|involv*|engag* ... stakeholders|rights-holder*|rightsholder*|workers|communities|unions|ngos ... identify*|assess*|prioriti*|map*|mapping & assessment*|analys*|due-diligence*|step|steps|stage|stages|oecd|heatmap|register|saliency', 'consult|consulting|involv*|engag* ... stakeholders|rights-holder*|rightsholder*|workers|communities|unions ... in|when|during ... risk ... assessment*|analys*|mapping',
      'stakeholder*|dialogue|engagement|consultation*|conversations|interviews ... inform*|feed*|input|shape*|update* ... risk ... assessment*|analys*|mapping|priorit*', 'risk assessment*|analys*|mapping ... together with', 'risk assessment*|analys*|mapping ... in consultation with', 'risk assessment*|analys*|mapping ... informed|input ... by|from ... stakeholders|rights-holder*|rightsholder*|workers|dialogue|engagement|interviews',
      'insights|findings|outcomes|results|input|feedback ... dialogue|engagement|conversations|consultation*|stakeholders ... risk ... assessment*|analys*|mapping|priorit*', 'insights|findings|outcomes ... dialogue|engagement|conversations ... due-diligence*',
      '@stakeholders ... help ... identify|assess|prioriti* ... risks|impacts & assessment*|analys*|due-diligence*|step|steps|stage|stages|oecd|heatmap|register|saliency', 'together with ... stakeholders|rights-holder*|rightsholder*|workers|unions|ngos ... identify|assess|prioriti* ... risks|impacts & assessment*|analys*|due-diligence*|step|steps|stage|stages|oecd|heatmap|register|saliency',
      // the risk analysis is reviewed by, shared with or built with the stakeholders
      'risk ... assessment*|analys*|priorit*|prioritisation|prioritization|mapping|heatmap|map & @stakeholders & review*|validat*|verif*|comment*|discuss*|share|shared|consult*|test|tested|rank*|input',
      // the risk analysis is drawn up or updated by talking with the stakeholders
      'risk ... assessment*|analysis|analyses|map|mapping & talk|talks|talking|speak|speaks|speaking|interview|interviews|interviewing|meet|meets|meeting & @stakeholders|grower|farmer|supplier|them',
      // stakeholders at named steps: measures, tracking, grievances and remedy
      'grievance*|remed* & @stakeholders & involve|involves|involved|involving|review|panel|consult|consulted|consulting', 'consult* ... @stakeholders ... on ... risks|impacts|mitigation|measures', 'discuss* ... mitigation|measures|risks ... with ... @stakeholders|them', 'ask ... @stakeholders|them ... whether|if ... measures|actions ... work*|help*|effective',
      'step|steps|stage|stages 1|2|3|4|5|6|one|two|three|four|five|six & @stakeholders & involve|involves|involved|consult|consulted|role|play|part', '@dialogue & risk ... assessment*|analys*|priorit*|mapping & update*|revise*|revision|feed*|inform*|basis|prioriti*|support|supports|serve|serves|underpin*', '@stakeholders ... identify|validate|verify|complement|assess|prioriti*|rank & risk* & step|steps|stage|stages ... due-diligence*|oecd|1|2|3|4|5|6', 'grievance* & @stakeholders & design*|develop*|co-design*|together|setting',
      // what the dialogue brings feeds the risk analysis
      'findings|insights|outcomes|results|input|feedback & @dialogue & risk ... assessment*|analys*|priorit*|mapping',
      // the dialogue is how we carry out a named step; stakeholders help rank the risks
      '@dialogue & due-diligence*|oecd ... step|steps|stage|stages', '@dialogue & first|second|third|fourth|fifth|sixth ... step|steps|stage|stages ... due-diligence*|oecd', '@dialogue & step|steps ... 1|2|3|4|5|6|one|two|three|four|five|six & carry|carried|implement*|serve*|part|belongs|how',
      '@stakeholders|they ... help ... us ... decide|rank|prioriti*|assess|identify|judge|weigh & risk*|serious|severe|salient|priorit*', '@stakeholders|they ... help ... us ... check|verify|assess|evaluate|monitor|track & measures|actions|mitigation|progress|remediation', 'check|verify ... whether|if ... measures|actions|mitigation ... work|works|working|effective & @stakeholders|them', 'their ... view|views|judgement|judgment|input ... changes|determines|shapes|sets ... the ... order|priorit*|ranking', '@dialogue & step|steps|stage|stages|phase|phases ... due-diligence*|oecd', 'step|steps|stage|stages 1|2|3|4|5|6|one|two|three|four|five|six & due-diligence*|oecd & talk|talks|speak|speaks|ask|asks|hear|listen|consult*|involve*|meet|meets', '@dialogue & first|second|third|fourth|next|final ... step|stage|phase ... assessment*|analys*', 'map|maps|mapping ... risk*|impacts & @stakeholders & talk|speak|ask|consult*|involve*|engage*|hear|listen', 'risk*|impacts ... map|maps|mapping|mapped & @stakeholders & talk|speak|ask|consult*|involve*|engage*|hear|listen', 'track|monitor|test|see & whether|if ... measures|mitigation|actions ... work|works|working|effective & @dialogue|@stakeholders|them',
      'step|steps|stage|stages 1|2|3|4|5|6|two|three|four|five|six & @stakeholders|their & signals|analyses|information|knowledge|findings|testimonies|experiences',
      // as organisations word it in published policies and reports
      'identify|identifies|identifying ... affected ... @stakeholders|people|groups', 'identify|identifies|identifying ... @stakeholders|people|groups ... affected|impacted',
      'salien* ... review|assessment|analysis & consult*|consultation*|engag*|stakeholder*|interviews|rightsholder*|rights-holder*',
      // round 9: general frames (dialogue as the way risks are found; grievances and input feeding the assessment; stakeholders in measures, monitoring and remedy; UNGP wording)
      'grievance*|complaint|complaints|whistleblow*|hotline* & due-diligence*|saliency|salience', 'grievance*|complaint|complaints|whistleblow*|hotline* & risk ... assessment*|analys*|mapping|register|profile',
      'grievance*|complaint|complaints|whistleblow*|hotline* & identify*|detect*|spot|surface|uncover*|warning|warnings & risk*|impacts|problems|issues|abuses|violations',
      'through|via|by|during ... @dialogue|consulting|engaging|talking|speaking|interview*|surveys ... identif*|assess*|map|mapping|prioriti*|understand|detect|learn & risk*|impacts|issues|abuses',
      'identif*|assess*|map|maps|mapped|mapping|prioriti* ... risks|impacts|issues ... through|by|via|in|during ... @dialogue|consulting|engaging|talking|speaking|interview*|surveys|input|feedback',
      'identif*|assess*|map|mapping|prioriti* ... risks|impacts|issues ... together|jointly|collaboration|consultation|dialogue ... with ... @stakeholders|rights-holder*|affected|experts|civil|local',
      'stakeholder*|rights-holder*|rightsholder*|workers|communities|unions|ngos|voice|grievance*|complaints|interviews|partners|experts|suppliers ... help|helps|helped|enable*|allow* ... us & identify|understand|detect|assess|prioriti*|map|spot|uncover & risk*|impact*|issues|abuses|problems|salient', 'input|feedback|insights|views|perspectives|engagement|dialogue|consultation*|conversations ... help|helps|helped|enable*|allow* ... us & identify|understand|detect|assess|prioriti*|map|spot|uncover & risk*|impact*|issues|abuses|problems|salient',
      'informed|shaped|guided|validated|verified|complemented|enriched ... by ... @dialogue|input|feedback|consultation*|engagement|interviews|conversations|views|perspectives & risk*|impact*|salien*|priorit*|due-diligence*',
      'based|drawing|draws|draw ... on ... input|feedback|consultation*|dialogue|engagement|interviews|conversations|views ... from|with|of & risk*|salien*|priorit*|impact*',
      'consult*|involv*|engag* ... workers|unions|communities|rights-holder*|rightsholder*|representatives|affected ... design*|develop*|monitor*|track*|evaluat*|review*|implement*|decid* & measures|actions|plan|plans|corrective|remediation|mitigation|remedy|programmes|programs|effectiveness',
      'feedback|input|views|voice ... from|of ... workers|communities|rights-holder*|rightsholder*|unions|affected & monitor*|track*|evaluat*|effectiveness|verify',
      'track*|monitor*|evaluat*|measur*|assess* ... effectiveness & @dialogue|feedback|input|consult*|engag*|interviews|surveys|grievance*|complaints & @stakeholders|rights-holder*|affected',
      'remed*|redress ... consultation|dialogue|agreement|consent ... with ... workers|communities|rights-holder*|rightsholder*|unions|affected|victims|@stakeholders', 'with ... affected|rights-holder*|rightsholder*|victims|workers|unions|communities ... remed*|redress',
      'engag*|consult*|dialogue|involv* ... affected|rights-holder*|rightsholder* & identify*|assess*|prevent*|mitigat*|track*|address* & impact*|risk*|harm*',
      'potentially affected & consult*|engag*|views|dialogue|involv*|input|feedback',
      '@dialogue|interviews|consult*|engag* & part of ... our|the|this ... assessment*|analysis|review|due-diligence*',
      'take|takes|taking|taken ... views|input|concerns|perspectives|interests|feedback ... into account & risk*|assess*|priorit*|salien*|measures',
      'meaningful ... engagement|consultation|dialogue & risk*|impact*|due-diligence*|identify*|salien*',
      '@stakeholders|rights-holder* ... are|were|is|being ... consulted|involved|interviewed|heard|engaged & assessment*|analys*|mapping|due-diligence*|identif*|prioriti*|salien*|risk*',
      'interviews|consultations|conversations|dialogue|focus ... with ... @stakeholders & identif*|assess*|salien*|prioriti*|mapping',
      'work|working|works|cooperat*|collaborat*|partner* ... with ... @stakeholders ... to ... identify|assess|map|understand|prioriti* & risk*|impacts|abuses',
      'participat* ... in ... identif*|assess*|defining|define|mapping|design*|monitor*|evaluat*|prioriti*|decid* & impact*|risk*|measures|mitigation|remed*|grievance*',
      'what ... we|they ... hear|learn|learned|learnt|tell|told|say|report & feed*|inform*|update*|input & risk ... register|assessment*|analys*|priorit*|mapping|profile', 'what ... we|they ... hear|learn|learned|learnt|tell|told|say|report & feed*|inform*|update*|input & due-diligence*|saliency',
      'engag*|consult*|talk|talks|speak|speaks|meet|meets ... with ... @stakeholders ... to ... understand|identify|assess|map|prioriti*|learn|discuss & risk*|impact*|abuses|salient',
      'impact assessment*|hria|hrias & interview*|consult*|engag*|conversations|focus|spoke|speak|talked',
      'worker|workers voice|interviews|surveys|survey & identify*|detect*|understand|assess*|spot|uncover & risk*|issues|impacts|problems|concerns',
      // round 10: frames generalised from missed evidence (dialogue as the way impacts are prevented or managed; acting via dialogue when problems are found; grievances as early warning; remedy for complainants; identifying affected groups with their organisations; stakeholder concerns in impact assessment; plans built with stakeholders)
      '@dialogue|consulting|engaging|listening|talking|talks & allow*|enable*|help|helps|helped ... us ... prevent*|avoid*|avert*|reduce|reduces|reducing|mitigat*|minimi*|address|addressing|remedy|remediate & impact*|harm|harms|abuses|violations|adverse|grievances',
      'through|via|by|in ... @dialogue|consulting|engaging|talking ... with & human|labour|labor|abuses|violations|adverse|harm|harms|impacts|exploitation|grievances & prevent*|avoid*|avert*|reduce|reduces|reducing|mitigat*|manag*|address*|tackl*|resolv*|minimi*|remed*',
      'if|when|where|whenever|once|should ... we ... find|identify|detect|discover|uncover|encounter|see ... issues|problems|violations|abuses|breaches|shortcomings|concerns|risks & @dialogue|engage|engages|talk|discuss|consult|conversation',
      'issues|problems|violations|abuses|breaches|shortcomings|concerns|findings ... identified|found|detected|raised|uncovered ... discussed|addressed|raised|taken ... with|up ... @stakeholders|them',
      'grievance*|complaint|complaints|hotline*|whistleblow* & early ... warning|warnings|signal|signals|stage|stages|detection|indicator*',
      'grievance*|complaint|complaints|hotline*|whistleblow* & trends|patterns|recurring|systemic|root & analys*|track*|monitor*|identify*|spot*|review*|address*',
      'provide|provides|providing|provided|cooperate|co-operate|cooperating|co-operating|enable|enables & remed*|redress & complaint|complaints|grievance*|legitimate|complainant*|claimant*',
      'identif*|map|maps|mapped|mapping ... indigenous|local|vulnerable|impacted|affected|neighbouring|surrounding ... communities|peoples|groups|rightsholders|rights-holders|villages & cooperation|together|consultation|partnership|represent|representing|representatives|organisations|organizations|involvement|input',
      'stakeholder|stakeholders|community|communities|social ... assessment*|analysis|analyses|mapping|baseline*|survey* & concerns|needs|circumstances|grievances & potential|adverse|negative|actual ... impacts|impact|effects|risks',
      'co-develop*|co-design*|co-creat*|jointly|together|collaborat* & remediation|improvement|mitigation|prevention|action ... plan|plans|programme*|program*|measures|roadmap* & @stakeholders|leadership|management|them',
    ],
  },
  cues: {
    nl: ['stakeholder*', '*dialoog', 'gesprek*', 'belanghebbend*', 'rechthebbend*', 'betrekken', 'betrekt', 'raadple*', 'consulteren', 'consultatie*', 'in overleg', 'samen met', 'input', 'inbreng', 'werknemers', 'vakbond*', 'ngo*', 'maatschappelijke organisaties', 'gemeenschap*', 'lokale organisaties', 'vertegenwoordig*', 'perspectief', 'ervaringen', 'interviews', 'getroffen*', 'sessies', 'bijeenkomsten'],
    en: ['stakeholder*', 'dialogue', 'engag*', 'consult', 'consulting', 'consulted', 'consultation*', 'rights-holder*', 'rightsholder*', 'involv*', 'input', 'workers', 'trade union*', 'unions', 'ngos', 'civil society', 'communities', 'affected ... people|communities|workers|stakeholders|groups|rights-holders', 'representatives', 'perspectives', 'voices', 'together with', 'interviews', 'conversations', 'experiences', 'sessions', 'meetings', 'community', 'affected'],
  },
  exclude: {
    nl: ['@placeholders', 'overname*', 'fusie*', 'acquisitie*', 'm&a', 'financiele due diligence', 'boekenonderzoek', 'kyc', 'ken uw klant', 'klantonderzoek', 'clientenonderzoek', 'cdd', 'wwft', 'witwas*', 'productveiligheid', 'veiligheid van ... producten', 'fiscal*', 'fiscale', 'belasting*', // a credit or registration check before a takeover or on onboarding: financial screening, not the dialogue
      'kredietcheck*|kredietwaardig*|kredietcontrole*|kredietbeoordeling*|kredietrapport*|kredietinformatie', 'overnemen|overneemt|overnamen ... bedrijf|bedrijven|onderneming*', 'bedrijf|bedrijven|onderneming* ... overnemen|overneemt|overnamen', // a desk study by itself, not one that is checked with the rights holders
      'deskstudie*|deskresearch|bureaustudie*|bureauonderzoek & adviesbureau*|consultant*|extern*|openbare|openbaar|rapporten|bronnen|literatuur|indices|index|databases|data|cijfers', 'desk research|onderzoek|studie & adviesbureau*|consultant*|extern*|openbare|openbaar|rapporten|bronnen|literatuur|indices|index|databases|data|cijfers', 'literatuuronderzoek', 'los van', 'staat los', 'apart van', 'losstaand*', 'software', 'it-project*', 'ict', 'cyber*', 'informatiebeveiliging', 'verzekeraar*', 'brand',
      // round 9: customer complaints and audits by themselves are not stakeholders in the due-diligence process
      'klachten|feedback ... van ... klanten|consumenten|afnemers', 'klantklacht*|klanttevredenheid*|consumentenklacht*', 'kwaliteitsproblem*|kwaliteitsklacht*', 'audit|audits|auditors ... helpen|helpt|hielpen'],
    en: ['@placeholders', 'acquisition*', 'merger*', 'm&a', 'takeover*', 'financial due diligence', 'kyc', 'know your customer', 'know-your-customer', 'customer due diligence', 'cdd', 'money laundering', 'aml', 'product safety', 'tax', 'tax due diligence', // a credit or registration check before a takeover or on onboarding: financial screening, not the dialogue
      'credit check|checks|rating|ratings|score|scores|report|reports|screening', 'creditworth*', 'credit-worth*', 'take|takes|taking|took over ... company|companies|business|businesses|firm|firms', // a desk study by itself, not one that is checked with the rights holders
      'desk study|studies|research|review|based|exercise & consultant*|consultancy|adviser*|advisor*|agency|firm|external|public|published|reports|sources|literature|indices|index|databases|data|scores', 'literature review', 'separate from', 'apart from', 'independent of', 'conflict-affected', 'software', 'it project*', 'cyber*', 'information security', 'insurer*', 'fire',
      // round 9: customer complaints and audits by themselves are not stakeholders in the due-diligence process
      'customer|customers|consumer|consumers|client|clients ... complaint|complaints|feedback|satisfaction', 'quality ... issues|problems|defects|complaints', 'audit|audits|auditors|auditing ... help|helps|helped|enable|enables|allow|allows'],
  },
  aspects: [
    {
      id: 'oecd-step',
      title: { nl: 'welke stap van het OESO-due-diligenceproces', en: 'which step of the OECD due diligence process' },
      signals: {
        nl: ['stap 1|2|3|4|5|6', 'stap een|twee|drie|vier|vijf|zes', 'eerste|tweede|derde|vierde|vijfde|zesde stap', 'verankeren ... beleid', 'verankering', 'identificeren ... risico*|impact|effecten|gevolgen', 'beoordelen ... risico*|impact', 'prioriter*', 'voorkomen|beperken|mitigeren|stoppen|beeindigen ... risico*|impact|effecten|gevolgen|negatieve', 'monitoren|monitoring|volgen ... uitvoering|resultaten|maatregelen|voortgang', 'communiceren ... aanpak|maatregelen|resultaten', 'herstel*', 'remedi*', 'klachtenmechanisme*'],
        en: ['step 1|2|3|4|5|6', 'step one|two|three|four|five|six', 'first|second|third|fourth|fifth|sixth step', 'embed*', 'identify* ... impacts|risks', 'assess* ... impacts|risks', 'prioriti*', 'prevent* ... mitigat*', 'cease ... prevent*', 'mitigat*', 'track* ... implementation|results|effectiveness|progress', 'monitor*', 'communicat* ... how ... impacts|addressed', 'remedia*', 'remedy', 'grievance*'],
      },
    },
    {
      id: 'risk-analysis',
      title: { nl: 'de koppeling met de risicoanalyse', en: 'the link with the risk analysis' },
      signals: {
        nl: ['risicoanalyse*', 'risico-analyse*', 'risico-inventarisatie', 'risicobeoordeling*', 'risicoprioriter*', 'prioritering', 'risico\'s ... in kaart', 'in kaart ... risico*', 'impactanalyse*', 'mensenrechtenrisico*', 'risicoprofiel*', 'salient*'],
        en: ['risk assessment*', 'risk analysis', 'risk analyses', 'risk mapping', 'risk map', 'risk profile*', 'human rights impact assessment*', 'hria', 'impact assessment*', 'saliency', 'salient', 'prioriti* ... risks|impacts', 'map* ... risks', 'identify* ... risks|impacts'],
      },
    },
  ],
  skeleton: {
    nl: '<!-- Beschrijf bij welke stap(pen) van het due-diligenceproces de dialoog hoort en hoe de inbreng van stakeholders daarin doorwerkt. -->\n\n- Stap(pen) van het OESO-due-diligenceproces: [invullen]\n- Koppeling met onze risicoanalyse: [invullen]',
    en: '<!-- Describe which step(s) of the due diligence process the dialogue serves and how stakeholder input feeds into it. -->\n\n- Step(s) of the OECD due diligence process: [fill in]\n- Link with our risk analysis: [fill in]',
  },
};
