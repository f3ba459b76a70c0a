import type { ElementDefinition } from '../types.js';

export const commitment: ElementDefinition = {
  id: 'commitment',
  group: 'general',
  levels: { 'dialogue-plan': 'recommended', policy: 'required' },
  source: { nl: 'SER-factor 2: uw eigen commitment voor de dialoog', en: 'SER factor 2: your own commitment to the dialogue' },
  title: { nl: 'Ons commitment', en: 'Our commitment' },
  summary: {
    nl: 'Beschrijf waartoe uw organisatie zich verplicht: negatieve impact voorkomen en herstellen, processen aanpassen op wat u leert, en tijd en continuïteit voor de dialoog.',
    en: 'Describe what your organisation commits to: preventing and remedying adverse impact, changing processes on what you learn, and time and continuity for the dialogue.',
  },
  explanation: {
    nl: 'Hier maakt u concreet hoe serieus u de dialoog neemt. Dat blijkt uit de bereidheid om de zorgen van stakeholders echt te begrijpen, om negatieve gevolgen te voorkomen, aan te pakken of te herstellen, en om uw werkwijze of inkooppraktijk aan te passen op wat het gesprek oplevert. Ook de tijd en mensen die u vrijmaakt, en de afspraak dat de dialoog niet bij één gesprek blijft, horen hierbij. Eén zin waarin u de SDG\'s of de OESO-richtlijnen onderschrijft, volstaat niet.',
    en: 'Here you make concrete how seriously you take the dialogue. That shows in your readiness to truly understand stakeholders\' concerns, to prevent, address or remedy adverse impact, and to change your way of working or purchasing practices on what the conversation brings. The time and people you set aside, and the promise that the dialogue will not stop after one meeting, belong here too. A single sentence endorsing the SDGs or the OECD Guidelines is not enough.',
  },
  why: {
    nl: 'Stakeholders stemmen hun inzet af op die van u. Als zij zien dat u bereid bent iets te veranderen en er tijd in steekt, is het de moeite waard om mee te doen. Door de dialoog in uw IMVO-beleid vast te leggen, weten zij bovendien waar ze u op kunnen aanspreken.',
    en: 'Stakeholders match their effort to yours. When they see that you are prepared to change something and put time into it, taking part is worth their while. Writing the dialogue into your RBC policy also tells them what they can hold you to.',
  },
  headings: {
    nl: ['commitment', 'ons commitment', 'onze inzet', 'inzet', 'toewijding', 'onze belofte', 'onze toezegging*', 'wat ... van ons ... verwachten', 'wat wij doen', 'waartoe ... verplichten|committeren', 'onze verantwoordelijkheid', 'verantwoordelijkheid ... nemen', 'beleidsverklaring', 'verklaring', 'tijd en middelen', 'middelen', 'capaciteit ... middelen', 'herstel', 'herstel en verhaal', 'herstelmaatregelen', 'remedi*', 'continuiteit', 'verankering ... beleid', 'leren en verbeteren', 'wat ... we|wij ... beloven|toezeggen|inbrengen|bijdragen', 'wat ... we|wij ... op tafel leggen', 'onze ... belofte*|beloftes|bijdrage|inbreng'],
    en: ['commitment', 'our commitment*', 'our pledge', 'what we commit to', 'what you can expect from us', 'our responsibilit*', 'statement of commitment', 'policy statement', 'resources', 'time and resources', 'remedy', 'remediation', 'access to remedy', 'providing remedy', 'continuity', 'leadership commitment', 'management commitment', 'acting on ... findings|feedback|concerns|input', 'learning and improving', 'embedding ... policy|engagement', 'what we ... promise|pledge|bring|contribute', 'our part', 'our ... promise*|contribution'],
  },
  signals: {
    nl: [
      'negatieve ... impact|effecten|gevolgen ... voorkomen|beperken|aanpakken|adresseren|herstellen|verhelpen|herstel*', 'voorkomen|beperken|aanpakken|adresseren|herstellen ... negatieve ... impact|effecten|gevolgen', 'herstel* ... schade', 'herstel ... bieden|mogelijk|bijdragen', 'bijdragen aan herstel', 'zorgen|zorgt|zorg ... voor herstel', 'toegang tot herstel', 'genoegdoening|schadeloosstell*',
      'verantwoordelijkheid ... nemen ... impact|gevolgen|risico*|schade', 'bedrijfsvoering ... aanpassen|aanpassingen|veranderen|wijzigen|bijsturen', 'aanpassen|aanpassingen|veranderen|herzien|bijstellen ... bedrijfsvoering|inkooppraktijk*|bedrijfsprocessen|processen|werkwijze', 'inkooppraktijk* ... aanpassen|herzien|verbeteren|veranderen',
      'inzichten|lessen|uitkomsten|bevindingen ... dialoog|gesprek*|stakeholders ... beleid|processen|bedrijfsvoering|inkoop*|besluit*', 'inzichten|lessen|inbreng|input|signalen ... meenemen|verwerken|gebruiken ... beleid|processen|bedrijfsvoering|inkoop*|besluit*|aanpak', 'leren van ... dialoog|gesprek*|stakeholders|rechthebbenden',
      'serieus ... nemen ... zorgen|signalen|klachten|inbreng|belangen', 'zorgen|belangen ... stakeholders|rechthebbenden|deelnemers ... begrijpen', 'oprecht* ... begrijpen|luisteren|interesse', 'tijd ... investeren|vrijmaken|reserveren|uittrekken|nemen ... dialoog|gesprek*|stakeholders', 'investeren ... tijd', 'reserveren|vrijmaken ... tijd|dagen|uren|budget|middelen', 'tijd|dagen|uren|budget ... vrij ... dialoog|gesprek*|stakeholders', 'budget|middelen|capaciteit ... dialoog|stakeholder*|gesprek*|imvo',
      'doorlopend* ... dialoog|gesprek*|contact|overleg', 'structure* ... dialoog|overleg|gesprek*', 'continuiteit ... dialoog|gesprek*|contact', 'langetermijn* ... dialoog|relatie|samenwerking', 'lange termijn ... dialoog|relatie|samenwerking|betrokken', 'meerjarig* ... dialoog|traject|samenwerking|programma', 'blijven ... in gesprek|dialoog', 'blijven ... met ... in gesprek', 'in gesprek blijven', 'dialoog ... voortzetten|voortgezet|continueren',
      'stakeholderdialoog|dialoog ... opgenomen|verankerd|vastgelegd ... beleid|imvo*', 'wij|we ... committeren ... dialoog|herstel*|voorkomen|aanpakken|stakeholder*|betrekken', 'wij|we ... verplichten ons ... dialoog|herstel*|voorkomen|aanpakken', 'wij|we zijn bereid', 'bereidheid',
      // willing to change our own practices on what the dialogue shows
      'bereid ... te|om ... veranderen|aanpassen|herzien|wijzigen|bijdragen|investeren|herstellen|compenseren', 'aanpassing*|verandering*|wijziging*|veranderen|aanpassen|wijzigen|herzien|bijstellen|bijsturen & onze|eigen & inkoop*|prijs*|prijzen|planning|betaaltermijn*|levertijd*|werkwijze|bedrijfsvoering|processen|orders|assortiment|ontwerp*|strategie|collectieplanning|inkoopkalender', 'passen ... onze|eigen ... inkoop*|prijs*|planning|levertijd*|werkwijze|strategie ... aan',
      'handelen|acteren ... naar|op ... wat ... horen|leren|zien',
      // a change promised for when the dialogue shows it is needed ("wij gaan de roosters aanpassen als blijkt dat ...")
      'we|wij ... aanpassen|passen|veranderen|wijzigen|bijstellen|herzien & als|wanneer|indien|zodra|waar ... blijkt|blijken|uitwijst', 'aan de slag ... met ... signalen|uitkomsten|inbreng|resultaten|zorgen', 'doen ... iets ... met ... signalen|uitkomsten|inbreng|zorgen',
      'herstel ... in gang', 'nemen|neemt ... zorgen|signalen|klachten ... serieus',
      // Dutch separable verbs: dragen bij, pakken aan, stellen bij, nemen mee
      'dragen|draagt ... bij ... aan ... herstel|compensatie|schadeloosstelling|oplossing*', 'pakken|pakt ... negatieve|misstanden|problemen|risico*|schade ... aan', 'stellen|stelt ... onze|ons ... beleid|aanpak|werkwijze|inkoop*|planning|prijzen ... bij', 'nemen|neemt ... inzichten|uitkomsten|signalen|inbreng|lessen ... mee ... in|bij ... beleid|besluit*|inkoop*|keuzes|aanpak',
      // staff time, senior involvement and budget for the dialogue
      'dag|dagen|uur|uren|week|weken|fte & per ... week|maand|jaar|seizoen|kwartaal & manager|projectleider|coordinator|medewerker|team|directeur|eigenaar|specialist*|functionaris|verantwoordelijke', 'eigenaar|directeur|directie|ceo|bestuurder*|bestuur & deel|zelf|aanwezig|tafel & @dialogue', 'budget|begroot|begroting & per ... jaar|maand|@dialogue|traject|programma|dialoogplan', 'trekken|trekt ... budget ... uit',
      // what we hear is used to adjust our own policy (om ... bij te stellen)
      'wat ... we|wij ... horen|leren|ophalen|terugkrijgen|zien & gebruiken|benutten|verwerken|meenemen|gebruikt & bij ... stellen|aan ... passen|herzien|verbeteren|wijzigen|veranderen|aanscherpen', '*beleid|richtlijnen|aanpak|werkwijze|criteria|strategie ... bij te stellen', '*beleid|richtlijnen|aanpak|werkwijze|criteria|strategie ... aan te passen|scherpen', '*beleid|richtlijnen|aanpak|werkwijze|criteria|strategie ... te herzien|wijzigen|verbeteren', 'op basis van ... inbreng|signalen|gesprekken|uitkomsten|adviezen ... passen|stellen|scherpen ... aan|bij',
      'passen|stellen ... we|wij ... die|deze|de|het|onze ... planning|beleid|werkwijze|aanpak|prijzen|orders|levertijden|inkoop|specificaties|ontwerp*|criteria ... aan|bij',
      // what they tell us about our own way of working, we change
      '@stakeholders|zij|ze ... vertellen|vertelt|melden|aangeven|signaleren & onze|ons & passen|stellen ... we|wij ... dat|dit|het|die|deze ... aan|bij', 'vertellen|vertelt|melden|signaleren ... @stakeholders|zij|ze ... ons & onze & passen|stellen ... we|wij ... dat|dit|het|die|deze ... aan|bij',
      // people and money set aside
      'fte|voltijdsbaan|formatieplaats* & team|daarvoor|vrijgemaakt|beschikbaar|ingezet|gereserveerd|@dialogue|traject|programma|engagement*', 'vrijgemaakt|gereserveerd|uitgetrokken|begroot ... voor ... @dialogue|gesprekken|traject|herstel|programma|komende', 'tijd|budget|middelen|capaciteit|fte|reisbudget ... vrijgemaakt|gereserveerd|uitgetrokken', 'tijd|budget|middelen|capaciteit|fte|reisbudget ... beschikbaar gesteld', 'nemen|neemt ... verantwoordelijkheid ... risico*|schade|impact|gevolgen|misstanden|voorkomen|aanpakken|herstel*', 'zetten|zet ... invloed|hefboom ... in & stoppen|herstel*|beeindig*|voorkomen|aanpakken', 'voltijdsfunctie*|voltijdfunctie*|voltijdsbanen|voltijdbanen', 'wat ... we|wij ... horen|leren|ophalen ... nemen|neemt ... mee ... herziening|beleid|*beleid|besluit*|aanpak', 'trekken|trekt ... dagen|week|weken|maanden|tijd ... uit', 'naar ... vorm|vormen van herstel|genoegdoening|compensatie',
      'fte & trekken|trekt|uitgetrokken',
      // as organisations word it in published policies and reports
      'rekening ... met ... inbreng|input|mening*|zorgen|wensen|advies|adviezen|feedback|standpunten', 'continuiteit ... waarborgen|borgen|garanderen|verzekeren', 'structurele|continue|blijvende|langdurige|langjarige ... inzet', 'nauw ... samen ... oplossing*', 'verwerken|verwerkt|integreren|integreert|meenemen ... stem|stemmen|mening*|inbreng|zorgen ... in ... besluit*|planning|beleid|plannen|ontwerp',
      'rekening mee & inbreng|input|advies|adviezen|feedback|mening*|zorgen|wensen',
      'beleid ... verder|steeds ... ontwikkelen|ontwikkeld & informatie*|signalen|inbreng|gesprek*|uitwisseling', 'leerpunten|lessen & beleid|*beleid & opgesteld|ontwikkeld|geschreven|samen', 'committeert|committeren|verbindt|verbinden ... zich ... aan ... verbeteren|verbetering|voorkomen|aanpakken',
      'aanscherpen|aangescherpt|verbeteren|bijstellen ... ons|onze ... beleid|strategie|aanpak & dialoog|input|inbreng|stakeholders|gesprek*', 'serieus ... meenemen|nemen & mening|inbreng|advies|adviezen', 'luisteren & goed|we|wij & producenten|boeren|telers|@stakeholders|hen|hun',
      'ons|onze ... beleid|strategie|aanpak ... aanscherpen|bijstellen|verbeteren & dialoog|input|inbreng|stakeholders|gesprek*', 'ons|onze ... beleid|strategie|aanpak ... aan te scherpen & dialoog|input|inbreng|stakeholders|gesprek*',
      // round 9: general frames (remedy and putting right, acting on complaints and abuses found, measures to prevent/limit harm, learning and changing own policy, people and means, continuity, governance of the dialogue)
      'recht ... zetten|zet|gezet', 'rechtzetten|rechtgezet|goedmaken|goedgemaakt', 'schade|fout|fouten|situatie ... goed te maken', 'slachtoffers|getroffen*|gedupeerde*|benadeelde* & herstel*|compensatie|compenseren|gecompenseerd|schadevergoeding|genoegdoening|verhaal',
      'klachten|meldingen|signalen|grieven|misstanden|schendingen|overtredingen|incidenten ... afhandelen|afgehandeld|oplossen|opgelost|onderzoeken|onderzocht', 'klachten|meldingen|signalen|grieven|misstanden|schendingen|overtredingen|incidenten ... opvolgen|opgevolgd|aanpakken|aangepakt|adresseren|geadresseerd|verhelpen|verholpen',
      'handelen|handelt ... klachten|meldingen|signalen|grieven ... af', 'handelen|handelt ... af & klacht*|melding*|signaal|signalen', 'lossen|lost ... klachten|problemen|misstanden|knelpunten|schendingen|geschillen ... op', 'pakken|pakt ... klachten|signalen|zorgen|knelpunten|schendingen|overtredingen|oorzaken ... aan',
      'nemen|neemt ... passende|nodige|gerichte|directe|onmiddellijk|concrete|adequate ... maatregelen|actie|acties|stappen', 'maatregelen|stappen|acties ... om ... te ... voorkomen|beperken|verminderen|stoppen|beeindigen|herstellen|verhelpen|mitigeren', 'maatregelen|stappen|acties ... om ... aan te pakken', 'maatregelen|stappen|acties|verbeterplan ... om ... op te lossen',
      'komen|komt ... in actie', 'actie ... ondernemen|ondernemen & misstand*|signaal|signalen|klacht*|schending*|melding*|overtreding*', 'nemen|neemt ... meldingen|kritiek|feedback|grieven|opmerkingen ... serieus', 'klachten|meldingen|zorgen|signalen|kritiek|feedback ... nemen|neemt ... serieus',
      'op basis van ... feedback|signalen|inbreng|ervaringen|lessen|leerpunten|klachten|input|inzichten|adviezen|aanbevelingen & verbeter*|aanpass*|passen|bijstel*|stellen|herzien|aanscherp*|scherpen', 'naar aanleiding van ... feedback|signalen|inbreng|ervaringen|lessen|klachten|input|inzichten|adviezen|aanbevelingen & verbeter*|aanpass*|passen|bijstel*|stellen|herzien|aanscherp*|scherpen',
      'leren|leert|geleerd ... van ... klachten|meldingen|fouten|ervaringen|incidenten|signalen|wat', 'lessen|leerpunten ... verwerken|verwerkt|meenemen|toepassen|toegepast|gebruiken|benutten',
      'continu|voortdurend|steeds|blijvend ... verbeter* & onze|ons ... beleid|aanpak|werkwijze|processen|inkooppraktijk*', 'verbeter* ... onze|ons ... beleid|aanpak|werkwijze|processen|inkooppraktijk* ... continu|voortdurend',
      'passen|stellen|veranderen|wijzigen ... we|wij ... aan|bij & als|wanneer|indien|zodra|waar ... blijkt|blijken|uitwijst', 'gebruiken|benutten|aanwenden|zetten ... onze|ons ... invloed|hefboom & verbeter*|voorkomen|beperken|aanpakken|herstel*|stoppen|beeindig*|oplossen',
      'stellen|stelt ... middelen|budget|capaciteit|mensen|personeel ... beschikbaar', 'voldoende|benodigde|nodige|extra ... middelen|capaciteit|mensen|personeel|budget|fte',
      'verantwoordelijk|eindverantwoordelijk|verantwoordelijkheid ... voor & dialoog|stakeholderdialoog|stakeholders|klachten*|klachtenprocedure|herstel|imvo*|mensenrechten* & directie|bestuur|*manager|directeur|coordinator|afdeling|team|functionaris|officer|commissie',
      'blijven|blijft ... samenwerken|investeren|overleggen|luisteren|betrekken', 'regelmatig|periodiek ... overleg|overleggen|gesprek*|contact|dialoog & stakeholders|belanghebbenden|rechthebbenden|ngo*|vakbond*|maatschappelijke|gemeenschap*|werknemers|omwonenden',
      'betrekken|betrokkenheid ... van ... @stakeholders ... opgenomen|verankerd|vastgelegd|onderdeel|beschreven',
      'zetten|zet ... ons|zich ... in & voorkomen|verbeteren|verbetering*|aanpakken|herstel*|oplossen|beperken|uitbannen|tegengaan', 'zetten|zet ... ons|zich ... in & aan te pakken', 'zetten|zet ... ons|zich ... in & op te lossen',
      'werken|werkt ... aan ... betere|verbetering|verbeteren ... arbeidsomstandigheden|werkomstandigheden|omstandigheden|lonen|leefomstandigheden',
      'als|wanneer|indien|zodra ... we|wij ... constateren|signaleren|vaststellen|ontdekken|aantreffen|zien|vinden|stuiten|horen|ontvangen & gaan|treden|nemen|zoeken|werken|pakken|spreken|bespreken|ondernemen|onderzoeken|helpen|ondersteunen ... we|wij',
      'als|wanneer|indien|zodra ... misstanden|problemen|risico*|schendingen|overtredingen|klachten|signalen ... worden|wordt ... geconstateerd|gesignaleerd|vastgesteld|ontdekt|aangetroffen|gemeld|gevonden & we|wij',
      'nemen|neemt ... verantwoordelijkheid & aan te pakken', 'nemen|neemt ... verantwoordelijkheid & op te lossen', 'nemen|neemt ... verantwoordelijkheid & te voorkomen|herstellen|verbeteren|beperken|verhelpen',
      'bijdragen|bijdraagt ... aan ... oplossen|oplossing*|verbetering|verbeteren|herstel', 'zoeken|zoekt|gezocht ... naar ... oplossing*', 'oplossingen ... zoeken|vinden|ontwikkelen',
      'aangesteld|benoemd|aanstellen|aangenomen & coordinator|manager|functionaris|medewerker|team|commissie|specialist & mvo|imvo|mensenrechten|duurzaam*|duurzaamheid*|maatschappelijk*|stakeholders|dialoog|klachten*',
      'staan|staat|sta ... open ... voor ... feedback|dialoog|gesprek*|suggesties|kritiek|input|vragen|zorgen|signalen', 'in gesprek|dialoog|contact ... te blijven', 'streven|streeft ... naar|ernaar & voorkomen|beperken|verbeteren|verbetering|herstel*|aanpakken|oplossen',
      'spreken|spreekt ... leverancier*|fabriek*|partners|hen|ze|producent* ... aan ... op', 'verantwoord* & beeindig*|uittreden|terugtrekken|afbouwen & samenwerking|relatie|relaties|leverancier*|contract*',
      'we|wij|ik & samen ... oplossen|aanpakken|verbeteren', 'we|wij|ik & samen ... op te lossen', 'we|wij|ik & samen ... aan te pakken',
      'inbreng|input|feedback|signalen|zorgen|mening*|adviezen|wensen ... wordt|worden ... meegenomen|verwerkt|gebruikt ... bij|in|voor ... beleid|besluit*|keuzes|aanpak|strategie|plannen',
    ],
    en: [
      'prevent* ... mitigat*|address*|remed*', 'address*|remed*|mitigat* ... adverse|negative ... impact*|effects', 'provide|enable|cooperate|contribute ... remedy|remediation', 'access to remedy', 'remediat* ... adverse|impact*|harm|affected', 'cease ... prevent*', 'take responsibility ... impact*|harm', 'make good', 'compensat* ... affected|workers|victims',
      'adjust*|adapt*|change|changing|revise|revising|improv* ... our ... practices|processes|policy|policies|operations|approach|strategy|business', 'business processes ... adjust*|adapt*|change*', 'purchasing practices ... adjust*|adapt*|change*|revise*|review*|improv*',
      // what we hear is used to adjust our own policy
      'what ... we ... hear|learn|told|hearing|learning & use|used|feed*|apply & adjust|revise|refine|update|change|sharpen|tighten|improve', 'to ... adjust|revise|refine|update|sharpen|tighten ... our ... policy|policies|guidelines|criteria|approach|strategy|exclusion*|voting',
      'if|where|when ... @dialogue ... show|shows|reveal*|find|finds & we ... will ... change|adjust|adapt|revise|stop|end|remedy',
      // what they tell us about our own way of working, we change
      '@stakeholders|they ... tell|tells|report|raise|show ... us & our & we ... adjust|change|adapt|fix|correct ... it|this|that',
      // people and money set aside
      'fte|ftes|full-time & team|dedicated|allocated|assigned|reserved|engagement|@dialogue|programme|program', 'dedicated ... team|staff|person|manager|officer|engagement', 'allocated|reserved|earmarked|budgeted|ring-fenced ... fte|days|hours|budget|staff|time|funds|funding', 'budget|time|staff|funds|funding ... allocated|reserved|earmarked|ring-fenced', 'budget|time|staff|funds|funding ... set aside',
      'insights|learnings|lessons|findings|input|feedback ... our ... decisions|policy|policies|practices|processes|strategy', 'act on ... insights|findings|concerns|feedback|input|learn', 'use ... input|feedback|insights ... to ... improve|adjust|change|shape|inform', 'learn from ... stakeholders|dialogue|engagement|rights-holder*|rightsholder*',
      'take ... concerns ... seriously', 'understand ... concerns|interests|perspectives', 'genuin* ... understand|listen|interest', 'invest* ... time', 'reserve*|set ... aside|days|hours|time|budget ... dialogue|engagement|meetings|stakeholders', 'commit* to ... continu*|remed*|address*|prevent*|adjust*|dialogue|engag*|listen*|act|acting', 'time ... invest*', 'dedicate* ... time|resources|staff|budget', 'allocat* ... resources|budget|time|staff', 'budget|resources|staff ... dialogue|engagement|stakeholder*',
      'ongoing ... dialogue|engagement|relationship|conversation*', 'continuous|structural* ... dialogue|engagement', 'continu* ... dialogue|engagement|conversation*', 'long-term ... dialogue|engagement|relationship*|partnership*', 'multi-year ... dialogue|engagement|programme|program|partnership', 'stay|remain ... engaged', 'keep ... dialogue ... going|open', 'continuity',
      'stakeholder engagement|dialogue ... embedded|integral|written|part ... policy|policies|rbc|strategy', 'embed* ... stakeholder engagement|dialogue', 'embed* ... dialogue', 'we commit to ... dialogue|engag*|remed*|address*|prevent*|continu*|listen*|act', 'we are committed to ... dialogue|engag*|remed*|address*|prevent*|listen*|learn*', 'willing* ... to ... adjust|change|remed*|address|invest|prevent|act|listen',
      // willing to change our own practices on what the dialogue shows
      'prepared|ready ... to ... adjust|change|revise|adapt|remed*|address|invest|contribute|compensate', 'change|changes|adjust*|revise*|adapt*|alter & our|own & planning|ordering|orders|prices|pricing|purchasing|sourcing|payment|practices|processes|designs|specifications|strategy|calendar|forecast*|terms', 'will ... compensate ... workers|affected|people|communities',
      'act on ... what ... hear|learn|find|see', 'follow through on ... what|concerns|findings|outcomes', 'take action on ... concerns|findings|outcomes|signals',
      // staff time, senior involvement and budget for the dialogue
      'day|days|hour|hours|week|weeks|fte & per ... week|month|year|season|quarter & manager|coordinator|lead|head|officer|team|director|owner|specialist*|staff', 'ceo|director|board|owner|executive*|management & attend*|join*|participat*|take|takes & @dialogue', 'budget & per ... year|month', 'budget & @dialogue|programme|program|plan', 'full-time|part-time & manager|coordinator|lead|officer|specialist*|staff|project', 'use|using|exercise ... our ... influence|leverage ... to & stop|stopped|end|ended|prevent|remedy|cease|address|ensure|secure|improve|promote|drive|encourage|respect', 'what ... we ... hear|learn ... feed*|take*|bring* ... into ... review|revision|policy|policies|decision*',
      // as organisations word it in published policies and reports
      'take|takes|taking|taken ... views|concerns|input|feedback|opinions|interests|needs ... into account', 'into account & views|concerns|input|feedback|opinions|voices|interests|needs & @stakeholders|their|them|local', 'integrat*|incorporat*|reflect* ... voices|views|opinions|concerns|input|feedback ... into|in ... decision*|planning|policy|policies|plans|design*|project*', 'open mind & improv*|consult*|feedback|views', 'respond* to ... their|the|community|stakeholder*|committee*|local ... recommendations|concerns|feedback|suggestions|views|demands|needs', 'in response to ... results|feedback|concerns|recommendations|suggestions|input|views',
      'committed to & improv*|reduc* & risk*|impact*', 'respond*|responding ... to ... challenges|issues|concerns|grievances|problems & brought|raised|reported',
      'terminat*|ending|end & giving|give ... up ... opportunity|influence|leverage', 'terminat*|ending|end & lose|losing ... opportunity|influence|leverage',
      'involv*|involving ... @stakeholders ... in ... decisions|decision', 'providing remediation|remedy', 'input|feedback|insights|data|findings ... inform|informs|shape|shapes ... our ... strategy|policy|policies|approach|decisions & @stakeholders|their|they|@dialogue',
      // round 9: general frames (remedy and putting right, acting on grievances and abuses found, measures to prevent/mitigate harm, learning and changing own policy, people and resources, continuity, governance of engagement)
      'put|putting ... things|it|matters|harm|this|situation ... right', 'put|putting right', 'make|making ... amends', 'ensure|ensuring|secure|securing|facilitate|facilitating|support|supporting ... remedy|remediation|redress', 'receive|receives|obtain|obtains|access ... remedy|remediation|redress',
      'remedy|remediation|redress|reparation* & victims|affected|harm|abuse*|rights-holders|rightsholders', 'remediat* ... cases|case|victims|abuses|child|children',
      'we|wij & resolv*|remed*|rectif*|redress* & grievances|grievance|complaints|complaint|concerns|issues|problems|violations|breaches|abuses|cases|incidents', 'address|addresses|addressed|addressing ... grievances|complaints|concerns|violations|breaches|abuses|non-compliance*|allegations',
      'grievances|complaints|concerns|violations|breaches|abuses|allegations|reports ... are|is|be ... addressed|resolved|remedied|remediated|rectified|investigated|acted', 'grievances|complaints|concerns|allegations & are|is|be ... addressed|resolved|remedied|remediated|rectified|investigated',
      'take|takes|taking ... grievances|complaints|concerns|reports|allegations|signals|every|all|each ... seriously',
      'investigat* & take|taking|takes & action|actions|measures|steps', 'act|acts|acting ... on|upon ... concerns|grievances|complaints|findings|feedback|reports|allegations|signals|issues',
      'take|takes|taking ... appropriate|necessary|immediate|swift|prompt|timely|decisive|concrete ... action|actions|measures|steps', 'take|takes|taking ... action|actions|measures|steps ... to ... address|stop|end|prevent|remedy|resolve|mitigate|remediate|correct|rectify|reduce|eliminate|tackle|combat',
      'measures|steps|actions|action ... to ... mitigate|prevent|reduce|address|tackle|minimise|minimize ... risk*|impact*|harm|abuse*|violation*',
      'seek|seeks|aim|aims|strive|strives|work|works|endeavour|endeavor ... to ... end|stop|cease|prevent|mitigate|remedy|remediate|eliminate|tackle|resolve', 'cease|stop|end|ending|ceasing ... contribution|contributing|causing|involvement',
      'take|takes|taking ... our|full|its ... responsibility ... to|for ... prevent*|address*|remed*|mitigat*|impact*|harm',
      'review|reviews|reviewed|update|updates|updated|revise|revised|improve|improved|refine|refined ... policy|policies|approach|practices|procedures|processes|strategy|programme|program & based|informed|light|response|drawing|reflect* ... feedback|lessons|learnings|insights|input|experience*|recommendations|concerns',
      'strengthen|strengthened|adjust|adjusted|adapt|adapted ... policy|policies|approach|practices|procedures|processes|strategy|programme|program & based|informed|light|response|drawing|reflect* ... feedback|lessons|learnings|insights|input|experience*|recommendations|concerns',
      'lessons learned|learnt & policy|approach|practices|procedures|processes|improve*|adjust*|update*|revise*', 'feedback|input|insights|lessons|learnings|recommendations|concerns ... help*|enable*|allow* ... us ... to ... improve|adjust|refine|strengthen|update|shape|sharpen|change',
      'use|uses|using ... outcome*|lessons|learnings|conclusions ... to ... review|revise|update|adjust|improve|inform|shape|sharpen|refine',
      'learn|learning|learned|learnt ... from ... mistakes|experience|grievances|complaints|incidents|cases|feedback', 'continuous*|continual*|constantly ... improve|improving|strengthen|strengthening|refine|refining ... our|this ... approach|policy|policies|practices|processes|programme|program|efforts',
      'review|reviews|reviewing|assess|assessing|evaluate|evaluating|examine ... our|own ... purchasing|sourcing|buying ... practices|practice|decisions',
      'sufficient|adequate|necessary|appropriate ... resources|staff|staffing|budget|capacity|personnel|expertise',
      'responsible|accountable|responsibility for & board|executive*|management|ceo|director*|manager|officer|committee|team|department & @dialogue|stakeholder*|grievance*|remed*', 'oversight of|over & board|executive*|management|ceo|director*|manager|officer|committee|team|department & @dialogue|stakeholder*|grievance*|remed*', 'oversee|oversees|overseeing & board|executive*|management|ceo|director*|manager|officer|committee|team|department & @dialogue|stakeholder*|grievance*|remed*',
      'continue|continues ... to ... engage|consult|listen|talk|meet|dialogue', 'continue|continues|continuing ... to do so', 'regular|regularly|ongoing|periodic|periodically ... engage*|consult*|meet*|dialogue|talk*|conversations & stakeholder*|rightsholder*|rights-holder*|ngo*|union*|communit*|workers|civil', 'engage|engages|engaging|consult|consults|meet|meets & regular|regularly|periodic|periodically|ongoing|continuous|continuously|frequently & stakeholder*|rightsholder*|rights-holder*|ngo*|union*|communit*|workers|civil',
      'stakeholder engagement|dialogue|consultation ... described|anchored|enshrined|integrated|embedded|included|reflected|outlined|defined ... in ... our|this ... policy|policies|code|strategy|procedures', '@dialogue ... set|laid ... out|down ... in ... our|this ... policy|policies|code|strategy|procedures',
      'we|wij & follow|following|followed up & reports|report|complaints|complaint|grievances|grievance|concerns|allegations', 'stop|end|halt|cease ... the|any|such ... abuse|abuses|violation|violations|exploitation|harm',
      'commit*|committed|pledge* ... to ... improv* ... working|labour|labor|living ... conditions', 'our responsibility ... to ... address|prevent|remedy|remediate|mitigate|tackle|improve',
      'if|where|when|should ... issues|problems|risks|violations|abuses|breaches|cases|concerns|irregularities ... are|be|is ... found|identified|detected|discovered|raised|reported|observed & we|wij ... will|work|take|engage|discuss|act|seek|investigate|address|support|contact|help|agree|start|enter',
      'if|where|when ... we ... find|identify|detect|discover|encounter|become|learn|receive|observe & we|wij ... will|work|take|engage|discuss|act|seek|investigate|address|support|contact|help|agree|start|enter',
      'appoint*|hired|recruited ... coordinator|officer|manager|specialist|lead|team|committee & human|rights|csr|sustainab*|rbc|ethic*|engagement|grievance*|stakeholder*',
      'work|working|works ... together|with ... to ... find|develop ... solution*', 'seek|seeking|find|finding|develop|developing ... joint|shared|lasting|sustainable|practical ... solutions', 'engage|engages|engaging ... with ... to ... address|resolve|remedy|remediate|improve|end|stop|prevent',
      'maintain*|maintaining ... open|constructive|regular|close|active|ongoing ... dialogue|relationship*|contact|conversation*', 'value|values|valued ... views|input|feedback|opinions|perspectives|insights & @stakeholders|their', 'listen|listening|listens ... to ... @stakeholders|their|concerns|voices|views|feedback', 'open to ... feedback|dialogue|suggestions|input|criticism|conversation*|concerns',
      'remedial ... measures|actions|action|steps|plan*', 'continue|continues ... to ... review|improve|strengthen|develop|build|enhance|refine|expand ... approach|policy|policies|practices|processes|programme|program|efforts|engagement|understanding|work',
      'meaningful* & engag*|consult*|dialogue & we|our', 'responsibl* ... disengag*|exit*|withdraw*',
      'we|i & solve|resolve|address|tackle ... together|jointly', 'we|i & together|jointly ... solve|resolve|address|tackle',
      'feedback|input|views|concerns|insights ... is|are ... used|incorporated|reflected|considered ... in|when ... our|the ... policy|policies|decisions|strategy|approach|planning',
    ],
  },
  cues: {
    nl: ['past|passen|pas ... aan', 'stelt|stellen ... bij', 'oplossen', 'op te lossen', 'commit*', 'inzet|tijd|budget|middelen|capaciteit|investe* & @dialogue|@stakeholders|imvo|herstel|mensenrechten|keten|traject|programma', 'zetten ... in & @dialogue|@stakeholders|imvo|herstel|mensenrechten|keten|traject|programma', 'bereid*', 'verantwoordelijk* & impact|schade|mensen|mensenrechten|keten|@stakeholders|gevolgen|risico*', 'voorkomen', 'aanpakken', 'adresseren', 'herstel*', 'remedi*', 'aanpass*', 'veranderen', 'verbeteren', 'leren', 'inzichten', 'continu*', 'doorlopend*', 'structure*', 'lange termijn', 'langetermijn*', 'beleid', 'serieus', 'begrijpen', 'zorgen', 'luisteren'],
    en: ['commit*', 'pledge', 'willing*', 'dedicat*', 'responsib* & impact*|harm|people|human|chain|@stakeholders|risk*', 'prevent*', 'address*', 'mitigat*', 'remed*', 'adjust*', 'adapt*', 'change*', 'improve*', 'learn*', 'insights', 'time|budget|resources|capacity|invest* & @dialogue|@stakeholders|rbc|remed*|human|programme|program|plan', 'continu*', 'ongoing', 'long-term', 'structural*', 'policy', 'seriously', 'understand*', 'concerns', 'listen*'],
  },
  ownMeasure: true,
  exclude: {
    nl: ['@placeholders', 'oeso-stap*', 'oeso stap*', 'stap 2|3|4|5', 'leveringszekerheid', 'continuiteit van ... levering|aanvoer|bevoorrading', 'bedrijfscontinuiteit', 'ons merk', 'onze reputatie', 'budget*|middelen|bedrag & campagne*', 'gecommitteerd|committeren|committeert ... respecteren|respect ... mensenrechten', 'onderschrijven|onderschrijft|ondertekend* ... sdg*|oeso*|ungp*|richtlijnen|principes|verklaring|global', 'sdg*', 'duurzame ontwikkelingsdoelen', 'global compact', 'wij|we ... respecteren ... mensenrechten', 'marketing*', 'sponsor*', 'reclame*', 'goede doel*', 'donatie*', 'inkoopcommitment', 'inkoopvolume*', 'committeren ... oeso*|richtlijnen|ungp*|mvo|imvo|sdg*', 'in lijn met ... oeso*|ungp*|richtlijnen', 'zes|6 stappen|fasen',
      // a price that follows a supplier's rising costs is a purchasing practice (fair-purchasing), not acting on the dialogue
      '*kosten|kosten ... stijgen|stijgt|toenemen|toeneemt|oplopen|oploopt & inkoopprijs*|prijs|prijzen|prijsafspraken',
      // the multi-year programme of a joint working group or covenant is that body's continuity, not the company's own commitment
      'werkgroep|convenant|platform|initiatief|coalitie|sectorinitiatief|brancheorganisatie & heeft|kent|loopt|volgt & meerjarig*',
      // round 9: risks to the company itself are not adverse impact on people
      'financiele|reputatie|commerciele|juridische|operationele ... risico*', 'reputatierisico*|bedrijfsrisico*'],
    en: ['business continuity', '@placeholders', 'oecd step*', 'step 2|3|4|5', 'continuity of supply', 'security of supply', 'supply security', 'our brand', 'our reputation', 'budget*|funds|amount & campaign*', 'committed|commit|commits to ... respect|respecting|upholding|uphold ... human rights', 'endorse*', 'subscribe to', 'signator*', 'sdg*', 'sustainable development goals', 'global compact', 'we respect ... human rights', 'marketing', 'sponsor*', 'advertising', 'charit*', 'donation*', 'purchasing commitment*', 'purchase volume*', 'purchasing volume*', 'more|extra|additional|fewer|larger ... orders', 'orders ... suspend*|increase*|reduc*|pause*', 'suspend*|increase*|reduc*|pause* ... orders', 'committed to ... responsible business conduct', 'committed to ... rbc|sustainability|sustainable|ungps|ungp|csr', 'in line with ... oecd|un ... guidelines|guiding', 'six|6 steps|stages',
      // a price that follows a supplier's rising costs is a purchasing practice (fair-purchasing), not acting on the dialogue
      'costs|cost ... rise|rises|risen|increase|increases|increased & price|prices|pricing',
      // the multi-year programme of a joint working group or covenant is that body's continuity, not the company's own commitment
      'working group|groups & has|have|runs|run & multi-year', 'covenant|platform|initiative|coalition & has|runs|follows & multi-year',
      // round 9: risks to the company itself are not adverse impact on people
      'financial|reputational|commercial|credit|market|liquidity|currency|legal ... risk|risks'],
  },
  aspects: [
    {
      id: 'remedy',
      title: { nl: 'bereidheid om negatieve impact te voorkomen, aan te pakken of te herstellen', en: 'willingness to prevent, address or remedy adverse impact' },
      signals: {
        nl: ['voorkomen', 'beperken', 'mitigeren', 'aanpakken', 'adresseren', 'herstel*', 'remedi*', 'verhelpen', 'genoegdoening', 'compensatie', 'schadeloosstell*', 'klachtenmechanisme*', 'klachtenprocedure*', 'toegang tot herstel'],
        en: ['prevent*', 'mitigat*', 'address*', 'remed*', 'remediat*', 'cease', 'redress', 'compensat*', 'make good', 'grievance*', 'access to remedy'],
      },
    },
    {
      id: 'process-change',
      title: { nl: 'bedrijfsprocessen aanpassen op wat u leert', en: 'adjusting business processes on what you learn' },
      signals: {
        nl: ['aanpass*', 'bijstellen', 'bijsturen', 'herzien', 'veranderen', 'verander*', 'wijzigen', 'bedrijfsvoering', 'bedrijfsprocessen', 'inkooppraktijk*', 'werkwijze', 'processen', 'leren van', 'lessen', 'verwerken ... beleid'],
        en: ['adjust*', 'adapt*', 'revise*', 'revising', 'change our', 'changes to our', 'business processes', 'purchasing practices', 'our practices', 'way we work', 'learn from', 'lessons', 'act on', 'improve our'],
      },
    },
    {
      id: 'time-continuity',
      title: { nl: 'geïnvesteerde tijd en continuïteit van de dialoog', en: 'time invested and continuity of the dialogue' },
      signals: {
        nl: ['tijd', 'uren', 'fte', 'budget', 'middelen', 'capaciteit', 'investe*', 'doorlopend*', 'structure*', 'continu*', 'lange termijn', 'langetermijn*', 'meerjarig*', 'jaarlijks', 'periodiek*', 'regelmatig', 'blijven', 'voortzetten', 'voortgezet'],
        en: ['time', 'hours', 'fte', 'budget', 'resources', 'staff', 'invest*', 'ongoing', 'continu*', 'structural*', 'long-term', 'multi-year', 'annual*', 'regular*', 'periodic*', 'over time', 'sustained'],
      },
    },
  ],
  skeleton: {
    nl: '<!-- Beschrijf waartoe uw organisatie zich verplicht: negatieve impact voorkomen en herstellen, processen aanpassen op wat u leert, en tijd en continuïteit voor de dialoog. -->\n\n- Hoe we negatieve impact voorkomen, aanpakken of herstellen: [invullen]\n- Hoe we onze processen aanpassen op wat we leren: [invullen]\n- Tijd, mensen en looptijd van de dialoog: [invullen]',
    en: '<!-- Describe what your organisation commits to: preventing and remedying adverse impact, changing processes on what you learn, and time and continuity for the dialogue. -->\n\n- How we prevent, address or remedy adverse impact: [fill in]\n- How we change our processes on what we learn: [fill in]\n- Time, people and duration of the dialogue: [fill in]',
  },
};
