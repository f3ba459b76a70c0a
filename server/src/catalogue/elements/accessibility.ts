import type { ElementDefinition } from '../types.js';

export const accessibility: ElementDefinition = {
  id: 'accessibility',
  group: 'general',
  levels: { 'dialogue-plan': 'required', policy: 'recommended' },
  source: { nl: 'SER-factor 5: mogelijkheden om het gesprek te kunnen voeren', en: 'SER factor 5: being able to take part in the conversation' },
  title: { nl: 'Toegankelijkheid en deelname', en: 'Accessibility and participation' },
  summary: {
    nl: 'Beschrijf welke maatregelen u neemt zodat stakeholders veilig en volwaardig aan het gesprek kunnen deelnemen.',
    en: 'Describe the measures you take so that stakeholders can take part in the conversation safely and fully.',
  },
  explanation: {
    nl: 'Dit element gaat over de drempels die deelname in de weg staan en wat u doet om ze weg te nemen: tijd en capaciteit (bijvoorbeeld deelname in betaalde werktijd of een vergoeding), de veiligheid en anonimiteit van deelnemers, ongelijke machtsverhoudingen, de aanwezigheid van de groepen zelf of van vertegenwoordigers die zij zelf kiezen, taal (tolken, vertalingen), locatie en vervoer, het tijdstip, en aansluiting bij de kennis en ervaring van de deelnemers. Een opsomming van contactkanalen, een vergadering die alleen in het Engels plaatsvindt of veiligheid op de werkvloer is geen drempelverlagende maatregel.',
    en: 'This element covers the barriers that keep people from taking part and what you do to remove them: time and capacity (for example taking part in paid working time, or compensation), the safety and anonymity of participants, unequal power relations, the presence of the groups themselves or of representatives they choose, language (interpreters, translations), location and transport, timing, and fitting the knowledge and experience of participants. A list of contact channels, a meeting held only in English, or occupational safety is not a measure that lowers a barrier.',
  },
  why: {
    nl: 'Wie niet kan komen, de taal niet spreekt of bang is voor de gevolgen van wat hij zegt, doet niet mee, hoe goed uw bedoelingen ook zijn. Juist de mensen om wie het gaat, zoals werknemers en gemeenschappen, lopen het vaakst tegen zulke drempels aan. Door ze gericht weg te nemen hoort u de stemmen die er werkelijk toe doen.',
    en: 'People who cannot get there, do not speak the language or fear the consequences of speaking up will not take part, however good your intentions. The people who matter most, such as workers and communities, are the ones who meet these barriers most often. Removing them on purpose is how you hear the voices that really count.',
  },
  headings: {
    nl: ['toegankelijk*', 'drempels', 'drempels ... wegnemen|verlagen', 'drempelverlag*', 'randvoorwaarden ... deelname|dialoog|gesprek', 'mogelijkheden ... deelname|gesprek', 'mogelijkheden om deel te nemen', 'praktische zaken', 'praktische afspraken', 'praktische informatie', 'praktische organisatie', 'organisatie van ... dialoog|gesprek*|bijeenkomst*', 'logistiek', 'deelname', 'deelnemen', 'hoe ... kunt u ... meedoen|deelnemen', 'inclusie*', 'inclusief', 'inclusiviteit', 'veilige ... dialoog|deelname|omgeving', 'veiligheid van ... deelnemers|stakeholders|werknemers', 'machtsverhouding*', 'vertegenwoordiging', 'taal ... tolk*', 'tolk* ... vertaling*', 'locatie ... tijdstip|vervoer', 'betrekken van ... rechthebbenden|werknemers|gemeenschappen', 'stem van ... werknemers|rechthebbenden'],
    en: ['accessib*', 'barriers', 'removing barriers', 'lowering barriers', 'enabling participation', 'participation', 'taking part', 'how to take part', 'practical matters', 'practical arrangements', 'practical information', 'logistics', 'meeting arrangements', 'organisation|organization of ... dialogue|meeting*|sessions', 'inclusion', 'inclusive*', 'inclusiveness', 'safe ... participation|dialogue|engagement|space', 'safety of ... participants|stakeholders|workers', 'power ... imbalance*|dynamics|relations', 'representation', 'language ... interpret*', 'interpretation ... translation', 'location ... timing|transport', 'worker voice', 'engaging ... rights-holders|workers|communities', 'engaging rights holders'],
  },
  signals: {
    nl: [
      'tolk*|moedertaal|meertalig*|taalbarriere*|taaldrempel*', 'vertaal* ... in|naar ... lokale|eigen|moedertaal|taal|talen', 'vertaal* ... materia*|documenten|vragenlijst*|enquete*|verslag*|uitnodiging*', 'vertaling* ... taal|talen|materia*|vragenlijst*|verslag*', 'in ... eigen|lokale ... taal|talen',
      'reiskosten|loonderving', 'reistijd ... vergoed*', 'vervoer ... voor|van ... deelnemers|werknemers|arbeiders|vrouwen', 'vervoer ... naar ... bijeenkomst*|locatie|gesprek*|sessie*', 'deelnemers ... vervoer', 'vergoed* ... deelname|tijd|uren|inzet|loonderving|deelnamekosten', 'vergoeding ... deelname|deelnemers|inzet', 'onder|tijdens ... werktijd & @dialogue|deelname|deelnemen|deelnemers|interview*|training*|vergadering*|panel*|spreekuur*', 'in werktijd & @dialogue|deelname|deelnemen|deelnemers|interview*|training*|vergadering*|panel*|spreekuur*', 'betaalde|doorbetaalde ... werktijd|tijd', 'deelname ... doorbetaald|betaald|vergoed',
      'anoniem*|represaille*|vergelding*', 'vertrouwelijk* ... deelnemers|werknemers|gesprek*|inbreng|melding*|klacht*|antwoorden|identiteit', 'veilig* ... omgeving|plek|ruimte|setting', 'veilig ... spreken|uitspreken|uiten|voelen|delen', 'bescherm* ... tegen ... represaille*|vergelding*|intimidatie|nadelige',
      'machtsverhouding*|machtsongelijkheid|machtsverschil*', 'ongelijke ... macht*', 'afwezigheid ... management|leidinggevend*|leiding', 'onafhankelijke ... gespreksleider*|facilitator*|moderator*|bemiddelaar*', 'aparte ... gesprek*|sessie*|bijeenkomst* ... werknemers|vrouwen|management',
      'vertegenwoordig* ... gekozen|verkozen', 'gekozen|verkozen ... door ... werknemers|arbeiders|medewerkers|werkers|leden', 'zelf ... gekozen|verkozen ... vertegenwoordig*', 'kiezen|kiest ... eigen ... vertegenwoordig*', '@stakeholders ... kiezen|kiest|bepalen|bepaalt ... zelf ... wie', '@stakeholders ... kiezen|kiest|bepalen|bepaalt ... wie ... deelneemt|deelnemen|aanwezig|komt|komen', 'vakbond* ... tafel|uitnodigen|uitgenodigd|betrekken|betrokken|deelnemen',
      'gesprek*|bijeenkomst*|sessie*|overleg*|vergadering*|dialoog ... ploegendienst*|werktijden|werkroosters|oogst*|seizoen*|piekperiode*|feestdagen', 'rekening ... met ... ploegendienst*|werkroosters|werktijden ... deelnemers|werknemers', 'afgestemd|afstemmen ... op ... ploegendienst*|werkroosters', 'tijdstip* ... dat|die ... past|passen|uitkomt|uitkomen', 'tussen ... twee ... diensten',
      'begrijpelijke|eenvoudige|heldere|toegankelijke ... taal', 'jargon ... vermijd*', 'belevingswereld|laaggeletterd*', 'aansluit* ... bij ... kennis|ervaring|kennisniveau|expertise|niveau', 'sluit* ... aan ... bij ... kennis|ervaring|kennisniveau|belevingswereld', 'vooraf ... informatie|materiaal|stukken|uitleg ... toesturen|gestuurd|ontvangen|delen', 'voorbereid* ... deelnemers',
      'vragenlijst*|enquete* ... gevolgd ... gesprek*|dialoog|bijeenkomst*', 'vragenlijst*|enquete* ... opvolg* ... gesprek*|dialoog',
      'dichtbij|dicht ... bij ... waar ... wonen|werken', '@dialogue & buurt|dichtbij ... van|bij ... deelnemers|werknemers|boeren|bewoners|woonplaats|werkplek', 'kinderopvang|oppas & @dialogue|deelname|deelnemers|deelnemen', 'alleen ... voor ... vrouwen', 'vrouwelijke ... gespreksleider*|facilitator*|tolk*|interviewer*', 'rolstoel* & @dialogue|deelname|deelnemers|locatie', 'gebarentaal & @dialogue|deelname|deelnemers|tolk*', 'beperking & @dialogue|deelname|deelnemers|toegankelijk*',
      // meetings in the participants' own language, time paid
      '@dialogue ... in ... het ... @languages', '@dialogue ... zijn|worden|is ... in het ... @languages', 'tijd ... wordt|is ... betaald|vergoed|doorbetaald',
      '@dialogue & rustdag*|zondag*', '@dialogue & vrije dag|dagen', 'vertaling*|vertaald & @languages',
      'deelname|deelnemen|aanwezig|bijwonen & krijgen|ontvangen|behouden|houden & loon|dagloon|maaltijd|vergoeding', 'verlies ... aan|van ... inkomen|loon|verdiensten|inkomsten & @dialogue|deelname|deelnemen|deelnemers|deelneemt|aanwezig|aanwezigheid|bijwonen|vertegenwoordigers', 'inkomensverlies|inkomstenderving & @dialogue|deelname|deelnemen|deelnemers|deelneemt|aanwezig|aanwezigheid|bijwonen|vertegenwoordigers', 'vrouwengroep*|vrouwenbijeenkomst*|vrouwensessie*', 'gemiste ... inkomsten|verdiensten|loon|dagloon & @dialogue|deelname|deelnemen|deelnemers|deelneemt|aanwezig|aanwezigheid|bijwonen|vertegenwoordigers', 'vergoed* ... reis|reizen|verblijf|inkomen|inkomsten', 'woordvoerder*|afgevaardigde*|sprekers & kiezen|kiest|gekozen|verkiezen|zelf', 'aparte ... groep|ronde|sessie|bijeenkomst ... voor ... vrouwen', 'vragen|agenda|uitnodiging*|stukken & vooraf|tevoren & @languages|vertaald',
      '@dialogue & tussen ... diensten|ploegen', 'reis|reiskosten|vervoer ... vergoed|betaald|terugbetaald', '@dialogue & vakbondskantoor|bondskantoor*|buurthuis|dorpshuis|gemeenschapshuis', 'vertrouwde|bekende ... plek|locatie|omgeving|ruimte', 'mondeling* & uitnodiging|uitgenodigd|informatie|uitleg|toelichting|voorgelezen',
      // allowances, time off, meals
      'dagvergoeding*|onkostenvergoeding*|verblijfskosten|vrijgeroosterd|kinderoppas', 'vrij ... geroosterd|gegeven ... voor|om ... deel|gesprek*|bijeenkomst*', 'verlof ... voor ... deelname|gesprek*|bijeenkomst*', 'maaltijd*|lunch ... verzorgd|aangeboden|geregeld ... deelnemers',
      // safety: names kept out, meeting off site, trusted third party
      'geanonimiseerd*|anonimiteit', 'vertrouwenspersoon & @dialogue|deelname|deelnemen|deelnemers|anoniem*|vertrouwelijk*', 'namen ... van ... deelnemers|werknemers|melders|klagers ... weggelaten|verwijderd|afgeschermd|geheim', 'buiten ... de ... fabriek|werkplek|plantage|bedrijf|fabrieksterrein ... @dialogue|gesprek*|spreken|bijeenkomst*', '@dialogue ... buiten ... de ... fabriek|werkplek|plantage|fabrieksterrein', 'vertrouwde ... organisatie|plek|omgeving|partij',
      // power: separate or worker-only sessions, own choice of speakers
      'alleen|uitsluitend ... werknemers|arbeiders|vrouwen|pluksters|boeren|gemeenschapsleden ... aanwezig|zaal|ruimte', 'eerst ... apart ... met', 'buiten ... aanwezigheid|gehoor|zicht ... van', 'vertegenwoordigers ... van ... hun ... eigen ... keuze', 'van ... hun ... keuze', 'bepaalt|bepalen|kiest|kiezen ... wie ... namens', 'democratisch|vrij ... gekozen|verkozen', 'evenveel ... spreektijd|ruimte',
      // location and transport, timing
      '@dialogue & in ... het|de|hun|eigen ... dorp|dorpen|gemeenschap|woonplaats|wijk|cooperatie|coöperatie', 'op ... loopafstand', 'bus|busje|minibus ... naar|voor|ophalen', 'vervoer ... geregeld|geregeld|geboden|georganiseerd|geven|bieden', 'regelen|regelt|organiseren|bieden ... vervoer', '@dialogue & na ... de ... oogst|dienst|werktijd|werkdag', '@dialogue & buiten ... oogst*|piek*|seizoen|werktijd', 'laagseizoen',
      // knowledge: preparation, visuals, advice of their own
      'voorbereidende ... bijeenkomst*|sessie*|training*|gesprek*', 'beeldmateriaal|pictogram*|voorgelezen', 'visuele ... hulpmiddelen|materialen|uitleg', 'adviseur ... van ... hun ... keuze', 'juridisch* ... advies|adviseur* ... deelnemers|gemeenschap*|vertegenwoordigers|voorbereiden', 'mondeling* ... toelicht*|uitleg|uitgelegd|voorgelezen',
      'kinderopvang|oppas & @dialogue|avond*|informatieavond*|bijeenkomst*|plekke', 'keukentafel*|huisbezoek*', '@dialogue|informatieavond* & s avonds', '@dialogue|informatieavond* & na|buiten ... etenstijd|werktijd|werk|dienst|werkuren',
    ],
    en: [
      'interpreter*|multilingual', 'interpretation ... provided|available|into|services|arranged', 'simultaneous interpretation', 'translat* ... into ... local|their|the|own ... language*', 'translated ... materials|documents|questionnaire*|survey*|invitation*|minutes', 'translation* ... materials|documents|questionnaire*|local', 'local|native|own language*', 'mother tongue', 'language barrier*', 'language they understand',
      'travel costs|expenses', 'transport* ... for ... participants|workers|attendees|women', 'transport* ... to ... meeting*|venue|session*', 'participants ... transport*', 'reimburs* ... travel|participants|participation|lost', 'compensat* ... time|participation|participants|expenses', 'compensat* ... lost ... wages|income & @dialogue|participants|participation|participate|attend*|representatives', 'lost wages|income & @dialogue|participants|participation|participate|attend*|representatives', 'paid ... working time|hours', 'paid for ... their time|participation|attendance', 'during ... working hours & @dialogue|participat*|interview*|training*|panel*|surgery|surgeries', 'in paid time', 'participat* ... paid',
      'anonymous*|anonymity|retaliation|reprisal*', 'confidential* ... participants|workers|conversations|input|responses|identity', 'safe ... space|environment|setting|place|venue', 'feel ... safe', 'psychological safety', 'protect* ... from|against ... retaliation|reprisals|intimidation',
      'power ... imbalance*|dynamics|relations|asymmetr*', 'unequal power', 'imbalance* of power', 'absence of ... management|managers|supervisors', 'away from ... management|managers|supervisors', 'independent ... facilitator*|moderator*|mediator*', 'separate ... sessions|meetings|conversations ... workers|women|management',
      'representatives ... elected|chosen', 'elected|chosen ... by ... workers|employees|members|communities', 'elect|elects|choose|chooses ... their own ... representative*', '@stakeholders ... choose|chooses|select|selects|decide|decides|elect|elects ... who', 'trade union* ... invited|involved|table|participate', 'unions ... invited|involved|table',
      'meeting*|session*|dialogue*|conversation*|interview* ... shifts|harvest*|season*', 'meeting*|session*|dialogue*|conversation*|interview* ... working hours', 'meeting*|session*|dialogue*|conversation*|interview*|around ... shift patterns', 'around ... shifts', 'suit* ... shifts|schedules', 'take into account ... shifts', 'times that ... suit', 'times that ... work for', 'convenient ... time*',
      'plain|simple|clear|accessible language', 'avoid* ... jargon', 'jargon-free|illiterate', 'tailor* ... to ... participants|stakeholders|audience|knowledge|experience', 'match* ... knowledge|experience ... of', 'lived experience', 'literacy ... level*', 'low literacy', 'in advance ... materials|information|documents|briefing', 'materials|information|documents ... in advance', 'materials|information|documents ... beforehand', 'prepare|briefing ... participants',
      'surveys|questionnaires|survey|questionnaire ... followed ... conversation*|dialogue|meetings|interviews|discussions',
      'close to ... where ... live|work', '@dialogue & near|close ... to ... homes|villages|workplace*', 'childcare & @dialogue|participants|participation|attend*', 'child care & @dialogue|participants|participation|attend*', 'women-only', 'only for women', 'female ... facilitator*|interpreter*|interviewer*', 'wheelchair* & @dialogue|participants|participation|venue', 'sign language & @dialogue|participants|participation|interpret*', 'disabilit* & @dialogue|participants|participation|accessible',
      // meetings in the participants' own language, time paid
      '@dialogue ... in ... @languages', 'time ... is|are|will ... be ... paid|compensated|reimbursed', 'time ... paid|compensated|reimbursed',
      '@dialogue & rest day|days', '@dialogue & day off', '@dialogue & sunday|sundays', 'interpretation|translation|translated & @languages',
      'attend|attends|attending|attendance|participat*|participants|part & receive*|get|gets|keep|keeps & wage|wages|pay|meal|meals|allowance', 'lost earnings', // loss of income made good for taking part, not loss of income as a harm ("where communities lose land, the loss of income pushes people ...")
      'loss of ... income|earnings|wages & @dialogue|attend|attends|attending|attendance|participat*|participants|representatives|meeting|meetings|session|sessions|compensat*|reimburs*|cover|covers|covered|made|make', 'missed ... wages|income|earnings', 'spokesperson*|spokespeople|delegate*|speakers & choose|chooses|chosen|elect|elects|elected|own', 'woman|women ... facilitator*|interpreter*|moderator*|interviewer*', "women's ... session|sessions|meeting|meetings|round|rounds", "separate|own ... group|groups ... for ... women", "women-only", 'separate ... group|round|session|meeting ... for ... women', 'questions|agenda|invitation*|papers & in advance|beforehand & @languages|translated',
      '@dialogue & between ... shifts|shift', '@dialogue & union ... office|offices|premises|hall', 'familiar|trusted ... place|location|venue|setting|surroundings', 'know and trust', 'orally|verbally & invit*|informed|information|explained|read',
      // allowances, time off, meals
      'per diem|diems', 'day|daily|subsistence allowance*', 'stipend*', 'released ... from ... work|duties|shifts', 'time off ... to ... attend|participate|join', 'time off ... to ... take part', 'paid ... leave', 'paid ... time off', 'meals ... provided|covered|served', 'childcare ... provided|arranged|covered|available',
      // safety: names kept out, meeting off site, trusted third party
      'anonymis*|anonymiz*|pseudonym*|off-site|offsite', 'names ... withheld|removed|redacted|protected', 'names ... kept out', 'outside ... the ... factory|workplace|premises|plantation|estate|site ... @dialogue|held|meet|meeting|talk', '@dialogue ... outside ... the ... factory|workplace|premises|plantation|estate', 'away from ... the ... factory|workplace|premises', 'trusted ... third party', 'trusted ... organisation|organization|person|local', 'neutral ... venue|location|place|ground',
      // power: separate or worker-only sessions, own choice of speakers
      'worker-only|workers-only', 'only ... workers|women|pickers|farmers|members ... present|attend|attending', 'only ... workers|women|pickers|farmers ... in the room', 'separately ... from ... management|managers|supervisors|supplier|suppliers', 'out of earshot', 'representatives ... of ... their ... own ... choice|choosing', 'of their own choosing', 'of their choice', 'decide* ... who ... speaks|represents|attends|participates|speak', 'decide* ... who ... takes part', 'democratically|freely ... elected|chosen', 'equal ... speaking time', 'equal say',
      // location and transport, timing
      '@dialogue & in ... the|their|own ... village|villages|community|communities|homes|neighbourhood|neighborhood|cooperative', 'walking distance', 'bus|buses|minibus ... to|for|collect*', 'transport ... arranged|provided|organised|organized', 'arrange*|provide*|organise*|organize* ... transport', '@dialogue & after ... the ... harvest|shift|shifts|workday', '@dialogue & after ... the ... working day', '@dialogue & outside ... harvest*|peak*|season|hours', 'off-season', 'low season',
      // knowledge: preparation, visuals, advice of their own
      'preparatory ... meeting*|session*|training*|call*', 'pre-meeting*', 'visual ... aids|materials|explanations', 'pictures|drawings ... instead|explain*|illustrat*', 'adviser|advisor|lawyer ... of ... their ... choice|choosing', 'legal ... advice|adviser|advisor|support ... communities|participants|representatives|prepare', 'read ... aloud|out', 'explained ... orally|verbally',
      'childcare & @dialogue|evening*|on-site', 'home visit*', 'kitchen table', '@dialogue & after ... work|shift|shifts|hours', '@dialogue & in the evening',
      // as organisations word it in published policies and reports
      'translated & grievance*|procedure*|materials|documents|information|forms', 'toll-free|freephone & line|number|hotline', 'culture|cultures|customs|culturally & adapt*|adjust*|tailor*|appropriate|respect* & @dialogue|consult*|engag*|communicat*|information',
    ],
  },
  cues: {
    nl: ['tolk*', 'vertal*', 'vertaal*', 'taal|talen & eigen|lokale|moedertaal|@languages|tolk*|vertal*|vertaal*|begrijp*|begrijpelijk*|spreken', 'reiskosten', 'vervoer', 'vergoed*', 'werktijd', 'anoniem*', 'vertrouwelijk*', 'veilig*', 'vrijuit', 'macht*', 'vertegenwoordig*', 'vakbond*', 'drempel*', 'bereikbaar*', 'dichtbij', 'in de buurt', 'ter plaatse', 'online & deelnemen|meedoen|inbellen|aansluiten|kunnen|kan|wie|reizen|alternatief|optie|ook', 'hybride', 'rekening ... ploegendienst*|werkrooster*', 'tussen ... diensten', 'afgestemd ... ploegendienst*|werkrooster*', 'oogst*', 'seizoen*', 'tijdstip* & ploegendienst*|diensten|oogst*|seizoen*|past|passen|uitkomt|uitkomen|buiten|gekozen|afgestemd|kiezen|rustdag*|zondag*|weekend|vrije', 'kinderopvang', 'oppas', 'dorp', 'buurthuis', 'gemeenschapshuis', 'dagvergoeding', 'voorbereid*', 'begrijpelijk*', 'eenvoudig*', 'toegankelijk*', 'vragenlijst*|enquete*|forum* & gevolgd|opvolg*|anoniem*|taal|talen|alternatief|aanvulling|naast', 'capaciteit', 'onafhankelijk*'],
    en: ['interpret*', 'translat*', 'language* & local|own|their|native|@languages|interpret*|translat*|mother|understand*|speak|spoken', 'travel', 'transport', 'reimburs*', 'compensat*', 'paid', 'working hours', 'anonym*', 'confidential*', 'safe', 'safely', 'freely', 'openly', 'power', 'represent*', 'union*', 'barrier*', 'accessible', 'close to', 'nearby', 'on site', 'online & join|joining|attend|participate|dial|can|cannot|unable|travel|alternative|option|also|who|those', 'hybrid', 'shift change', 'between ... shifts', 'around ... shifts|schedules', 'suit* ... shifts|schedules', 'both ... shifts', 'harvest*', 'season*', 'timing & shift*|harvest*|season*|suit*|convenient|outside|agreed|chosen|choose|rest|sunday*|weekend|off', 'childcare', 'child care', 'village', 'community hall|centre|center', 'allowance', 'prepar*', 'plain', 'understandable', 'survey*|questionnaire*|forum* & follow*|anonym*|language*|alternative*|addition|instead', 'capacity', 'independent'],
  },
  exclude: {
    nl: ['@placeholders', 'zelf ... betalen|dragen|regelen|organiseren ... reis|reiskosten|vervoer|visum|visa', 'reis|reiskosten|vervoer|visum ... zelf ... betalen|dragen|regelen|organiseren', 'op|voor eigen kosten|rekening', 'lid ... worden ... vakbond', 'aansluiten ... bij ... vakbond', 'in het engels gevoerd|gehouden', 'alleen|uitsluitend in het engels', 'om ... overzichtelijk|beheersbaar|efficient ... te houden', 'niet|geen ... begroot|gebudgetteerd|gefinancierd', 'geen budget|geld|middelen', 'klokkenluider*', 'integriteitsmelding*', 'gedragscode*', 'leveranciersgedragscode', 'melding*|klacht*|gevallen|signalen|incident* ... van ... represaille*|vergelding*', 'arbo*', 'veiligheid op ... werkvloer|werk|werkplek', 'gezondheid en veiligheid', 'veiligheid en gezondheid', 'veilige en gezonde', 'gezonde en veilige', 'veilig werk*', 'veilige werk*', 'brandveiligheid', 'gebouwveiligheid', 'bouwveiligheid', 'productveiligheid', 'voedselveiligheid', 'arbeidsveiligheid', 'veiligheidsvoorschriften', 'beschermingsmiddelen', 'in ... eigen tijd', 'alleen|uitsluitend|enkel ... in het engels', 'tolk* ... voor ... onze|ons ... eigen|medewerkers|team|inkopers|personeel', 'goedgekeurd|goedkeuring ... door|van ... management|directie|leiding|fabrieksleiding', 'aangewezen ... door ... management|directie|leiding', 'uitzendbureau*|bureaus|management|directie|leiding|fabrieksleiding|leidinggevende*|teamleider*|voormannen|werkgever*|opzichters kiezen|kiest|bepalen|bepaalt|selecteren|selecteert|wijzen|wijst ... wie', '@dialogue & vinden|vindt ... plaats & in het engels', '@dialogue ... zijn|is|gaan ... in het engels', 'bereikbaar via ... e-mail|telefoon|mail|website', 'contact ... opnemen via', 'vertrouwelijke bedrijfsinformatie', 'concurrentiegevoelig*', 'verslag*|samenvatting*|notulen|overzicht ... voorgelezen|voorlezen|voorgelezen|voorleest'],
    en: ['@placeholders', 'arrange|pay|cover|bear ... their own ... travel|transport|costs|expenses|visas|visa', 'at their own expense|cost', 'join|form ... trade ... union|unions', 'join|form ... a|their ... union', 'conducted|held in english', 'in english only', 'only in english', 'english-only', 'to keep ... manageable|simple|efficient', 'not|no ... budgeted|funded', 'no budget|funding|money', 'whistleblow*', 'speak-up ... policy|procedure|line', 'speak up ... policy|procedure|line', 'ethics ... hotline|line', 'code of conduct', 'supplier code', 'report|reports|reported|allegation*|case|cases|complaint*|incident* ... of ... retaliation|reprisal*', 'occupational', 'health and safety', 'safety and health', 'safe and healthy', 'healthy and safe', 'safe working', 'safe work', 'workplace safety', 'safety at work', 'place to work', 'fire safety', 'building safety', 'structural safety', 'product safety', 'food safety', 'ohs', 'osh', 'ppe', 'protective equipment', 'own time', 'english only', 'only in english', 'interpret* ... for ... our ... staff|team|buyers|own|people', 'approved|approval|nominated|selected ... by ... management|managers|factory|employer', 'agency|agencies|management|managers|supervisors|foremen|employer|employers|factory choose|chooses|select|selects|pick|picks|decide|decides ... who', '@dialogue & take|takes ... place & in english', '@dialogue ... are|is|run|held ... in english', 'approve|approves ... worker representatives', 'reach us via|at', 'contact us', 'commercially confidential', 'confidential business information', 'business confidential', 'summary|summaries|minutes|report|reports|overview ... read ... out|aloud'],
  },
  context: {
    nl: ['@dialogue', 'dialoogplan*', 'gespreksplan*', 'deelnemer*', 'deelname', 'deelnemen', 'deelneemt', 'meedoen', 'meepraten', 'bijwonen', 'interview*', 'vergadering*', 'spreekuur*', 'panel*', 'focusgroep*', 'gespreksleider*', 'gespreksronde*', 'informatieavond*', 'inloopavond*', '*vergadering*', 'aan tafel', 'namens', 'spreken', 'meespreken', 'inbreng', 'klacht*', 'klachtenmechanisme*', 'klachtenlijn*', 'meldlijn*', 'meldpunt*', 'zorgen ... uiten|melden|aankaarten', 'misstanden ... melden|aankaarten'],
    en: ['participant*', 'participation', 'participate', 'participates', 'attend', 'attends', 'attending', 'attendance', 'attendees', 'take part', 'takes part', 'taking part', 'interview*', 'focus group*', 'panel*', 'facilitator*', 'at the table', 'on behalf', 'speak', 'speaks', 'speaking', 'speak up', 'voice', 'input', 'grievance*', 'complaint*', 'hotline*', 'helpline*', 'concern*'],
  },
  aspects: [
    {
      id: 'time-capacity',
      title: { nl: 'tijd en capaciteit', en: 'time and capacity' },
      signals: {
        nl: ['voldoende tijd', 'tijd ... voorbereid*', 'capaciteit', 'werktijd', 'betaalde|doorbetaalde ... tijd|uren', 'vergoed*', 'vergoeding*', 'loonderving', 'budget', 'ondersteun* ... deelname', 'tijdsinvestering', 'duur ... gesprek*|bijeenkomst*'],
        en: ['enough time', 'sufficient time', 'adequate time', 'time to prepare', 'capacity', 'working hours', 'working time', 'paid', 'compensat*', 'reimburs*', 'lost wages', 'budget', 'funding', 'support* ... participation', 'time commitment'],
      },
    },
    {
      id: 'safety',
      title: { nl: 'veiligheid van de deelnemers', en: 'safety of participants' },
      signals: {
        nl: ['anoniem*', 'anonimiteit', 'vertrouwelijk*', 'represaille*', 'vergelding*', 'intimidatie', 'veilig* ... omgeving|plek|ruimte|setting', 'veilig ... spreken|uitspreken|uiten|voelen|delen', 'veiligheid van|voor ... deelnemers|werknemers|respondenten|betrokkenen|stakeholders|melders', 'vrijuit', 'bescherm* ... deelnemers|melders|klokkenluiders|identiteit', 'privacy'],
        en: ['anonym*', 'confidential*', 'retaliation', 'reprisal*', 'intimidation', 'safe ... space|environment|setting|place|venue', 'feel ... safe', 'speak ... freely|safely|openly', 'safety of ... participants|workers|respondents|stakeholders|defenders', 'psychological safety', 'protect* ... participants|identity|whistleblowers|defenders', 'privacy'],
      },
    },
    {
      id: 'power-balance',
      title: { nl: 'ongelijke machtsverhoudingen', en: 'unequal power relations' },
      signals: {
        nl: ['macht*', 'ongelijk*', 'afhankelijkheid*', 'afwezigheid ... management|leidinggevend*|leiding', 'onafhankelijk*', 'apart* ... gesprek*|sessie*|bijeenkomst*', 'gelijkwaardig*', 'hierarchie'],
        en: ['power', 'unequal', 'imbalance*', 'asymmetr*', 'dependenc*', 'absence of ... management|managers|supervisors', 'away from ... management|managers|supervisors', 'independent', 'separate ... sessions|meetings|conversations', 'equal footing', 'hierarch*'],
      },
    },
    {
      id: 'representation',
      title: { nl: 'aanwezigheid van stakeholdergroepen of hun vertegenwoordigers', en: 'presence of stakeholder groups or their representatives' },
      signals: {
        nl: ['vertegenwoordig*', 'gekozen|verkozen ... door', 'vakbond*', 'ondernemingsraad', 'werknemerscomite*', 'personeelsvertegenwoordiging', 'rechthebbenden ... zelf|rechtstreeks|direct', 'rechtstreeks|direct ... met ... werknemers|rechthebbenden|gemeenschap*', 'vrouwen', 'kwetsbare groepen', 'migrant*', 'jongeren', 'inheemse'],
        en: ['represent*', 'elected|chosen ... by', 'union*', 'worker committee*', 'workers committee*', 'works council', 'rights holders ... directly|themselves', 'rights-holders ... directly|themselves', 'directly ... with ... workers|rights-holders|communities', 'women', 'vulnerable groups', 'marginali*', 'migrant*', 'indigenous', 'young people'],
      },
    },
    {
      id: 'language',
      title: { nl: 'taal', en: 'language' },
      signals: {
        nl: ['tolk*', 'vertaal*', 'vertaling*', 'taal', 'talen', 'moedertaal', 'meertalig*', 'taalbarriere*'],
        en: ['interpret*', 'translat*', 'language* & local|own|their|native|@languages|interpret*|translat*|mother|understand*|speak|spoken', 'mother tongue', 'multilingual'],
      },
    },
    {
      id: 'location',
      title: { nl: 'locatie en vervoer', en: 'location and transport' },
      signals: {
        nl: ['locatie*', 'plaats ... bijeenkomst|gesprek', 'vervoer', 'reiskosten', 'reistijd', 'bereikbaar*', 'dichtbij', 'in de buurt', 'ter plaatse', 'op de werkplek', 'in de gemeenschap', 'bij de fabriek', 'online', 'hybride', 'digitaal', 'fysiek'],
        en: ['location*', 'venue', 'transport*', 'travel', 'accessible', 'close to', 'nearby', 'on site', 'on-site', 'in the community', 'at the factory', 'online', 'hybrid', 'remote*', 'virtual*', 'in person', 'in-person', 'wheelchair'],
      },
    },
    {
      id: 'timing',
      title: { nl: 'timing en tijdstip', en: 'timing' },
      signals: {
        nl: ['tijdstip*', 'ploegendienst*', 'diensten', 'dienstrooster*', 'werkrooster*', 'werktijden', 'oogst*', 'seizoen*', 'piekperiode*', 'feestdagen', 'pauze*', 'avond*', 'weekend*', 'planning ... gesprek*|bijeenkomst*'],
        en: ['timing', 'time of day', 'shift*', 'working hours', 'schedul*', 'harvest*', 'season*', 'peak', 'holidays', 'religious', 'break*', 'evening*', 'weekend*', 'convenient'],
      },
    },
    {
      id: 'knowledge-fit',
      title: { nl: 'aansluiting bij kennis en ervaring', en: 'fit with knowledge and experience' },
      signals: {
        nl: ['begrijpelijk*', 'eenvoudige taal', 'heldere taal', 'toegankelijke taal', 'jargon', 'belevingswereld', 'kennis', 'ervaring*', 'expertise', 'kennisniveau', 'voorbereid*', 'vooraf', 'uitleg', 'training*', 'laaggeletterd*', 'beeldmateriaal', 'visueel', 'pictogram*'],
        en: ['understandable', 'plain language', 'simple language', 'clear language', 'accessible language', 'jargon', 'knowledge', 'experience', 'expertise', 'prepar*', 'in advance', 'beforehand', 'briefing*', 'explain*', 'training*', 'literacy', 'illiterate', 'visual*', 'pictogram*'],
      },
    },
  ],
  skeleton: {
    nl: '<!-- Beschrijf welke maatregelen u neemt zodat stakeholders veilig en volwaardig aan het gesprek kunnen deelnemen. -->\n\n- Tijd en capaciteit (werktijd, vergoeding): [invullen]\n- Veiligheid van de deelnemers (anonimiteit, geen represailles): [invullen]\n- Omgaan met ongelijke machtsverhoudingen: [invullen]\n- Aanwezigheid van de groepen zelf of hun gekozen vertegenwoordigers: [invullen]\n- Taal (tolken, vertalingen): [invullen]\n- Locatie en vervoer: [invullen]\n- Tijdstip (diensten, seizoenen, oogst): [invullen]\n- Aansluiting bij kennis en ervaring van de deelnemers: [invullen]',
    en: '<!-- Describe the measures you take so that stakeholders can take part in the conversation safely and fully. -->\n\n- Time and capacity (working time, compensation): [fill in]\n- Safety of participants (anonymity, no retaliation): [fill in]\n- Dealing with unequal power relations: [fill in]\n- Presence of the groups themselves or their chosen representatives: [fill in]\n- Language (interpreters, translations): [fill in]\n- Location and transport: [fill in]\n- Timing (shifts, seasons, harvest): [fill in]\n- Fit with participants\' knowledge and experience: [fill in]',
  },
};
