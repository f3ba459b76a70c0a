import type { ElementDefinition } from '../types.js';

export const addedValue: ElementDefinition = {
  id: 'added-value',
  group: 'general',
  levels: { 'dialogue-plan': 'required', policy: 'recommended' },
  source: { nl: 'SER-factor 4: toegevoegde waarde voor de stakeholder', en: 'SER factor 4: added value for the stakeholder' },
  title: { nl: 'Wat deelname u oplevert', en: 'What taking part offers you' },
  summary: {
    nl: 'Beschrijf wat de stakeholder zelf aan de dialoog heeft: een gedeeld belang, nieuwe inzichten, een werkrelatie of invloed op uw beleid en acties.',
    en: 'Describe what the stakeholder gains from the dialogue: a shared interest, new insights, a working relationship or influence on your policy and actions.',
  },
  explanation: {
    nl: 'Dit element bekijkt de dialoog door de ogen van de stakeholder: waarom is het voor hén de moeite waard? Denk aan een belang dat u samen deelt in de uitkomst, kennis of inzichten die zij opdoen, een relatie of samenwerking die sterker wordt, of echte invloed op uw beleid, strategie, doelen of acties. Wat de dialoog úw organisatie oplevert, zoals reputatie of een betere risicoanalyse, hoort hier niet.',
    en: 'This element looks at the dialogue through the stakeholder\'s eyes: why is it worth *their* while? Think of an interest you share in the outcome, knowledge or insights they gain, a relationship or collaboration that grows stronger, or real influence on your policy, strategy, goals or actions. What the dialogue brings *your* organisation, such as reputation or a better risk analysis, does not belong here.',
  },
  why: {
    nl: 'Tijd is schaars, zeker voor vakbonden, kleine ngo\'s en leveranciers. Wie vooraf ziet wat een gesprek hem persoonlijk of zijn achterban oplevert, stapt er veel makkelijker in. Een plan dat alleen het bedrijfsbelang noemt, nodigt niemand uit.',
    en: 'Time is scarce, especially for unions, small NGOs and suppliers. People who see in advance what a conversation brings them or those they represent are far more willing to join. A plan that only names the company\'s interest invites nobody.',
  },
  headings: {
    nl: ['toegevoegde waarde', 'meerwaarde', 'wat levert ... op', 'wat ... oplevert', 'wat ... u|jullie ... eraan', 'waarom meedoen', 'waarom deelnemen', 'waarom ... meedoen|deelnemen|aansluiten', 'voordelen', 'voordeel voor', 'wat brengt ... u|jullie|deelnemers', 'wat ... @stakeholders ... winnen|wint|krijgen|krijgt', 'wat ... @stakeholders ... eraan ... heeft|hebben|hebt', 'wat ... heeft|hebben|hebt ... @stakeholders ... eraan', 'gedeeld belang', 'gezamenlijk belang', 'gemeenschappelijk belang', 'wederzijds* ... belang|voordeel', 'wat ... u|jullie ... krijgt|krijgen', 'waarde voor ... deelnemers|stakeholders|leveranciers|partners|u|jullie', 'baat', 'opbrengst* ... voor'],
    en: ['added value', 'value for ... participants|stakeholders|you|suppliers|partners|workers', 'what ... you ... gain|get', 'what\'s in it', 'what is in it for', 'what ... @stakeholders ... gain|gains|get|gets', 'why take part', 'why participate', 'why join', 'why ... take part', 'why ... participate|join', 'benefits for|of|to', 'benefit for|of|to', 'shared interest*', 'common interest*', 'mutual benefit*', 'mutual value', 'what participants gain', 'what ... offers', 'value of taking part', 'value of participation', 'your gain'],
  },
  signals: {
    nl: [
      'gedeeld*|gezamenlijk*|gemeenschappelijk* ... belang', 'wederzijds* ... belang|voordeel|nut', 'belang bij ... uitkomst|resultaat|resultaten|oplossing*', 'toegevoegde waarde voor ... deelnemers|stakeholders|u|jullie|leveranciers|ngo*|werknemers|partners|vakbond*|boeren',
      'meerwaarde voor ... u|jullie|deelnemers|stakeholders|leveranciers|werknemers|partners|ngo*|vakbond*|boeren', 'voordeel|voordelen ... voor ... u|jullie|deelnemers|leveranciers|werknemers|partners|boeren', 'wat ... levert ... u|jullie|deelnemers|leveranciers ... op', 'oplevert ... voor ... u|jullie|deelnemers|leveranciers|werknemers',
      'wat ... heeft|hebben ... u|jullie ... eraan', 'invloed ... op ... beleid|strategie|doelen|acties|besluiten|besluitvorming|aanpak|inkoop*|keuzes', 'meepraten|meedenken|meebeslissen ... over ... beleid|strategie|aanpak|doelen|keuzes', 'stem ... gehoord', 'stem ... laten horen',
      'u|jullie|deelnemers|leveranciers|stakeholders|werknemers ... krijgen|krijgt|verkrijgen|verkrijgt|doen ... inzicht*|kennis|informatie', 'inzicht* ... voor ... deelnemers|u|jullie|leveranciers', 'van elkaar leren', 'leren van ... elkaar|collega*|andere',
      'kennis|ervaringen ... uitwisselen|delen ... met ... andere|collega*', 'netwerk* ... uitbreiden|versterken|opbouwen', 'samenwerkingsrelatie', 'toegang ... tot ... beslissers|directie|management|inkopers|inkoopteam',
      'ten goede ... aan ... werknemers|leveranciers|gemeenschap*|boeren|deelnemers|arbeiders|medewerkers', 'u|jullie|leveranciers|deelnemers|boeren|werknemers ... profiteren|profiteert', 'kans|gelegenheid ... om ... invloed|mee|zorgen|ervaringen',
      // the stakeholder receives something concrete
      '@stakeholders|ze|zij & krijgen|krijgt|ontvangen|ontvangt & advies|uitkomsten|resultaten|toegang|training*|inzage|gegevens|informatie|ondersteuning|premie|begeleiding|kennis|inzicht*|zeggenschap|inspraak|contact|contacten|stem|hulp|exportgegevens|data', 'zeggenschap ... over', 'inspraak ... in|over',
      // the stakeholder gets a say (separable Dutch verbs)
      'bepalen|bepaalt|beslist|beslissen ... mee', 'meebepalen|meebeslissen', 'praat|praten ... mee ... over', 'denkt|denken ... mee ... over ... onze', 'mee ... over ... onze ... planning|inkoop*|beleid|keuzes|criteria|aanpak',
      'voor ... @stakeholders & oplevert|opleveren', 'voor ... @stakeholders & levert|leveren & op', 'voor ... @stakeholders & levert|leveren ... kennis|inzicht|inzichten|voordeel|voordelen|waarde|meerwaarde|informatie|invloed|erkenning|zekerheid',
      // the stakeholder can use the results for its own purposes
      // een plaats waar besloten wordt; invloed op hoe iets loopt
      'wat ... @stakeholders ... winnen|wint|krijgen|krijgt ... met|bij|door|aan', 'zij|ze|@stakeholders ... kunnen|kan ... invloed ... uitoefenen|hebben|krijgen', 'zij|ze|@stakeholders ... kunnen|kan ... mee ... bepalen|beslissen',
      'zitting ... in ... adviesgroep|adviesraad|stuurgroep|commissie|bestuur|klankbordgroep', 'zetel|plaats|stoel ... in|aan ... adviesgroep|adviesraad|stuurgroep|commissie|tafel|klankbordgroep',
      'kunnen|kan ... gebruiken ... eigen|andere|zelf & resultaten|gegevens|uitkomsten|beeld|data|kennis', 'voor ... eigen ... gebruik|werk|pleitwerk|onderhandelingen', 'invloed|inspraak|zeggenschap ... op ... hoe|manier ... wij|we', 'voor ... @stakeholders ... is ... dit|het ... een ... kans|gelegenheid',
      // as organisations word it in published policies and reports
      'boeren|telers|producenten|leveranciers ... ontvangen|krijgen ... hogere|betere|eerlijke ... prijs|training|ondersteuning', 'kansen|ontwikkelingskansen ... voor ... @stakeholders|melkveehouders',
      // round 9: general frames (better income or conditions through the cooperation; capacity building; a voice or platform; their views weigh in decisions; both sides gain; direct access; knowledge of their rights)
      'inkomen|inkomens|inkomsten|opbrengst|opbrengsten|lonen|loon|bestaanszekerheid|levensonderhoud & hoger*|beter*|verbeter*|verhog*|stijg*|gestegen & samenwerking|programma|project|partnerschap|dankzij|deelname|deelnemende',
      'versterk*|opbouw*|opbouwen|bouwen|ontwikkel*|vergrot* ... capaciteit|capaciteiten|vaardigheden|positie|onderhandelingspositie ... van ... @stakeholders|lokale|vrouwen|kleine', 'capaciteitsopbouw|capaciteitsversterking',
      'geven|geeft|bieden|biedt|krijgen|krijgt ... @stakeholders|hen|mensen|ze|zij ... een ... stem|zeggenschap ... in|bij|over|aan', 'geven|geeft|bieden|biedt|krijgen|krijgt ... @stakeholders|hen|mensen|ze|zij ... een ... podium|platform|plek ... om|voor|waar', 'stem ... in ... besluit*|besluitvorming|beslissingen|beleid', 'een ... stem|podium|platform ... voor ... @stakeholders|hen',
      'inbreng|visie|visies|perspectief|perspectieven|stem|stemmen|ervaringen|zorgen ... van ... @stakeholders|betrokken*|hen & weegt|wegen|gewogen|bepaalt|bepalen|bepaald|beinvloedt|beinvloeden|beinvloed|vormt|vormen|gevormd & besluit*|beleid|strategie|keuzes|prioriteiten|ontwerp|aanpak',
      'beide|alle ... partijen|kanten ... baat|voordeel|profiteren|profiteert|winnen|sterker', 'win-win*', 'winwin*',
      'rechtstreeks|direct ... bij ... het|de|onze|ons ... management|directie|inkoper*|koper|kopers|beslissers|hoofdkantoor ... aankaarten|neerleggen|melden|bespreken|voorleggen|kwijt',
      'kennis|begrip|inzicht ... van|over|in ... hun ... rechten', '@stakeholders ... krijgen|krijgt|doen|opdoen|ontwikkelen ... meer|beter|nieuw*|waardevol* ... inzicht|kennis|begrip|vaardigheden',
      // round 10: frames generalised from missed evidence (formele rechten: advies- en instemmingsrecht, formele invloed; samen groeien; beter bestaan of inkomen voor hen; samen ontwerpen/cocreatie; verdeling van lusten en lasten, omgevingsfonds, meeprofiteren; zelf beslissen over wat hen raakt)
      'adviesrecht|adviesrechten|instemmingsrecht|instemmingsrechten|initiatiefrecht|inspraakrecht|inspraakrechten|vetorecht|spreekrecht|informatierecht', 'verzwaard|verzwaarde ... advies|adviesrecht', 'advies of|en instemming', 'advies- en|of instemmingsrecht*',
      'recht ... op|om ... instemming|inspraak|zeggenschap', 'recht ... om ... mee te beslissen|praten|denken|bepalen', 'formele|formeel|wettelijke|wettelijk ... invloed|zeggenschap|inspraak|bevoegdheden|stem & @stakeholders|raad|clientenraad|huurders*|ondernemingsraad|or|zij|ze|hun|onze',
      'samen ... groeien|groeit|groei|succesvol', 'groeien|groeit ... samen ... met', 'gedeeld*|gezamenlijk*|gemeenschappelijk* ... succes|groei|welvaart', 'als ... wij|we ... groeien & groeien|groeit ... zij|ze|@stakeholders|ook',
      'beter|betere|menswaardig|menswaardige|waardig ... leven|bestaan|toekomst|boterham ... voor|van ... @stakeholders|gezinnen|families|hun|hen|kinderen|huishoudens', 'kans|kansen ... op ... een ... beter|betere|menswaardig ... leven|bestaan|toekomst|inkomen',
      'cocreatie|co-creatie|cocreeren|co-creeren|co-design|codesign|co-ontwerp & @stakeholders|samen|gezamenlijk', 'samen ... met ... @stakeholders ... ontwerpen|ontworpen|vormgeven|vormgegeven',
      'lusten en lasten', 'lusten ... lasten & verdeling|verdelen|delen|eerlijk*|evenwicht*', 'financiele|financieel ... participatie|deelname|mede-eigenaar*|mee ... profiteren|delen', 'mede-eigenaar*|mede-eigendom|lokaal eigendom',
      'meeprofiteren|meeprofiteert|meeprofiteren|mee ... profiteren|profiteert|profiteerden & @stakeholders|omgeving|zij|ze|lokale|regio', 'delen|deelt|meedelen ... in ... de ... opbrengst*|voordelen|baten|waarde',
      'zelf ... bepalen|beslissen ... of & @stakeholders|zij|ze|hun|gemeenschap*', 'beslissende|doorslaggevende ... invloed|zeggenschap',
      // round 15: voordelen gedeeld met wie het raakt (meeprofiteren, een deel van de opbrengst)
      'meeprofiteren|meeprofiteert|meeprofiteerden & @stakeholders|omgeving|buurt|lokale|grondeigenaren', 'profiteren|profiteert ... mee ... van & @stakeholders|omgeving|buurt|lokale|grondeigenaren', 'delen|deelt|meedelen|meedeelt ... in ... de|het ... opbrengst*|voordelen|baten|winst|rendement & @stakeholders|omgeving|buurt|lokale|grondeigenaren',
      // round 19: financieel meedoen (participeren in het park); een omgevingsfonds of gebiedsbijdrage; stakeholders een stem geven
      'financieel|financiële|financiele ... participeren|participatie|deelnemen|deelneming|meedoen & @stakeholders|omgeving|omwonenden|inwoners|lokale|buurt',
      'omgevingsfonds*|gebiedsfonds*|gebiedsbijdrage*|omgevingsbijdrage*|duurzaamheidsfonds*',
      'geef|geven|geeft|krijgen|krijgt ... @stakeholders|ze|hen|omwonenden|omgeving ... een ... stem', '@stakeholders|omwonenden|omgeving ... krijgen|krijgt ... een ... stem',
    ],
    en: [
      'shared|common|mutual|joint ... interest*|stake', 'mutual* ... benefi*', 'stake in ... outcome*|result*|solution*', 'value for ... participants|you|stakeholders|suppliers|workers|partners|ngos|communities|unions|farmers',
      'benefit* for ... participants|you|stakeholders|suppliers|workers|partners|ngos|communities|farmers', 'what\'s in it for', 'what is in it for', 'what ... you ... gain', 'what ... you ... get out of', 'participants|you|suppliers|workers|partners|stakeholders ... gain|get|receive|obtain ... insight*|knowledge|access|information|understanding',
      'influence ... our ... policy|policies|strategy|goals|targets|actions|decisions|approach|purchasing|priorities', 'shape ... our ... policy|policies|strategy|priorities|approach|decisions|actions', 'a say in', 'voice ... heard', 'your input|feedback|views ... shape*|influence*',
      'working relationship', 'build|expand|strengthen ... network*', 'learn from ... each other', 'learn from ... peers|other', 'peer learning', 'exchange ... experiences|knowledge ... with ... peers|others|other',
      'direct access to ... decision-makers|buyers|management|senior', 'direct line to', 'opportunity ... to ... raise|influence|shape|voice|share', 'benefit* ... from ... results|outcomes|findings|programme|program|dialogue',
      'suppliers|workers|participants|farmers|communities|you ... benefit*', 'improve ... their ... conditions|livelihoods|business|position',
      // the stakeholder receives something concrete
      '@stakeholders|they ... gain|gains|get|gets|receive|receives|obtain|obtains ... access|results|advice|training|data|say|support|information', '@stakeholders|they ... gain|gains|get|gets|receive|receives|obtain|obtains ... insight*|findings|voice|contact|contacts|introduction*|referral*|help',
      'for ... @stakeholders & means|brings|offers|gives|provides', 'a ... voice ... in ... our|the',
      // the stakeholder gets a say
      'co-determine*', 'input ... into ... our ... policy|policies|strategy|decisions|priorities|criteria', 'a ... say ... in|over', 'say ... in ... our|the ... criteria|planning|decisions|measures|priorities|policy',
      // the stakeholder can use the results for its own purposes
      // a seat where decisions are taken; influence on how things are run
      'what ... @stakeholders ... gain|gains|get|gets ... from|by', 'they|@stakeholders ... able|can|could ... influence|shape|decide|co-decide ... how|what|which|who|where|when|the|our',
      'seat|seats|sit|sits ... on|at ... the ... advisory|steering|table|board|committee|panel', 'seat at the table',
      'can ... use ... results|data|findings|information|outcomes & own|other|their', 'for ... their ... own ... use|work|advocacy|bargaining|negotiations', 'influence|say ... over|on ... how ... we', 'for ... @stakeholders ... this ... is ... a|an ... chance|opportunity',
      // as organisations word it in published policies and reports
      'mutual benefit*', 'mutually beneficial', 'provide|provides|gives|give|offers ... them|farmers|suppliers|growers|producers|communities ... security|stability|certainty|capital',
      // round 9: general frames (better income or conditions through the cooperation; capacity building; a voice or platform; their views shape decisions; both sides gain; direct access; knowledge of their rights)
      'incomes|income|yields|livelihoods|wages|earnings|productivity & increas*|improv*|higher|better & partnership|programme|program|project|cooperation|collaboration|participating|participation',
      'strengthen*|build*|develop*|enhanc* ... capacity|capacities|capabilities|skills|position ... of ... @stakeholders|local|women|smallholder*|small', 'capacity building|capacity-building|capacity-strengthening ... for|of|among|with ... @stakeholders|local|women|small', '@stakeholders ... capacity building|capacity-building',
      'give|gives|giving|given|provide|provides|providing|offer|offers|offering ... @stakeholders|them|people ... a|their ... voice|say|seat ... in|on|over|at', 'give|gives|giving|given|provide|provides|providing|offer|offers|offering ... @stakeholders|them|people ... a|their ... platform ... to|for', 'voice ... in ... decisions|decision-making|matters|issues|policy|policies', 'a ... voice|platform ... for ... @stakeholders|them',
      '@stakeholders|affected|their ... views|voices|perspectives|input|feedback|experiences & shape|shapes|shaped|influence|influences|influenced|inform|informs|informed & decision*|polic*|strateg*|priorities|design|approach',
      'both ... parties|sides|partners ... benefit*|gain|win|stronger', 'benefit* ... both|all ... parties|sides|partners', 'win-win',
      'raise|raises|raising|bring|brings|take|takes ... issues|concerns|problems|grievances ... directly ... with|to ... senior|management|buyer*|decision-makers|us|headquarters',
      'knowledge|understanding ... of|about ... their ... rights|entitlements', 'learn|learning ... about ... their ... rights', '@stakeholders ... gain|gains|acquire|acquires|develop|develops|build|builds ... better|deeper|more|new|valuable ... understanding|insight*|knowledge|awareness|skills',
      // round 10: frames generalised from missed evidence (formal participation rights: advisory and consent rights, formal influence; growing together; better lives and incomes for them; co-design; benefit sharing; deciding for themselves; influence over measures)
      'consent|advisory|co-determination|veto|participation right|rights|powers', 'right|rights to ... veto|co-decide|co-determine|co-decision|advise', 'advice|advise ... and|or ... consent',
      'formal|statutory ... influence|say|powers|voice|seat & @stakeholders|council|councils|they|their|our|tenants|residents|patients|clients',
      'grow|grows|growing|grew|prosper|prosperity|thrive|succeed|success ... together', 'as|when ... we ... grow|succeed|prosper|thrive & they|@stakeholders ... grow|grows|succeed|prosper|thrive|benefit', 'shared ... growth|success|prosperity', 'grow|grows|growing ... together|along ... with ... @stakeholders',
      'help|helps|helping|helped|enable|enables|enabling|enabled|allow|allows|allowing ... @stakeholders|families|households|artisans ... thrive|prosper|flourish|earn|escape',
      '@dialogue|relationship|relationships|partnership|trade|cooperation|collaboration ... builds|build|building|boosts|boost|increases|improves|secures & incomes|income|livelihoods|earnings|wealth', '@dialogue|relationship|relationships|partnership|trade|cooperation|collaboration ... raises|raised|lifts|lifted|lifting ... incomes|income|livelihoods|earnings',
      'better|dignified ... life|lives|future|futures|livelihood|livelihoods ... for ... @stakeholders|families|their|them|households|artisans|children',
      'co-design|co-designs|co-designed|co-designing|codesign*|co-create|co-creates|co-created|co-creating|co-develop|co-develops|co-developed|co-developing & @stakeholders|together|jointly|them',
      'design|designs|designed|designing|shape|shapes|shaped|shaping ... together|jointly ... with ... @stakeholders|them', 'together|jointly ... with ... @stakeholders|them ... design|designs|designed|designing',
      'benefit-sharing|benefit sharing', 'share|shares|sharing|stake ... in ... the ... benefits|proceeds|value|revenues', 'local|community|co-ownership|co-owner* ... ownership|stake|shareholding',
      'determine|decide ... for themselves', 'decisive ... voice|say', 'influence|say ... over|on|in ... mitigation|measures|design|whether|how & @stakeholders|they|them|their',
      // round 15: benefits shared with the people concerned (benefit sharing, a share in the proceeds)
      'share|shares|sharing|shared ... benefits|benefit|proceeds|revenue|revenues|profits & @stakeholders|local|locals|people|those|neighbours|neighbors|landowners',
      // round 19: local people choosing what is done (influence on actions); a community benefit fund; what the stakeholder itself gains (skills, income, position)
      'locals|residents|communities|community|villagers|neighbours|neighbors ... choose|chooses|choosing|decide|decides|select|selects|shape|shapes ... projects|priorities|plans|design|spending', 'local people ... choose|chooses|choosing|decide|decides|select|selects|shape|shapes ... projects|priorities|plans|design|spending',
      'community ... benefit|development ... fund|funds',
      '@stakeholders ... gain|gains|gained ... efficiency|knowledge|skills|income|access|capacity|capabilit*|competitive|expertise',
    ],
  },
  cues: {
    nl: ['waarde', 'meerwaarde', 'voordeel', 'voordelen', 'belang', 'inzicht*', 'kennis', 'leren', 'invloed', 'meepraten', 'meedenken', 'relatie', 'netwerk*', 'samenwerk*', 'profite*', 'oplever*', 'ten goede', 'toegang', 'ondersteuning', 'ervaringen', 'uitwisselen', 'gehoord', 'stem', 'kans', 'gelegenheid', 'resultaten', 'baat', 'voorspelbaar*', 'zekerheid', 'stabiel*', 'zodat ... zij|ze', 'hun eigen'],
    en: ['value', 'benefit*', 'gain*', 'interest*', 'insight*', 'knowledge', 'learn*', 'influence', 'shape', 'say', 'relationship*', 'network*', 'collaborat*', 'access', 'support', 'experience*', 'exchange', 'heard', 'voice', 'opportunit*', 'outcome*', 'results', 'predictab*', 'certainty', 'stable', 'stability', 'so that they', 'their own'],
  },
  exclude: {
    nl: ['levert|leveren|leverde ons|onszelf', '@placeholders', 'van @stakeholders ... verwachten|hopen|vragen ... wij|we', 'van @stakeholders ... verwachten|hopen|vragen wij|we', 'voor ons bedrijf', 'voor onze organisatie', 'voor de onderneming', 'onze reputatie', 'reputatie*', 'ons imago', 'imago', 'license to operate', 'licence to operate', 'business case', 'concurrentievoordeel', 'helpt ons', 'levert ons ... op', 'we|wij ... gebruiken ... input|inbreng', 'we|wij ... benutten ... input|inbreng', 'onze invloed', 'beleggers', 'investeerders', 'rendement', 'rendementen', 'portefeuille', 'esg-risico*', 'kostenbesparing*', 'secundaire arbeidsvoorwaarden', 'auditbevindingen', 'minder ... bevindingen', 'vertraagde|late ... leveringen|zendingen', 'omzet', 'verkoop', 'verhaal ... voor ... klanten', 'we|wij krijgen|ontvangen', 'krijgen|ontvangen we|wij', 'moeten|moet ... voldoen|naleven', 'verplicht*', 'levert|leveren|oplevert|opleveren ... giftige|schadelijke|gevaarlijke|ongezonde ... rook|dampen|stoffen|stof', 'levert|leveren ... schade|overlast|gevaar|gezondheidsrisico*|gezondheidsklachten ... op', 'publiciteit', 'negatieve pers', 'aandeelhouder*', 'aandeelhoudersvergadering*', 'leveringszekerheid', 'continuiteit van levering*', 'herstel|herstelbetaling*|schadevergoeding|compensatie ... krijgen|krijgt|ontvangen|ontvangt|bieden|bied*', 'krijgen|krijgt|ontvangen|ontvangt ... herstel|herstelbetaling*|schadevergoeding|compensatie'],
    en: ['brings|bring|gives|give|delivers|deliver|gets|get us|ourselves better|more|fewer|less|a|an', '@placeholders', 'from @stakeholders we|i ... hope|expect|want|ask|need', 'for our business', 'for our company', 'for our organisation', 'for our organization', 'for us as a company', 'our reputation', 'reputation*', 'reputational', 'our brand', 'our image', 'licence to operate', 'license to operate', 'business case', 'competitive advantage', 'helps us', 'benefits us', 'we use ... input|feedback', 'we will use ... input|feedback', 'our influence', 'our leverage', 'investors', 'financial return|returns', 'investment return|returns', 'return on investment', 'portfolio', 'esg risk*', 'cost saving*', 'wages and benefits', 'employee benefits', 'audit findings', 'delayed|late ... shipments|deliveries', 'sales', 'story ... for ... customers', 'retail customers', 'we get|receive|gain', 'ability of|to', 'able to ... get|receive', 'must', 'comply', 'compliance', 'required to', 'produces|produce|releases|release|creates|create ... toxic|harmful|dangerous', 'publicity', 'negative press', 'shareholder*', 'shareholders\' meeting', 'security of supply', 'supply security', 'continuity of supply', 'get|gets|receive|receives|obtain|obtains ... remedy|remediation|compensation|redress', 'remedy|remediation|compensation|redress ... for|to ... them|people|workers|victims|those'],
  },
  skeleton: {
    nl: '<!-- Beschrijf wat de stakeholder zelf aan de dialoog heeft: een gedeeld belang, nieuwe inzichten, een werkrelatie of invloed op uw beleid en acties. -->\n\n- Ons gedeelde belang bij de uitkomst: [invullen]\n- Wat de deelnemers eraan hebben (inzichten, contacten, relatie): [invullen]\n- Waarop zij invloed kunnen uitoefenen: [invullen]',
    en: '<!-- Describe what the stakeholder gains from the dialogue: a shared interest, new insights, a working relationship or influence on your policy and actions. -->\n\n- Our shared interest in the outcome: [fill in]\n- What participants gain (insights, contacts, relationship): [fill in]\n- What they can influence: [fill in]',
  },
};
