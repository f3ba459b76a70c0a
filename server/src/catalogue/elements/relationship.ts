import type { ElementDefinition } from '../types.js';

export const relationship: ElementDefinition = {
  id: 'relationship',
  group: 'general',
  levels: { 'dialogue-plan': 'required', policy: 'recommended' },
  source: { nl: 'SER-factor 6: de aard van de relatie tussen bedrijf en stakeholder', en: 'SER factor 6: the nature of the relationship between company and stakeholder' },
  title: { nl: 'Relatie en contactpersoon', en: 'Relationship and contact person' },
  summary: {
    nl: 'Beschrijf hoe u een persoonlijke relatie met de stakeholders opbouwt en onderhoudt, en wie hun vaste aanspreekpunt is.',
    en: 'Describe how you build and keep a personal relationship with the stakeholders, and who their fixed point of contact is.',
  },
  explanation: {
    nl: 'Dit element gaat over de relatie naast de formele gesprekken: regelmatig en informeel contact zonder vaste agenda, bezoeken, belangstelling voor de ander, en vaste, bekende contactpersonen die niet steeds wisselen. Noem wie het aanspreekpunt is en hoe u de continuïteit bewaakt als iemand vertrekt. Een algemeen info@-adres of een contactpersoon die elke keer een ander is, bouwt geen relatie op.',
    en: 'This element covers the relationship beyond the formal meetings: regular, informal contact without a set agenda, visits, genuine interest in the other party, and fixed, familiar contact persons who do not keep changing. Name who the point of contact is and how you keep continuity when someone leaves. A general info@ address or a contact who is someone different every time does not build a relationship.',
  },
  why: {
    nl: 'Mensen praten makkelijker en eerlijker met iemand die ze kennen en vertrouwen. Een persoonlijke band verlaagt de drempel om ook lastige onderwerpen op tafel te leggen, en dat vertrouwen gaat verloren als gezichten steeds wisselen of er alleen contact is wanneer het bedrijf iets nodig heeft.',
    en: 'People talk more easily and more honestly with someone they know and trust. A personal bond makes it easier to raise difficult issues, and that trust is lost when faces keep changing or when there is contact only when the company needs something.',
  },
  headings: {
    nl: ['relatie', 'de relatie ... met', 'onze relatie*', 'relatiebeheer', 'relatie ... opbouwen|onderhouden|versterken', 'samenwerkingsrelatie', 'vertrouwensrelatie', 'vertrouwen ... opbouwen', 'persoonlijk contact', 'contact', 'contact ... onderhouden', 'contactmomenten', 'contactpersoon', 'contactpersonen', 'aanspreekpunt*', 'vast aanspreekpunt', 'wie ... spreekt u', 'met wie heeft u contact', 'bezoeken', 'leveranciersbezoeken', 'bezoek* ... leveranciers|locatie*|gemeenschap*', 'continuiteit ... contact', 'band ... met'],
    en: ['relationship*', 'our relationship*', 'relationship management', 'building ... relationship*|trust', 'maintaining ... relationship*|contact', 'trust', 'personal contact', 'contact', 'contact person*', 'contacts', 'point of contact', 'points of contact', 'key contact*', 'who you ... deal with', 'who you ... talk|speak to', 'your contact*', 'visits', 'site visits', 'supplier visits', 'staying in touch', 'keeping in touch', 'continuity ... contact*', 'account management'],
  },
  signals: {
    nl: [
      'vaste|vast ... contactpersoon|contactpersonen|aanspreekpunt*|gesprekspartner*|accountmanager*', 'bekende|bekend ... contactpersoon|contactpersonen|aanspreekpunt*|gezicht*', 'eigen|persoonlijk* ... contactpersoon|aanspreekpunt', 'een ... aanspreekpunt', 'dezelfde contactpersoon|contactpersonen|medewerker*|persoon|personen|mensen|gezichten', 'steeds|telkens|altijd ... dezelfde', 'contactpersoon ... is|wordt|blijft|zijn ... mvo|imvo|duurzaamheid*|inkoop*|manager|coordinator|adviseur',
      'persoonlijk* ... relatie*|contact|band', 'persoonlijk kennen', 'informele|informeel ... contact|contacten|gesprek*|overleg|bezoek*|ontmoeting*|kennismaking', 'kennismak*', 'kopje koffie', 'interesse ... tonen ... in', 'belangstelling ... voor ... ander|stakeholder*|leverancier*|organisatie',
      'roulatie|vertrouwensrelatie*', 'wisseling* ... contactpersonen|aanspreekpunt* ... beperk*', 'continuiteit ... contact*|relatie|aanspreekpunt*', 'overdracht ... contactpersoon|relatie|contacten', 'vertrouwen ... opbouwen|opgebouwd|winnen|versterken', 'relatie ... opbouwen|onderhouden|versterken|verdiepen|investeren|opgebouwd',
      'regelmatig* ... bezoek*|langs|contact', 'bezoek* ... regelmatig|jaarlijks|persoonlijk', 'bezoek*|bezoekt ... leverancier*|fabriek*|producent*|boeren|cooperatie*|gemeenschap*|partners|kantoor* & regelmatig|jaarlijks|elk|elke|ieder|iedere|keer|maandelijks|persoonlijk|informeel|tussendoor|vaste',
      // a named person who is the contact for the group, and keeps in touch in between
      'aanspreekpunt|contactpersoon|contact ... voor ... @stakeholders', 'al ... jaar ... aanspreekpunt|contactpersoon|contact', 'kennen ... elkaar', 'elkaar ... persoonlijk', 'hetzelfde team', 'tussendoor & belt|bellen|contact|langs|bezoek*|spreekt|spreken|horen', 'tussen ... formele|de ... momenten|bijeenkomsten|gesprekken|rondes ... door', 'ook ... buiten ... bijeenkomsten|gesprekken|orders|formele|overleg*|audits', 'horen ... hoe ... het gaat', 'bij te praten', 'bijpraten|langsgaan', 'uw ... contactpersoon|aanspreekpunt', 'op bezoek',
      // a standing liaison who has held the role for years and visits between formal rounds
      'liaison|verbindingspersoon|contactfunctionaris|relatiebeheerder*', 'vervult|vervulde|heeft ... deze|die|de ... rol|functie ... sinds|al', 'sinds ... @stakeholders|hen ... contactpersoon|aanspreekpunt', 'tussen ... formele|officiele ... bijeenkomsten|gesprekken|momenten|rondes', 'jarenlang*|langdurig* ... contact|relatie|contactpersoon', 'al ... jaren ... dezelfde',
      'aanspreekpunt|contactpersoon ... blijft|blijven', 'blijft|blijven ... het|hun|ons|vaste ... aanspreekpunt|contactpersoon',
      // as organisations word it in published policies and reports
      'sterke band', 'bezoeken|bezoekt ... regelmatig', 'eerste|vast|vaste ... aanspreekpunt',
      'relaties ... opbouwen|onderhouden & open|constructieve|goede|duurzame', 'relaties ... op te bouwen & open|constructieve|goede|duurzame', 'langetermijnrelatie*', 'regelmatig ... contact|contacten & @stakeholders|belangrijkste',
      'investeren|investeert ... in ... goede|transparante|duurzame|langdurige|persoonlijke ... relaties|relatie',
      'dagelijks ... contact|in contact & we|wij|onze|ons', 'nauw contact', 'persoonlijke|persoonlijk contacten|contact', 'wederzijds vertrouwen', 'jaar|jaren ... nauw samen',
      // round 9: general frames (long-standing/close ties with suppliers or communities, years of working together, low supplier turnover, short lines, local teams in close contact, fixed buyer)
      'langdurige|langjarige|jarenlange|hechte|nauwe|stabiele|langlopende|duurzame|vertrouwde ... relatie|relaties|band|banden & leverancier*|producent*|fabriek*|boeren|telers|kwekers|cooperatie*|gemeenschap*|omwonenden|dorpen|bewoners|werknemers',
      'relatie|relaties|samenwerking|band ... gebaseerd|gebouwd|berust|berusten|steunt|rust ... op ... vertrouwen|wederzijds*', 'vertrouwensband*', 'goede|sterke|hechte|nauwe|warme ... band ... met',
      'al ... jaar|jaren|decennia|decennium ... samen & leverancier*|producent*|fabriek*|boeren|telers|kwekers|cooperatie*|gemeenschap*|hen & we|wij|ons|onze', 'werken|werkten|samenwerken ... we|wij ... al ... jaar|jaren|decennia', 'we|wij ... werken|werkten ... al ... jaar|jaren|decennia', 'gemiddeld* ... samenwerking|relatie|relaties|looptijd & jaar|jaren & leverancier*|producent*|fabriek*|leveranciersrelatie*',
      'leveranciersverloop|leverancierswisseling*', 'weinig|laag|lage|beperkt* ... verloop ... leveranciers|producenten|fabrieken', 'zelden|nauwelijks ... van ... leverancier|leveranciers|fabriek|producent|partner ... wissel*', 'wisselen|wisselt ... zelden|nauwelijks ... van ... leverancier|leveranciers|fabriek|fabrieken|producent|producenten',
      'korte ... lijnen & @stakeholders|hen|direct*|contact', 'direct* ... lijn|lijnen|contact|contacten ... met ... onze|de ... leveranciers|producenten|fabrieken|telers|boeren|gemeenschap*|partners',
      'lokaal|lokale|eigen|regionaal|regionale ... kantoor|kantoren|team|teams|medewerkers|vertegenwoordiger*|inkoopkantoor|inkoopkantoren & nauw|nauwe|dagelijks*|direct*|regelmatig*|dichtbij|persoonlijk* & contact|contacten|relatie*|bezoek*|kennen|spreken', 'ter plaatse & team|teams|medewerkers|kantoor|kantoren|aanwezig|aanwezigheid & contact|contacten|relatie*|bezoek*|kennen|nauw', 'dicht|dichtbij ... bij ... de|onze ... gemeenschap*|leveranciers|boeren|telers|producenten|omwonenden',
      'in ... nauw|regelmatig|direct|voortdurend|goed|constant|continu|intensief|persoonlijk ... contact ... met & we|wij|onze|ons', 'onderhouden|onderhoudt|onderhield|houden ... goede|nauwe|nauw|regelmatig*|persoonlijke|directe|intensieve|warme ... contact|contacten|relatie|relaties|banden', 'goede|nauwe|persoonlijke|directe|intensieve ... contacten|contact ... onderhouden|houden',
      'vaste|eigen|toegewezen|vast ... inkoper|inkopers|buyer|buyers|relatiebeheerder|contactfunctionaris|liaison', 'elke|iedere ... leverancier|fabriek|producent|gemeenschap|partner ... heeft ... een ... eigen|vaste|vast ... inkoper|contactpersoon|aanspreekpunt|medewerker|accountmanager',
    ],
    en: [
      'named ... contact|contacts', 'named|fixed|dedicated|designated|same|your ... contact person', 'named|fixed|dedicated|designated|same|known|your ... point of contact', 'fixed|dedicated|designated ... contact', 'dedicated ... account|relationship manager', 'single point of contact', 'same person|people|contact*|faces', 'familiar ... faces|contact*', 'known ... contact person*', 'contact person ... is|remains', 'contact person ... will be', 'point of contact ... is|remains', 'point of contact ... will be', 'relationship manager*',
      'personal ... relationship*|contact|connection|bond', 'informal ... contact|conversation*|meeting*|visit*|check-in*|chats|catch-up*', 'informally ... meet|talk|chat|visit|catch', 'get|getting to know', 'cup of coffee', 'over coffee', 'show* ... interest in', 'genuine interest',
      'rotation', 'staff turnover', 'continuity ... contact*|relationship*', 'continuity ... point of contact', 'hand* over ... relationship*|contacts', 'handover & contact*|relationship*|successor|visit*', 'trust* relationship*', 'relationship* of trust', 'build* ... trust|relationship*', 'trust ... built|earned|grows', 'relationship* ... build*|maintain*|strengthen*|deepen*|invest*|nurture*', 'invest* in ... relationship*',
      'regular* ... visit*|contact|calls|check-ins', 'visit* ... regularly|annually|personally', 'visit* ... suppliers|factories|farms|producers|cooperatives|communities|partners|offices & regular*|every|each|twice|once|annual*|informal*|personally|fixed',
      // a named person who is the contact for the group, and keeps in touch in between
      'contact ... for ... @stakeholders', 'contact ... since', 'visit*|calls & every|each|twice|once ... month|week|quarter|year', 'also ... outside ... meetings|orders|audits|formal|rounds', 'outside of ... meetings|orders|audits|formal|rounds', 'in between ... meetings|rounds', 'how ... things ... going', 'know ... each other', 'know ... personally', 'same team', 'first-name basis', 'how ... they ... doing',
      // a standing liaison who has held the role for years and visits between formal rounds
      'standing|permanent|long-standing|longstanding ... contact|contacts|liaison|relationship*', 'held|holds ... the ... role|position ... since|for', 'between ... formal ... meetings|rounds|sessions', 'visits|visit|calls ... between ... meetings|rounds|sessions', 'same ... person|people|contact ... since|for ... years',
      'remains|remain|stays|stay ... the|their|our ... contact|point of contact|contact person',
      // as organisations word it in published policies and reports
      'strong|trusting|long-lasting|lasting ... relationships|relationship', 'regular contact with',
      'invest|invests|investing ... in ... strong|good|close|trusting|lasting ... relationships|relationship', 'close contact & @stakeholders|them', 'regular|regularly ... visit|visits|visiting & @stakeholders|them|sites', 'direct ... relationship|relationships & farmers|growers|producers|cooperatives|suppliers',
      'daily contact|contacts & we|our|us', 'visit* ... on location|site', 'visit* ... regularly', 'know the people', 'long-lasting|lasting|deep ... ties', 'minimise|minimize|reduce|low ... supplier turnover',
      // round 9: general frames (long-standing/close/trusted ties with suppliers or communities, years of working together, low supplier turnover, local teams in close contact, dedicated buyer or liaison)
      'long-term|long-standing|longstanding|long-lasting|lasting|close|trusted|trusting|enduring|stable|strong ... relationships|relationship|ties & supplier*|producer*|factories|factory|farmer*|grower*|cooperative*|co-ops|communit*|mills|estates|smallholders|villages|residents|workers', 'long-term|long-standing|longstanding|long-lasting|lasting|close|trusted|trusting ... partnerships|partnership & supplier*|producer*|factories|farmer*|grower*|cooperative*|communit*|smallholders',
      'relationships|relationship|partnerships|partnership ... based|built|founded|rests|rest ... on ... trust|mutual*',
      'we|we\'ve ... worked|partnered|traded|sourced ... with ... for ... years|decades', 'we ... have|has ... worked|partnered|traded|sourced & for|over ... years|decades & supplier*|producer*|factories|farmer*|grower*|cooperative*|communit*|them', 'we ... work|worked|working ... together ... for ... years|decades', 'average ... length|duration|age ... of ... relationship*|partnership*|collaboration & year|years', 'relationship*|partnership* ... average* ... year|years', 'years|decades ... of ... working ... together|relationship*|partnership* & supplier*|producer*|factories|farmer*|grower*|cooperative*|communit*',
      'supplier|suppliers ... turnover ... low|limited|minimal|minimised|minimized', 'low ... turnover ... of ... suppliers|producers|factories', 'switching|changing|rotating ... suppliers|factories|producers & avoid|avoiding|rarely|limit|limiting|minimise|minimize|rather|instead',
      'local|field|country|regional|sourcing|buying ... team|teams|office|offices|staff|presence|representatives & close|daily|direct|directly|regular*|frequent*|personal*|informal* & contact|touch|relationship*|visit*|meet*|know', 'on the ground & team|teams|staff|office|offices|presence & contact|touch|relationship*|visit*|know', 'close ... to ... the|our ... communities|suppliers|farmers|growers|producers|factories', 'local ... presence & supplier*|producer*|factories|farmer*|grower*|cooperative*|communit*',
      'keep|keeps|keeping|stay|stays|staying ... in ... touch|contact & @stakeholders|them|management', 'in ... regular|constant|frequent|direct|continuous|ongoing|close ... contact|touch|dialogue ... with & we|our|us',
      'dedicated|designated|assigned|fixed|named ... buyer|buyers|merchandiser*|liaison*|focal ... point|person', 'each|every ... supplier|factory|producer|community|partner ... has ... a|its|their ... own|dedicated|named|fixed|designated ... buyer|contact|manager|liaison|representative', 'community|stakeholder ... relations ... officer*|manager*|team|staff', 'focal point* & @stakeholders|them',
    ],
  },
  cues: {
    nl: ['relatie*', 'contactpersoon', 'contactpersonen', 'aanspreekpunt*', 'persoonlijk*', 'informele', 'informeel', 'vaste', 'vast', 'bekende', 'bezoek* & @stakeholders|regelmatig*|persoonlijk|informeel|jaarlijks|keer|vaste', 'vertrouwen*', 'continuiteit', 'roulatie', 'wisseling*', 'regelmatig*', 'kennismak*', 'band', 'lange termijn', 'langdurig*', 'opvolger', 'overdracht', 'manager', 'coordinator', 'adviseur'],
    en: ['relationship*', 'contact person*', 'point of contact', 'contacts', 'personal*', 'informal*', 'fixed', 'named', 'dedicated', 'familiar', 'visit* & @stakeholders|regular*|personal*|informal*|annual*|times|twice|once', 'trust*', 'continuity', 'rotation', 'turnover', 'regular*', 'get to know', 'bond', 'calls', 'long-term', 'long term', 'successor', 'handover', 'in person', 'face-to-face', 'manager', 'coordinator', 'officer'],
  },
  exclude: {
    nl: ['@placeholders', 'bezoek|bezoekt|bezoeken|bezocht & begrijpen', 'leveranciers ... moeten|dienen ... relatie|relaties|contact|contacten', 'investor relations', 'beleggersrelaties', 'info', 'algemeen ... e-mailadres|mailadres|telefoonnummer|nummer|adres', 'klantenservice', 'servicedesk', 'helpdesk', 'rouleert', 'roulerend*', 'wisselend* ... contactpersoon|contactpersonen|aanspreekpunt*', 'wie ... er ... toevallig|dat|die ... kwartaal|maand|reist|gaat', 'afhankelijk van ... beschikbaarheid|wie', 'contactpersoon|contactpersonen|aanspreekpunt ... wisselt|wisselen|verschilt|varieert', 'audit*|auditor* ... bezoek*|inspect*', 'bezoek* ... audit|audits', 'voor ... audit|audits|inspectie*|controle', 'klanten', 'consumenten', 'auditor*', 'auditbezoek*', 'inspectie*', 'plannen ... bezoeken', 'krediet*', 'onaangekondigd*', 'klantrelatie*', 'consument*', 'roulatie ... bemanning*|ploeg*|dienst*|project*|schip|schepen', 'bemanning* ... roulatie', 'ploegendienst*', 'een medewerker|teamlid|lid van ... team|afdeling|staf', 'iemand van|uit ... team|afdeling', 'een van ... onze ... medewerkers|collega*|inkopers', 'opgesteld|geschreven|goedgekeurd|vastgesteld door', 'auteur'],
    en: ['@placeholders', 'visit|visits|visiting|visited & to understand', 'suppliers ... must|shall|should ... maintain|build|have ... relationship*|contact', 'investor relations', 'info', 'general ... inbox|mailbox|address', 'general ... email|e-mail ... address', 'general ... phone number', 'customer service', 'service desk', 'helpdesk', 'help desk', 'rotating', 'rotates', 'whichever', 'whoever', 'depending on ... availability|who', 'contact person* ... change|changes|varies|vary|differs|rotate*', 'point of contact ... change|changes|varies|vary|differs|rotate*', 'audit|audits|auditor* ... visit*|inspect*', 'visit* ... audit|audits', 'for ... audit|audits|inspection*|inspecting', 'customers', 'clients', 'auditor*', 'inspection*', 'schedule ... visits', 'credit*', 'loan*', 'unannounced', 'customer relationship*', 'consumer*', 'crop rotation', 'rotation ... on|at|of ... project*|vessel*|ship*|sea|board|site|crew*|shift*', 'crew ... rotation*', 'shift rotation*', 'next rotation', 'job rotation', 'rotation schedule*', 'a member of ... team|staff|department', 'someone from ... team|staff|department', 'one of ... our ... staff|colleagues|buyers', 'prepared|written|drafted|reviewed|approved by', 'author'],
  },
  // Contacts that change by design, or none at all: the opposite of a fixed,
  // known contact person (whatever visits or calls the text names elsewhere).
  denials: {
    nl: [
      'contactpersoon|contactpersonen|aanspreekpunt|aanspreekpunten|inkoper|inkopers|accountmanager* & wisselt|wisselen|rouleert|rouleren|roteert|roteren elke|iedere|ieder|per|om de',
      'geen ... vaste|vast|permanente|eigen ... contactpersoon|aanspreekpunt|vertegenwoordiger|vertegenwoordiging',
      'wie ... toevallig|dan ... beschikbaar', 'van dienst & aanspreekpunt|contactpersoon',
      'voorkomen|vermijden ... dat ... relaties|relatie|contacten ... te ... persoonlijk',
    ],
    en: [
      'contacts|buyer|buyers|consultant & rotate|rotates|change|changes|switch|switches every|each|per', 'contact person*|account manager* & rotate|rotate|change|changes|switch|switches every|each|per', 'point of contact & rotates|changes|switches every|each|per',
      'no|not ... permanent|fixed|dedicated|named ... contact|representative|liaison', 'no|not ... permanent|fixed|dedicated|named ... point of contact',
      'whoever ... is|happens ... available', 'on duty & contact|point of contact|contact person',
      'avoid|prevent ... relationships|relationship|contacts ... becoming|getting|too ... personal',
    ],
  },
  aspects: [
    {
      id: 'contact-person',
      title: { nl: 'een vaste contactpersoon', en: 'a fixed contact person' },
      signals: {
        nl: ['vaste|vast ... contactpersoon|contactpersonen|aanspreekpunt*|gesprekspartner*|accountmanager*|medewerker', 'bekende|bekend ... contactpersoon|contactpersonen|aanspreekpunt*', 'eigen|persoonlijk*|benoemd*|aangewezen ... contactpersoon|aanspreekpunt', 'een ... aanspreekpunt', 'dezelfde contactpersoon|contactpersonen|medewerker*|persoon|personen', 'contactpersoon ... is|wordt|blijft|zijn', 'aanspreekpunt ... is|wordt|blijft|zijn', 'accountmanager', 'relatiebeheerder', 'contactpersoon ... mvo|imvo|duurzaamheid*|inkoop*|manager|coordinator|adviseur'],
        en: ['named ... contact', 'named ... contact person', 'named ... point of contact', 'fixed ... contact', 'fixed ... contact person', 'fixed ... point of contact', 'dedicated ... contact|manager', 'dedicated ... contact person', 'dedicated ... point of contact', 'designated ... contact', 'designated ... contact person', 'designated ... point of contact', 'single point of contact', 'same person', 'same contact*', 'contact person ... is|remains', 'contact person ... will be', 'point of contact ... is|remains', 'point of contact ... will be', 'account manager', 'relationship manager', 'liaison'],
      },
    },
  ],
  skeleton: {
    nl: '<!-- Beschrijf hoe u een persoonlijke relatie met de stakeholders opbouwt en onderhoudt, en wie hun vaste aanspreekpunt is. -->\n\n- Vaste contactpersoon (naam en functie): [invullen]\n- Informeel contact en bezoeken: [invullen]\n- Hoe we wisselingen van contactpersonen beperken en opvangen: [invullen]',
    en: '<!-- Describe how you build and keep a personal relationship with the stakeholders, and who their fixed point of contact is. -->\n\n- Fixed contact person (name and role): [fill in]\n- Informal contact and visits: [fill in]\n- How we limit and handle changes of contact person: [fill in]',
  },
};
