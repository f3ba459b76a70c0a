import type { ElementDefinition } from '../types.js';

export const riskIdentification: ElementDefinition = {
  id: 'risk-identification',
  group: 'ngos',
  levels: { 'dialogue-plan': 'required', policy: 'required' },
  source: { nl: 'SER, commitment van ngo\'s, punt 1: risico\'s identificeren en erkennen', en: 'SER, NGO commitment, point 1: identifying and acknowledging risks' },
  title: { nl: 'Risico\'s voor mensen in de keten', en: 'Risks to people in the supply chain' },
  summary: {
    nl: 'Beschrijf hoe u risico\'s voor mensen in productielanden en op productielocaties in kaart brengt en erkent, met de rechthebbenden erbij en met oog voor uw eigen bijdrage.',
    en: 'Describe how you identify and acknowledge risks to people in production countries and at production sites, with rights holders involved and with an eye on your own contribution.',
  },
  explanation: {
    nl: 'Dit element gaat over uw toezegging om IMVO-risico\'s voor werknemers, boeren en gemeenschappen in uw keten op te sporen en ze ook te benoemen, samen met de mensen om wie het gaat. Daarbij hoort dat u verantwoordelijkheid neemt voor het voorkomen en aanpakken ervan en eerlijk kijkt naar wat uw bedrijf er zelf aan bijdraagt, bijvoorbeeld via prijzen of levertijden. Auditscores of risico\'s voor uw eigen bedrijf, zoals reputatie- of financiële risico\'s, tellen hier niet.',
    en: 'This element is about your commitment to find RBC risks to workers, farmers and communities in your chain and to name them, together with the people concerned. It includes taking responsibility for preventing and addressing them and looking honestly at what your company itself adds to them, for instance through prices or lead times. Audit scores or risks to your own company, such as reputational or financial risk, do not count here.',
  },
  why: {
    nl: 'Ngo\'s gaan pas serieus in gesprek met een bedrijf dat problemen niet ontkent of wegpoetst. Wie risico\'s openlijk erkent, de rechthebbenden laat meepraten en ook de eigen rol onder de loep neemt, laat zien dat de dialoog over echte verbetering gaat en niet over imago.',
    en: 'NGOs engage seriously only with a company that does not deny or gloss over problems. Openly acknowledging risks, letting rights holders have their say and examining your own role shows that the dialogue is about real improvement rather than image.',
  },
  headings: {
    nl: ['risico*', 'risicoanalyse', 'risico-inventarisatie', 'risicobeoordeling', 'risico-identificatie', 'risicoprioritering', 'mensenrechtenrisico*', 'imvo-risico*', 'ketenrisico*', 'prioritaire ... risico*', 'in kaart brengen', 'identificeren en beoordelen', 'negatieve impact', 'nadelige gevolgen', 'impact op mensen', 'onze impact', 'misstanden ... in|bij|op ... keten|ketens|productie*|toeleveringsketen|sector|fabrieken|plantages|boerderijen', 'mogelijke|belangrijkste|grootste|ernstigste|bekende ... misstanden', 'onze eigen bijdrage', 'onze eigen rol', 'mensenrechtenanalyse', 'waar ... risico*', 'wat ... we|wij ... erkennen', 'erkenning ... risico*|problemen'],
    en: ['risk*', 'risk assessment', 'risk analysis', 'risk identification', 'risk mapping', 'identifying ... risks|impacts', 'mapping ... risks|impacts', 'human rights risks', 'salient ... issues|risks', 'adverse impacts', 'impacts on people', 'our impact*', 'actual and potential impacts', 'identify and assess', 'human rights impact assessment', 'our contribution', 'our own role', 'where ... risks', 'priority issues', 'what ... we ... acknowledge|recognise|recognize'],
  },
  signals: {
    nl: [
      'risico* ... voor ... mensen|werknemers|arbeiders|gemeenschappen|rechthebbenden|boeren|kinderen|vrouwen|arbeidsmigranten', 'mensenrechtenrisico*|imvo-risico*|ketenrisico*', 'risico op ... kinderarbeid|dwangarbeid|discriminatie|onderbetaling|uitbuiting|intimidatie|mensenrechtenschending*',
      'risico* ... productielanden|productieland|productielocaties|productielocatie|fabrieken|herkomstlanden|identificeren|identificeert|geidentificeerd|onderkennen|erkennen|erkend|erkent', 'risico* ... in ... keten|waardeketen|toeleveringsketen|productieketen', 'identificeren|erkennen|onderkennen ... risico*|misstanden|negatieve', 'risico* ... in kaart', 'in kaart ... risico*|misstanden|negatieve',
      'risico* ... rechthebbenden', 'rechthebbenden ... risico*|misstanden|impact', 'werknemers|gemeenschappen ... betrekken|raadplegen ... risico*', 'negatieve impact ... op ... mensen|werknemers|gemeenschappen|mensenrechten', 'nadelige gevolgen ... voor ... mensen|werknemers|gemeenschappen|mensenrechten',
      'eigen bijdrage ... aan ... risico*|impact|misstanden|problemen', 'eigen ... inkooppraktijk* ... bijdrage*|bijdragen|risico*|impact', 'inkooppraktijk* ... bijdragen|bijdrage|veroorzaken', 'kritisch ... naar ... eigen|onze', 'kritisch ... eigen ... rol|bijdrage|inkooppraktijk*|handelen', 'bijdragen ... aan ... risico*|negatieve|misstanden', 'veroorzaken ... bijdragen ... verbonden', 'verantwoordelijkheid ... voorkomen|aanpakken|adresseren ... risico*|negatieve|misstanden', 'negatieve impact ... voorkomen|aanpakken|adresseren', 'misstanden ... voorkomen|aanpakken|adresseren',
      'ernst ... waarschijnlijkheid', 'meest ernstige ... risico*|misstanden', 'risicoanalyse ... mensenrechten|imvo|keten|arbeid*', 'mensenrechtenanalyse|mensenrechteneffectbeoordeling*',
      // we acknowledge the problem and our share in it
      'medeverantwoordelijk*', 'erkennen|erkent|erkend & keten|productielanden|fabrieken|plantages|kwekerijen|@stakeholders & druk|risico*|probleem|problemen|misstanden|schending*|verantwoordelijk*|oorzaak|kinderarbeid|dwangarbeid|uitbuiting|overwerk|onderbetaling|discriminatie|intimidatie|schuldslavernij|landroof', 'deel ... van ... het ... probleem|de ... oorzaak', 'dragen ... bij ... aan ... probleem|problemen|overwerk|onderbetaling|uitbuiting', 'dragen ... bij ... aan ... lage lonen',
      // rights holders heard when risks are assessed
      'gehoord|betrokken|geraadpleegd|gesproken|betrekken|spreken|vertellen|vertelt|verteld & @stakeholders|hen|vrouwen|inheemse & risico*|kaart|beoordelen|beoordeling|identificeren|risicoanalyse|analyse',
      // we acknowledge that our own way of working adds to the problem
      'erkennen|erkent|erkend|onderkennen ... dat ... onze|ons|wij|we|eigen & bijdraagt|bijdragen|bijdroeg|veroorzaakt|veroorzaken|verergert|verergeren & druk|werkdruk|risico*|probleem|problemen|misstanden|schade|*schade|overwerk|overuren|lonen|loon|uitbuiting|onderbetaling|schending*|kinderarbeid|dwangarbeid|vervuiling',
      // our own demand, prices or planning named as a cause
      'onze|eigen ... vraag|inkoop|prijzen|prijsdruk|planning|orders|levertijden|inkoopgedrag ... deel ... van|oorzaak|oorzaken|bron', 'onze|eigen ... vraag|inkoop|prijzen|inkoopprijzen|inkoopprijs|prijsdruk|planning|orders|levertijden|inkoopgedrag & draagt|dragen|bijdragen|bijdraagt|houden|houdt|leidt|leiden|zorgt|veroorzaakt|veroorzaken|vergroot|vergroten & bij|stand|tot|druk|risico*|overwerk|problemen|lonen|loon|kinderarbeid|uitbuiting', 'bewust & keten|inkoop*|prijzen|@stakeholders & risico*|lonen|overwerk|kinderarbeid|dwangarbeid|misstanden|problemen|uitbuiting|schending*', '@stakeholders|mensen ... risico|gevaar ... lopen', 'wij ... zelf ... bij ... aan', 'onze ... rol ... in ... probleem|problemen|misstanden|risico*',
      // the risk lies with people, not with the company; talking with them, not about them
      'risico* ... liggen|ligt ... bij ... mensen|werknemers|arbeiders|gemeenschappen|boeren|rechthebbenden|arbeidsmigranten', '@stakeholders|mensen ... lopen ... risico|gevaar', 'risico|gevaar ... lopen ... @stakeholders|mensen', 'met ... @stakeholders ... zelf ... over ... risico*|misstanden|situatie', 'praten|spreken ... met ... @stakeholders ... zelf', 'stem ... van ... rechthebbenden|werknemers|gemeenschappen|arbeiders', 'ervaringen ... van ... rechthebbenden|werknemers|gemeenschappen|arbeiders ... risico*|kaart|analyse|risicoanalyse',
      'risico* & met ... @stakeholders|families|gezinnen|hen & in kaart', 'risico* & met ... @stakeholders|families|gezinnen|hen & identificeren|benoemen',
    ],
    en: [
      'risk* ... to|for ... people|workers|communities|rights-holders|farmers|children|women|migrants', 'human rights risk*', 'rbc risk*', 'salient ... issues|risks|human', 'risk* of ... child|forced ... labour|labor', 'risk* of ... discrimination|harassment|exploitation|underpayment|abuse*',
      'risk* ... production ... countries|sites|locations', 'risk* ... in ... supply|value ... chain*', 'risk* ... sourcing ... countries|regions', 'high-risk ... countries|regions|sourcing', 'identify|identifying|identified|identification|map|mapping|acknowledg*|recogni* ... risk*|adverse|abuses', 'risk* ... identified|acknowledg*|mapped|recogni*',
      'risk* ... rights-holders', 'rights-holders ... risk*|impact*|abuses', 'involv*|consult* ... workers|communities ... risk*|impact*', 'adverse impact* ... on ... people|workers|communities|human', 'actual and potential ... impact*', 'potential ... adverse impact*',
      'our own contribution ... to ... risk*|impact*|harm|problems|abuses', 'own ... purchasing|buying ... practices ... risk*|impact*|contribut*', 'critical* ... own ... role|contribution|practices', 'look* critically ... at ... own|our', 'contribut* ... to ... risk*|adverse|harm|abuses', 'purchasing|buying ... practices ... contribut*|cause*', 'cause ... contribute ... linked', 'caused ... contributed ... linked', 'take responsibility ... prevent*|address*|mitigat*', 'responsibility ... prevent*|address* ... risk*|impact*|harm',
      'severity ... likelihood', 'most severe ... risk*|impact*', 'human rights impact assessment*', 'hria|hrias',
      // we acknowledge the problem and our share in it
      'co-responsib*', 'acknowledge*|recognise*|recognize* & chain|chains|estates|factories|farms|plantations|@stakeholders & problem|problems|abuse*|cause|risk*|responsib*|reality|pressure|overtime|child|forced|exploitation|underpayment|harassment|discrimination|bondage', 'accept|accepts that|responsibility & chain|chains|estates|factories|farms|plantations|@stakeholders & problem|problems|abuse*|cause|risk*|responsib*|reality|pressure|overtime|child|forced|exploitation|underpayment|harassment|discrimination|bondage', 'part ... of ... the ... cause|problem', 'contribute* ... to ... overtime|underpayment|exploitation|problem|problems', 'contribute* ... to ... low wages',
      // rights holders heard when risks are assessed
      'heard|consulted|involved|interviewed|involve|consult|tell|tells|told & @stakeholders|them|women|indigenous|peoples & risk|risks|assess*|identif*|mapping',
      // we acknowledge that our own way of working adds to the problem
      'acknowledge*|recognise*|recognize*|accept* ... that ... our|we|own & contribute*|cause*|worsen*|adds|add ... to & pressure|risk*|problem*|harm|abuse*|overtime|wages|pay|exploitation|underpayment|violation*|child|forced|pollution|contamination',
      // our own demand, prices or planning named as a cause
      'our|own ... demand|purchasing|prices|pricing|planning|orders|buying ... part ... of', 'our|own ... demand|purchasing|prices|pricing|planning|orders|buying ... cause|causes|driver|drivers', 'our|own ... demand|purchasing|prices|pricing|planning|orders|buying|lead & contribute*|drive*|feed*|cause*|sustain*|increase*|add|adds & pressure|risk*|overtime|problem*|harm|abuse*', 'we ... ourselves ... contribute*|part', 'our ... role ... in ... problem|problems|abuses|risks|harm',
      // the risk lies with people, not with the company; talking with them, not about them
      'risk* ... lie|lies|fall|falls|borne ... by|with ... people|workers|communities|farmers|rights-holders|migrants', '@stakeholders|people ... at risk', 'aware & supply chain|chain|purchasing|prices|@stakeholders & risk*|wages|overtime|child|forced|abuse*|problems|exploitation|violation*', 'at risk ... are ... @stakeholders|people', 'talk|speak ... with ... @stakeholders ... themselves', 'with ... @stakeholders ... rather ... than ... about', 'voices ... of ... rights-holders|workers|communities|rightsholders', 'experience* ... of ... workers|communities|rights-holders ... risk*|assess*|mapping|analysis',
    ],
  },
  cues: {
    nl: ['risico* ... voor|van|op ... mensen|werknemers|arbeiders|gemeenschap*|boeren|kinderen|vrouwen|rechthebbenden', 'mensenrechten*', 'arbeidsrecht*', 'loon', 'lonen', 'overwerk', 'werktijden', 'vakbond*', 'organisatievrijheid', 'vakbondsvrijheid', 'intimidatie', 'uitbuiting', 'landrechten', 'arbeidsomstandigheden', 'kinderarbeid', 'dwangarbeid', 'leefbaar loon', 'discriminatie', 'rechthebbenden', 'werknemers', 'gemeenschappen', 'productieland*', 'productielocatie*', 'keten*', 'erkenn*', 'identific*', 'in kaart', 'misstand*', 'negatieve impact', 'nadelige gevolgen', 'inkooppraktijk*', 'eigen bijdrage ... aan ... risico*|impact|misstanden|problemen', 'verantwoordelijkheid', 'voorkomen', 'aanpakken'],
    en: ['risk* ... to|for|of ... people|workers|communities|farmers|children|women|rights-holders', 'human rights', 'labour|labor rights', 'wages', 'overtime', 'working hours', 'union*', 'freedom of association', 'harassment', 'exploitation', 'land rights', 'working conditions', 'child labour|labor', 'forced labour|labor', 'living wage', 'discrimination', 'rights-holders', 'workers', 'communities', 'production countr*', 'production site*', 'supply chain', 'value chain', 'acknowledg*', 'identif*', 'mapp*', 'abuse*', 'adverse impact*', 'purchasing practices', 'contribution', 'responsibility', 'prevent*', 'address*'],
  },
  ownMeasure: true,
  exclude: {
    nl: ['@placeholders', 'ecovadis', 'leveranciersscore*', 'landenrisico*', 'risico-index*', 'risico-indices', 'bsci|amfori|sedex ... score|*-score', 'audit* & score|scores|*-score|rating', 'prijsschommeling*', 'prijsvolatiliteit', 'grondstofprijzen', 'leveringsrisico*', 'risico\'s|risico voor onze|de|ons|het organisatie|onderneming|bedrijf|merk', 'risico\'s|risico voor ons als bedrijf|onderneming|organisatie', 'bedrijfsrisico*', 'reputatie*', 'financiele risico*', 'kredietrisico*', 'marktrisico*', 'operationele risico*', 'valutarisico*', 'leveringszekerheid', 'bedrijfscontinuiteit', 'aansprakelijkheid', 'auditscore*', 'auditresultat*', 'auditrapport*', 'audit ... score*|resultaten|uitslag*', 'verzeker*', 'zes|6 stappen|fasen', 'deskstudie', 'deskresearch', 'desk research', 'bureaustudie', 'bureauonderzoek', 'literatuuronderzoek',
      // risks read off country or commodity data, or the OECD guidance's own wording of step 2 quoted in a list of the six steps
      'op basis|grond van ... land*|landen*|grondstof*|sector*|product* ... risico* ... data|gegevens|indices|index|scores|rapporten|kaarten', 'op basis|grond van ... *risicodata|*risico-data|*risicogegevens|*risico-indices|*risicoscores|*risicokaarten', 'identificeren en beoordelen van ... negatieve|nadelige ... impact|gevolgen|effecten ... in ... bedrijfsvoering|eigen', 'identificeer en beoordeel ... negatieve|nadelige ... impact|gevolgen|effecten ... in ... bedrijfsvoering|eigen',
      // an own contribution supposed, not acknowledged ("we passen onze planning aan waar die het probleem veroorzaakt")
      'waar|indien|wanneer|zover|mocht|mochten dit|dat|het|die|deze|zij|ze ... veroorzaakt|veroorzaakte|veroorzaken|bijdraagt|bijdroeg|bijdragen|bijgedragen',
      // or the company's own share supposed: "waar wij schade veroorzaken of eraan bijdragen, bieden wij herstel"
      'waar|indien|wanneer|zover|mocht|mochten ... wij|we|onze|ons ... veroorzaken|veroorzaakt|bijdragen|bijdraagt',
      // or left to be found out: "wij passen onze inkoop aan wanneer blijkt dat deze bijdraagt aan ..."
      'waar|indien|wanneer|als|zodra|mocht ... blijkt|blijken ... dat ... veroorzaken|veroorzaakt|bijdragen|bijdraagt|bijdroegen|bijdroeg',
      // "als onze inkooppraktijken blijken bij te dragen aan de problemen, passen we ze aan"
      'blijkt|blijken|bleek|bleken ... bij te dragen|te veroorzaken',
      // the document announcing its own subject ("dit beleid beschrijft hoe wij omgaan met de risico's voor mensen") covers nothing yet
      'dit|het|deze beleid|plan|document|verklaring|beleidsverklaring beschrijft|beschrijven|legt ... hoe',
      // a promise that taking part carries no repercussions is about safe participation, not a risk named
      'geen nadelige gevolgen|consequenties|repercussies'],
    en: ['@placeholders', 'ecovadis', 'supplier score*', 'country risk ind*', 'risk indices', 'risk index', 'bsci|amfori|sedex ... score|rating', 'audit* & score|scores|rating|ratings', 'price volatility', 'price fluctuation*', 'commodity price*', 'supply disruption*', 'supply chain disruption*', 'risk|risks to|for the|our company|business|organisation|organization|brand|reputation', 'business risk*', 'reputational', 'reputation risk*', 'financial risk*', 'credit risk*', 'market risk*', 'operational risk*', 'enterprise risk*', 'currency risk*', 'business continuity', 'security of supply', 'liability', 'audit score*', 'audit rating*', 'audit result*', 'audit report*', 'insurance', 'six|6 steps|stages', 'desk study', 'desk studies', 'desk research', 'desk review', 'desk-based', 'literature review',
      // risks read off country or commodity data, or the OECD guidance's own wording of step 2 quoted in a list of the six steps
      'based on|using|from ... country|commodity|sector|product ... risk ... data|indices|index|scores|ratings|reports|maps', 'identify and assess ... adverse impacts in ... operations|business',
      // an own contribution supposed, not acknowledged ("we change our planning where it caused the problem")
      'where|if|wherever|whenever|insofar it|this|that|they ... caused|causes|cause|contributed|contributes|contribute',
      // or the company's own share supposed: "where we find that we cause or contribute to harm, we will ..."
      'where|if|wherever|whenever|insofar|should ... we|our ... cause|causes|caused|contribute|contributes|contributed',
      // or left to be found out: "where it turns out that our orders contribute to ..."
      'where|if|when|whenever|once ... turns|turn|found|shown|shows|show ... that ... cause|causes|caused|contribute|contributes|contributed',
      // "if our own purchasing practices turn out to contribute to the problems, we will change them"
      'turn|turns|turned out ... to ... cause|contribute', 'turn|turns|turned out ... to be ... causing|contributing', 'if|where|when|should ... prove|proves ... to ... cause|contribute',
      // the document announcing its own subject ("this policy sets out how we deal with the risks to people") covers nothing yet
      'this|the policy|plan|document|statement sets|set out|describes|explains|outlines ... how',
      // a promise that taking part carries no repercussions is about safe participation, not a risk named
      'no adverse|negative consequences|repercussions|effects|impact', 'without ... adverse|negative consequences|repercussions'],
  },
  // The company's own risk picture framed as risks to itself ("de belangrijkste
  // risico's voor ons bedrijf in de keten zijn: leveringsproblemen, reputatieschade"):
  // its risks are the company's, not the people's, whatever else is said about risk.
  denials: {
    nl: ['belangrijkste|voornaamste|grootste risico|risico\'s voor ons|onze|het|de bedrijf|onderneming|organisatie', 'belangrijkste|voornaamste|grootste risico|risico\'s voor onze groep', 'op basis van ... auditscores|auditscore|auditresultaten & ingedeeld|gerangschikt|geclassificeerd|beoordeeld|gescoord'],
    en: ['main|key|biggest|principal|chief|greatest|top risk|risks to|for our|the company|business|organisation|organization', 'main|key|biggest|principal|chief|greatest|top risk|risks to|for our group', 'based on ... audit scores|ratings|grades & rated|ranked|classified|graded'],
  },
  // A risk list drawn from desk sources, not from the people concerned (the
  // expert's "risk table from a consultant's country reports, no rights holders").
  secondHand: {
    nl: ['deskstudie', 'bureaustudie', 'deskresearch', 'desk research', 'bureauonderzoek', 'extern* adviesbureau|adviseur|consultant|onderzoeksbureau', 'op basis|grond van ... landenrapport*|bronnen|auditresultaten|auditrapporten|risico-indices|landenrisico*|ecovadis*|scores', 'op basis|grond van ... land|audit ... rapporten|resultaten|scores'],
    en: ['desk-based', 'desk study', 'desk studies', 'desk research', 'desk review', 'external consultant*|consultancy', 'basis of|on ... sources|scores|indices|ecovadis|audits', 'basis of|on|using|from ... country|audit ... reports|results|scores|ind*', 'using|from ... public|published sources', 'using|from ... ecovadis'],
  },
  skeleton: {
    nl: '<!-- Beschrijf hoe u risico\'s voor mensen in productielanden en op productielocaties in kaart brengt en erkent, met de rechthebbenden erbij en met oog voor uw eigen bijdrage. -->\n\n- Welke risico\'s voor mensen we zien, en waar: [invullen]\n- Hoe we rechthebbenden betrekken bij het in kaart brengen: [invullen]\n- Onze eigen bijdrage aan die risico\'s (bijvoorbeeld via inkooppraktijken): [invullen]\n- Hoe we verantwoordelijkheid nemen voor voorkomen en aanpakken: [invullen]',
    en: '<!-- Describe how you identify and acknowledge risks to people in production countries and at production sites, with rights holders involved and with an eye on your own contribution. -->\n\n- Which risks to people we see, and where: [fill in]\n- How we involve rights holders in identifying them: [fill in]\n- Our own contribution to those risks (for instance through purchasing practices): [fill in]\n- How we take responsibility for preventing and addressing them: [fill in]',
  },
};
