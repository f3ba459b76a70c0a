// Stakeholder groups: how a document names the parties it talks with. A group
// named in the front matter (`stakeholders:`), in a heading, or at least twice
// in the body makes its element group applicable (`activates`). Terms must be
// specific: a word that is usually about something else (a right, a treaty,
// the European Union) would switch on elements the document does not need.
// Each group's lower-cased title must be matched by its own terms, because
// templates write the titles into the front matter.

import type { StakeholderGroupDefinition } from './types.js';

export const STAKEHOLDER_GROUPS: readonly StakeholderGroupDefinition[] = [
  {
    id: 'suppliers',
    title: { nl: 'Leveranciers', en: 'Suppliers' },
    terms: {
      nl: ['leverancier*', 'toeleverancier*', 'producent*', 'fabriek*', 'productielocatie*', 'productiebedrijf*', 'fabrikant*', 'spinnerij*', 'weverij*', 'coöperaties', 'cooperaties', 'verwerker*', 'verwerkingsbedrijf*', 'kwekerij*', 'telers', 'kwekers', '*leverancier', '*leveranciers', 'boerencoöperatie*', 'boerencooperatie*', 'koopt|kopen|inkopen ... bij|van ... boerderijen|plantages|verwerkers|fabrikanten|kwekers', 'fabrieksdirectie*', 'fabrieksmanagement', 'concessiehouder*', 'ambachtelijke|kleinschalige mijnwerkers|goudzoekers', 'mijnbouwcoöperatie*', 'mijnbouwcooperatie*', 'mijnwerkerscoöperatie*', 'mijnwerkerscooperatie*', 'zagerij*', 'scheepswerf', 'scheepswerven', 'groeve', 'groeves', 'steengroeve*', 'onderaannemers', 'exporteur', 'exporteurs', 'weefateliers', 'naaiateliers', 'ateliers', 'charters', 'charterbedrijf*', 'transportbedrijven', 'vervoerders', 'ingehuurde ... vervoerders|chauffeurs|transporteurs', 'charterbedrijven', 'accommodaties', 'accommodatieverschaffers', 'hotels', 'lodges', 'homestay*', 'incoming agent*', 'lokaal|lokale agentschap|agentschappen|agent|agenten', 'grondafhandelaar*', 'excursieaanbieders', 'reisagentschap*', 'productiepartner*', 'cacaoboeren|koffieboeren|theeboeren|katoenboeren', 'partnercoöperatie*', 'partnercooperatie*', 'onze boeren|telers|kwekers'],
      en: ['supplier*', 'producer*', 'factory', 'factories', 'manufacturer*', 'mill', 'mills', 'vendor*', 'production site*', 'tier-1|tier-2 ... supplier*', 'cooperatives', 'processor*', 'processing plant*', 'processing facilit*', 'packhouse*', 'estates', 'growers', 'that|who|which supply|supplies us|our', 'buy|buys|source|sources|purchase|purchases ... from ... farms|plantations|estates|processors|plants', 'farm|factory|plant|mill ... management|managements|manager|managers|owner|owners', 'concession holder*', 'concessionaire*', 'artisanal|small-scale miners', 'mining|miners|miners\' association*|cooperative*|co-operative*', 'quarry', 'quarries', 'sawmill*', 'shipyard*', 'hauliers', 'exporter', 'exporters', 'weaving|knotting|sewing|garment workshops', 'farmer|farmers|producer|producers cooperative|co-operative', 'the|our cooperative|co-operative', 'subcontractors', 'subcontracted ... carriers|hauliers|companies|firms|workshops|factories', 'charter companies', 'carriers ... who|that|which ... drive|work|employ|carry', 'ground handler*', 'ground agent*', 'incoming agent*', 'destination management compan*', 'lodges', 'hotels', 'accommodation providers', 'homestay*', 'excursion providers', 'manufacturing|production|ems partner|partners', 'our|coffee|cocoa|cacao|tea|cotton ... farmers|growers', 'partner cooperatives', 'farmers|growers ... we ... buy|source|work|pay'],
    },
    activates: ['suppliers'],
  },
  {
    id: 'ngos',
    title: { nl: 'Ngo\'s', en: 'NGOs' },
    terms: {
      nl: ['onafhankelijke monitoringsorganisatie*', 'ngo', 'ngo\'s', 'ngos', 'ngo-partner*', 'non-gouvernementele organisatie*', 'niet-gouvernementele organisatie*', 'maatschappelijke organisatie*', 'maatschappelijk middenveld', 'middenveldorganisatie*', 'mensenrechtenorganisatie*', 'mensenrechtenstichting*', 'milieuorganisatie*', 'milieuvereniging*', 'natuurvereniging*', 'natuurbeschermingsvereniging*', 'ontwikkelingsorganisatie*', 'natuurorganisatie*', 'vrouwenorganisatie*', 'vrouwenrechtenorganisatie*', 'organisatie|organisaties voor ... rechten|landrechten|mensenrechten|arbeidsrechten|vrouwenrechten|kinderrechten|milieu|natuur', 'belangenorganisatie*', 'actiegroep*', 'migrantenorganisatie*', 'arbeidsrechtenorganisatie*', 'arbeidersorganisatie*', 'rechtenorganisatie*', '*rechtencentrum', '*rechtencentra', 'schone kleren campagne', 'solidaridad*', 'oxfam*', 'amnesty*', 'greenpeace', 'milieudefensie', 'somo', 'cordaid', 'icco', 'fairfood', 'global witness', 'human rights watch', 'mighty earth', 'lokale organisatie*', 'partnerorganisatie*', 'hulporganisatie*', 'patientenorganisatie*', 'basisorganisatie*', 'organisatie|organisaties ... die ... *patienten|slachtoffers|families|gezinnen|gemeenschappen|arbeiders|vrouwen|kinderen|migranten'],
      en: ['independent|worker-driven monitoring organisation*|organization*', 'ngo', 'ngos', 'ngo\'s', 'civil society', 'civil society organisation*|organization*', 'cso', 'csos', 'cso\'s', 'non-governmental organisation*|organization*', 'human rights organisation*|organization*|foundation*', 'environmental organisation*|organization*|foundation*', 'environmental|conservation association*|group|groups', 'advocacy group*', 'rights organisation*|organization*|group*|foundation*', 'rights centre|center|centres|centers', 'organisation*|organization*|foundation* ... working on|for|with ... rights|land|environment|labour|labor|women|refugees|migrants', 'campaign group*', 'watchdog*', 'migrant ... rights|support ... organisation*|organization*|group*|network*', 'migrant organisation*|organization*', 'clean clothes campaign', 'solidaridad*', 'oxfam*', 'amnesty*', 'greenpeace', 'milieudefensie', 'somo', 'cordaid', 'icco', 'fairfood', 'global witness', 'human rights watch', 'mighty earth', 'local organisation*|organization*', 'community-based organisation*|organization*', 'grassroots organisation*|organization*', 'partner organisation*|organization*', 'organisation*|organization* ... that|which|who ... support*|assist*|help*|defend* ... victims|patients|families|communities|workers|women|children|migrants'],
    },
    activates: ['ngos'],
    // Civil society is seldom named in passing: one mention makes it a stakeholder.
    mentions: 1,
  },
  {
    id: 'trade-unions',
    title: { nl: 'Vakbonden', en: 'Trade unions' },
    terms: {
      nl: ['vakbond', 'vakbonden', 'vakbond\'s', 'vakbondsvertegenwoordig*', 'vakbondsleden', 'vakbondslid', 'vakbondsleider*', 'vakbondsfederatie*', 'vakbondsorganisatie*', 'vakcentrale*', 'werknemersorganisatie*', 'fnv', 'cnv', '*arbeidersbond', '*werkersbond', 'de|een|onze|lokale|nationale|onafhankelijke bond'],
      en: ['trade union*', 'labour|labor union*', 'unions', 'union ... representative*|member*|leader*|official*|federation*|organiser*|organizer*', 'global union*', 'industriall', 'workers* organisation*|organization*', "the|a|this|local|national|independent|estate|factory|plantation|sectoral|workers'|workers union"],
    },
    activates: ['ngos'],
    // Named as a party (a union somewhere, its people), not as a right ("free
    // to join a union", "vrije vakbonden zijn beperkt"): once is enough.
    parties: {
      nl: ['lokale|nationale|onafhankelijke|regionale|sectorale vakbond|vakbonden', 'vakbond|vakbonden in|bij|van|op ... de|het ... fabriek|fabrieken|vestiging|plantage|plantages|spinnerij|haven|mijn|sector', 'vakbondsvertegenwoordig*', 'vakbondsleider*', 'vakbondsbestuurder*', 'arbeidersfederatie*'],
      en: ['local|national|independent|regional|sectoral unions', 'union|unions at|in ... the ... factory|factories|mill|mills|site|sites|plantation|plantations|estate|port|mine|sector', 'union representative*|leaders|leader|officials|official', "workers'|workers federation|federations"],
    },
  },
  {
    id: 'workers',
    title: { nl: 'Werknemers', en: 'Workers' },
    terms: {
      nl: ['werknemers', 'arbeiders', 'arbeidskrachten', 'medewerkers in de keten', 'werknemers in de keten', 'fabrieksarbeiders', 'textielarbeiders', 'kledingarbeiders', 'plantagearbeiders', 'landarbeiders', 'arbeidsmigranten', 'werknemersvertegenwoordig*', 'plukkers', 'seizoenarbeiders', 'seizoenswerkers', 'dagloners', 'losse arbeidskrachten', 'afvalverwerkers', 'schrootverwerkers', 'afvalsorteerders', 'werkers', 'migrantenwerkers', 'migrantwerkers', 'productiemedewerkers', 'fabrieksmedewerkers', 'hun medewerkers|werknemers', 'medewerkers|werknemers van|bij ... fabriek|fabrieken|leverancier*|producent*|kwekerij*', 'chauffeurs', 'vrachtwagenchauffeurs', 'beroepschauffeurs', 'transportwerkers', 'bezorgers', 'koeriers', 'mijnwerkers', 'havenarbeiders', 'bouwvakkers', 'bemanningsleden', 'bemanning', 'zeevarenden', 'zeelieden', 'sorteerders', 'inzamelaars', 'mensen die ... werk doen|verrichten', 'hun brood ... verdienen',
        // female forms and trades that policies name instead of "workers"
        'werkneemsters', 'arbeidsters', 'medewerksters', 'naaisters', 'steenhouwers', 'steenkappers', 'dragers', 'koks', 'gidsen', 'hotelpersoneel', 'hotelmedewerkers', 'schoonmakers',
        // staff as the people a dialogue is held with: beside their union or representatives, at a site ("themselves": see parties)
        'medewerkers|werknemers ... en|of ... vakbond|bond|vakbonden|vertegenwoordigers|ondernemingsraad', 'vakbond|bond|vakbonden ... en ... medewerkers|werknemers',
        'dialoog|gesprek|gesprekken|praten|spreken ... met ... medewerkers|werknemers', 'medewerkers|werknemers in|op|van ... wasserij|ververij|spinnerij|weverij|vestiging|plantage|werkplaats|atelier|boerderij|groeve'],
      en: ['workers', 'employees in the supply chain', 'supply chain workers', 'factory workers', 'garment workers', 'migrant workers', 'farm workers', 'farmworkers', 'plantation workers', 'worker representative*', 'workforce in the supply chain', 'pickers', 'seasonal workers', 'casual workers', 'day labourers|laborers', 'hired labour|labor|workers', 'waste pickers', 'informal recyclers', 'scrap workers', 'their employees|workforce', 'truck|lorry|delivery|bus|haulage|long-distance drivers', 'truckers', 'miners', 'dock workers', 'dockworkers', 'crew members', 'seafarers', 'sorters', 'waste collectors', 'people who ... do ... work', 'earn ... living|livelihood', 'their|whose drivers', 'drivers themselves', 'our|their own drivers', 'drivers working|living|driving', 'driver|drivers ... pay|wage|wages|rest|conditions|working hours',
        'seamstresses', 'sewing operators', 'stonecutters', 'stone cutters|carvers|masons', 'porters', 'cooks', 'mountain|trekking|safari|tour|local guides', 'hotel staff|workers|employees', 'housekeeping staff', 'cleaners',
        'our drivers', 'employees|staff|drivers|crews ... and ... union|unions|representatives', 'employees|staff|drivers|crews ... and ... works council', 'union|unions ... and ... employees|staff|drivers|crews',
        'dialogue|talk|talks|conversations|sessions|engagement ... with ... employees|staff|drivers|crews', 'employees|staff|crews at|in|of ... factory|mill|plant|site|warehouse|depot|plantation|workshop|farm|quarry|subsidiary|subsidiaries'],
    },
    // Staff who take part in the dialogue themselves, or the staff of a
    // production site (a foundry's, a factory's: listed among the participants
    // as "medewerkers van de gieterij"): named once is enough.
    parties: {
      nl: ['deelname van ... medewerkers|werknemers|personeel', 'medewerkers|werknemers ... doen ... mee|nemen ... deel', 'medewerkers|werknemers|personeel|arbeiders zelf', 'medewerkers|werknemers|personeel van|bij|op|in ... fabriek|fabrieken|gieterij*|smederij*|spinnerij*|weverij*|ververij*|wasserij*|zagerij*|groeve|groeves|plantage*'],
      en: ['participation of|by ... employees|staff|workers', 'employees|staff ... take ... part|participate', 'employees|staff|workers themselves', 'employees|staff of|at|in ... factory|factories|foundry|foundries|forge|forges|mill|mills|sawmill|sawmills|quarry|quarries|plantation|plantations'],
    },
  },
  {
    id: 'communities',
    title: { nl: 'Lokale gemeenschappen', en: 'Communities' },
    terms: {
      nl: ['lokale gemeenschap*', 'gemeenschappen', 'getroffen gemeenschap*', 'omwonenden', 'buurtbewoners', 'bewoners', 'dorpsbewoners', 'wijkbewoners', 'inheemse volken', 'inheemse bevolking*', 'inheemse gemeenschap*', 'dorpelingen', 'mijngemeenschap*', 'vissersgemeenschap*', 'dorpen', 'dorpsgemeenschap*', 'boerengemeenschap*', 'omliggende|naburige|omwonende huishoudens|dorpen|gemeenschappen', 'kleine boeren', 'kleinboeren', 'boerenfamilies', 'boerenhuishoudens', 'boerengezinnen', '*gemeenschappen', 'het|een|dit|lokale|nabijgelegen|omliggende dorp', 'dorpshoofd*', 'dorpsoudsten', 'dorpsraad*', 'dorpsraden', 'dorpscomite*', 'hun dorp|dorpen',
        // a community's own people, and those who fish near the site
        'gemeenschapsleden', 'gemeenschapsleider*', 'gemeenschapsvertegenwoordiger*', 'leden|vertegenwoordigers|leiders van de ... gemeenschap|gemeenschappen', 'vissersdorp*', 'kleinschalige|ambachtelijke|lokale vissers'],
      en: ['communities', 'local community', 'local communities', 'affected communities', 'indigenous peoples', 'indigenous communities', 'local residents', 'neighbouring|neighboring communities', 'villagers', 'residents', 'community members', 'villages', 'village communities', 'neighbouring|neighboring|nearby|surrounding households|villages', 'smallholders', 'smallholder farmers|families|households', 'farming|farmer|farm|rural households|families', 'community ... leaders|representatives|meetings|meeting|liaison*|monitoring|stakeholders|engagement|relations|consultation*|grievance*|complaint*|demands', 'the|a|this|local|nearby|host|neighbouring|neighboring|their village', 'village of', 'village leaders|elders|council|chief|chiefs|head|committee', 'farm dwellers',
        'members|representatives|leaders of the ... community|communities', 'fishing|coastal community', 'fishing village*', 'small-scale|artisanal|inshore|local fishers|fishermen|fisherfolk'],
    },
    // People living near a site, named once as the ones to consult.
    parties: {
      nl: ['gemeenschappen|bewoners|mensen|families|gezinnen die ... wonen ... rond|bij|naast|nabij|rondom'],
      en: ['communities|residents|people|families|households living ... near|around|beside|nearby'],
    },
  },
];
