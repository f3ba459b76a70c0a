// Word lists that phrases can name with `@list` (see match/phrases.ts), so that
// "who" and "what" are written once: `informeren ... @stakeholders`.
// Single words only; `*` at the start or end as in phrases.

export const VOCABULARY: Record<string, readonly string[]> = {
  /** The people a dialogue is with. */
  stakeholders: [
    // nl
    'stakeholder*', 'belanghebbende*', 'deelnemer*', 'rechthebbende*', 'leverancier*', 'toeleverancier*', 'producent*', 'fabriek*', 'kwekerij*', 'kweker', 'kwekers',
    'coöperatie*', 'cooperatie*', 'boeren', 'telers', 'ngo', "ngo's", 'ngos', 'organisaties', '*organisaties', 'vakbond*', 'bonden', 'werknemers*',
    'arbeiders', 'medewerkers', 'gemeenschap*', 'omwonenden', 'partners', 'partner', 'importeur*', 'agent*', 'handelaren', 'tussenhandel*', 'vertegenwoordiger*',
    'betrokkenen', 'gesprekspartner*', 'fabrikant*', 'dorpen', 'bewoners', 'buurtbewoners', 'inwoners', 'arbeidsmigranten', 'migranten', 'u', 'jullie', 'werkers', 'chauffeurs', 'plukkers', 'mijnwerkers', 'dorpelingen', 'werkneemsters', 'arbeidsters', 'medewerksters', 'naaisters',
    // en
    'participant*', 'rightsholder*', 'rights-holder*', 'supplier*', 'producer*', 'factory', 'factories', 'farmer*', 'grower*', 'cooperative*', 'co-op*',
    'estate*', 'mill*', 'ngo*', 'organisations', 'organizations', 'union*', 'worker*', 'employee*', 'communit*', 'residents', 'importer*',
    'trader*', 'intermediar*', 'representative*', 'smallholder*', 'manufacturer*', 'villages', 'migrants', 'migrant', 'you', 'villagers', 'pickers', 'miners', 'truckers',
  ],
  /** Parties between buyer and producer: agents, importers, traders. */
  intermediaries: [
    // nl
    'agent', 'agenten', 'inkoopagent*', 'agentschap*', 'importeur', 'importeurs', 'exporteur', 'exporteurs', 'handelaar', 'handelaren', 'handelshuis*', 'handelshuizen', 'handelsonderneming*', 'opkoper*', 'aggregator*', 'tussenhandelaar*', 'tussenpersoon', 'tussenpersonen', 'tussenschakel*', 'tussenhandel*', 'reseller', 'resellers', 'wederverkoper*', 'groothandel', 'groothandels', 'groothandelaar*', 'makelaar*', 'distributeur*',
    // en
    'agents', 'importer', 'importers', 'exporter', 'exporters', 'trader', 'traders', 'broker', 'brokers', 'wholesaler', 'wholesalers', 'reseller', 'resellers', 'middleman', 'middlemen', 'intermediar*', 'distributor*', "agent's", "importer's", "exporter's", "trader's", "broker's", "wholesaler's", "reseller's", "middleman's",
  ],
  /** Languages of production countries and their workers, to recognise meetings held in the participants' own language. */
  languages: [
    // nl
    'hindi', 'tamil', 'bengaals', 'urdu', 'nepalees', 'singalees', 'mandarijn', 'chinees', 'kantonees', 'vietnamees', 'khmer', 'birmees', 'thais', 'indonesisch', 'maleis', 'tagalog', 'swahili', 'amhaars', 'turks', 'portugees', 'spaans', 'frans', 'arabisch', 'pools', 'roemeens', 'bulgaars', 'oekraiens', 'russisch', 'twi', 'lugisu', 'luganda', 'assamees', 'telugu', 'kannada', 'malayalam', 'gujarati', 'marathi', 'punjabi',
    // en
    'bengali', 'bangla', 'nepali', 'sinhala', 'mandarin', 'chinese', 'cantonese', 'vietnamese', 'burmese', 'thai', 'indonesian', 'bahasa', 'malay', 'filipino', 'amharic', 'oromo', 'turkish', 'portuguese', 'spanish', 'french', 'arabic', 'polish', 'romanian', 'slovak', 'bulgarian', 'ukrainian', 'russian', 'assamese', 'sadri', 'hausa', 'yoruba', 'zulu', 'xhosa', 'sesotho',
  ],
  /** Human-rights and labour themes that are often bound up with one another (broader context). */
  rbcthemes: [
    // nl
    'loon', 'lonen', 'leefbaar', 'inkomen', 'inkomens', 'werktijden', 'werktijd', 'werkuren', 'arbeidsuren', 'overuren', 'overwerk', 'uren', 'organisatievrijheid', 'vakbondsvrijheid', 'vakverenigingsvrijheid', 'verenigingsvrijheid', 'organiseren', 'onderhandelen', 'cao', "cao's", 'vakbond*', 'gender', 'vrouwen', 'kinderarbeid', 'dwangarbeid', 'armoede', 'discriminatie', 'productiedoelen', 'productienormen', 'stukloon', 'prijzen', 'inkoopprijzen', 'inkooppraktijken', 'schulden', 'huisvesting', 'landrechten', 'ontbossing',
    // en
    'wage', 'wages', 'pay', 'income', 'incomes', 'earnings', 'hours', 'overtime', 'organise', 'organize', 'association', 'bargaining', 'unions', 'women', 'child', 'forced', 'poverty', 'discrimination', 'targets', 'quotas', 'piece-rate*', 'prices', 'pricing', 'purchasing', 'debt', 'housing', 'land', 'deforestation',
  ],
  /** Words that stand in for text still to be written: a sentence holding one is a note to the author, not evidence. */
  placeholders: ['tbd', 'tbc', 'todo', 'placeholder*', 'xxx', 'ntb', 'n.t.b.', 'nnb', 'n.n.b.', 'nog uit te werken', 'nog in te vullen', 'to be worked out', 'to be completed after', 'to be completed later'],
  /** What working with stakeholders is for, as verbs after "to" (English; round 14). */
  aims: ['ensure', 'help', 'build', 'support', 'enable', 'improve', 'strengthen', 'promote', 'create', 'develop', 'drive', 'foster', 'influence', 'mitigate', 'reduce', 'prevent', 'protect', 'obtain', 'maintain', 'catalyse', 'catalyze', 'reach'],
  /** The dialogue itself. */
  dialogue: [
    'dialoog', 'dialogen', '*dialoog', 'gesprek*', '*gesprek*', 'bijeenkomst*', 'overleg', '*overleg', 'consultatie*', 'sessie*', 'workshop*', 'rondetafel*',
    'dialogue*', 'engagement*', 'meeting*', 'consultation*', 'session*', 'conversation*', 'roundtable*', 'talks', 'rounds', 'gespreksrondes', 'dialoogrondes',
    // standing bodies in which a company meets the same stakeholders (round 15)
    'klankbordgroep*', 'burenraad', 'omgevingsraad', 'liaison', 'forum', 'forums',
  ],
};
