import type { ElementDefinition } from '../types.js';

export const fairPurchasing: ElementDefinition = {
  id: 'fair-purchasing',
  group: 'suppliers',
  levels: { 'dialogue-plan': 'required', policy: 'required' },
  source: { nl: 'SER, commitment van leveranciers, punt 2: gelijkwaardigheid in de inkooprelatie', en: 'SER, supplier commitment, point 2: equality in the purchasing relationship' },
  title: { nl: 'Eerlijke inkooppraktijken', en: 'Fair purchasing practices' },
  summary: {
    nl: 'Beschrijf hoe uw eigen inkooppraktijken (prijs, levertijden, planning, gedeelde kosten en steun) de relatie met leveranciers gelijkwaardig maken.',
    en: 'Describe how your own purchasing practices (price, lead times, planning, shared costs and support) make the relationship with suppliers an equal one.',
  },
  explanation: {
    nl: 'Dit element gaat over wat u als inkoper zelf doet: een prijs die de werkelijke kosten, inclusief fatsoenlijke lonen, dekt, haalbare levertijden en een voorspelbare orderplanning, en het delen van kosten en verantwoordelijkheid wanneer er iets verbeterd moet worden. Het vraagt ook dat u zich verdiept in de lokale situatie en in hoe de leverancier zelf tegen de zaken aankijkt. Eisen die u aan leveranciers stelt, een gedragscode of audits vallen hier niet onder.',
    en: 'This element is about what you do yourself as a buyer: a price that covers the real costs, decent wages included, achievable lead times and predictable order planning, and sharing costs and responsibility when something needs to improve. It also asks you to learn about the local situation and about how the supplier sees things. Demands you place on suppliers, a code of conduct or audits do not belong here.',
  },
  why: {
    nl: 'Een leverancier praat pas open over problemen als hij zich een partner voelt en niet alleen degene die de rekening krijgt. Wie lage prijzen en korte levertijden afdwingt en tegelijk betere arbeidsomstandigheden vraagt, is ongeloofwaardig; wie meebetaalt en meedenkt, krijgt een leverancier die zich gehoord voelt.',
    en: 'A supplier will only talk openly about problems when it feels like a partner rather than the party that pays for everything. Pushing low prices and short lead times while asking for better working conditions is not credible; a buyer who shares the cost and takes the supplier’s view seriously gets a supplier who feels heard.',
  },
  headings: {
    nl: ['eerlijke inkoop*', 'verantwoord* inkoop*', 'inkooppraktijk*', 'inkoopgedrag', 'ons inkoopbeleid', 'hoe wij inkopen', 'hoe we inkopen', 'eerlijke prijs*', 'prijsbeleid', 'prijsvorming', 'prijzen ... levertijden', 'prijs|prijzen ... planning|levertijd*|betaling*|betaaltermijn*', 'inkoop en prijs', 'levertijden', 'orderplanning', 'gelijkwaardig*', 'inkooprelatie', 'relatie met ... leveranciers', 'samenwerking met ... leveranciers', 'hoe we ... met ... leveranciers ... werken|samenwerken', 'partnerschap* ... leverancier*', 'ondersteuning ... leverancier*', 'leveranciers ondersteunen', 'gedeelde verantwoordelijkheid', 'onze rol als inkoper', 'onze eigen rol', 'prijs|prijzen|prijsstelling ... en ... kosten|betaling|voorwaarden|levertijden', 'prijsstelling', 'prijsafspraken', 'inkoopvoorwaarden', 'betalingsvoorwaarden', 'kosten delen', 'gedeelde kosten', 'ondersteuning van ... leveranciers|producenten|boeren'],
    en: ['fair purchasing', 'responsible purchasing', 'purchasing practices', 'buying practices', 'sourcing practices', 'responsible sourcing practices', 'our purchasing', 'how we buy', 'how we source', 'fair pric*', 'pricing', 'prices ... lead times', 'price|prices|pricing ... planning|lead|payment*', 'lead times', 'order planning', 'how we work with ... suppliers', 'working with ... suppliers', 'supplier relationship*', 'partnership* ... supplier*', 'supplier partnership*', 'equal partnership', 'supporting ... suppliers', 'supplier support', 'shared responsibility', 'our role as ... buyer', 'our own role', 'price|prices|pricing ... and ... costs|payment|terms', 'payment terms', 'terms of trade', 'commercial terms', 'cost sharing', 'cost-sharing', 'shared costs', 'supporting ... producers|farmers|factories'],
  },
  signals: {
    nl: [
      'eerlijke|faire|redelijke|realistische|kostendekkende ... prijs*', 'eerlijke|faire ... inkoopprijs*', 'prijs* ... dekt|dekken ... kosten|loon|lonen|loonkosten', 'loonkosten|arbeidskosten ... in ... prijs*|kostprijs*|calculatie*', 'leefbaar loon ... in ... prijs*|kostprijs*|calculatie*', 'prijs* ... leefbaar loon', 'prijs* ... leefbare lonen',
      'open kostprijs*', 'ring-fenc*|kostprijscalculatie*|minimumprijs*|prijsopslag|voorfinanciering|vooruitbetaling*|betalingstermijn*', 'prijsdruk ... voorkomen|vermijden|beperken', 'premie ... boeren|producenten|coöperaties|cooperaties', 'tijdig* ... betalen', 'op tijd ... betalen',
      'realistische|haalbare|redelijke|voldoende ... levertijd*|doorlooptijd*', 'levertijd* ... realistisch|haalbaar|voldoende', 'orderplanning|inkoopplanning|spoedorders', 'voorspelbare ... orders|bestellingen|planning', 'forecast*|prognose* ... delen|leveranciers', 'last-minute ... wijziging*|orders', 'late ... wijzigingen',
      'verantwoord*|eigen ... inkooppraktijk*', 'inkooppraktijk* ... verbeter*|aanpass*|evalu*|herzien|doorlichten', 'inkoopgedrag ... aanpass*|verbeter*',
      'gedeelde verantwoordelijkheid', 'kosten ... delen|gedeeld|meebetalen', 'dragen ... bij ... kosten', 'delen ... kosten', 'bijdragen ... aan ... kosten', 'meebetalen|meefinancier*|cofinancier*|co-financier*', 'investeren ... samen ... met ... leverancier*', 'ondersteun* ... leverancier* ... bij|met ... verbeter*|verander*|training*|capaciteit*', 'leverancier* ... ondersteunen ... bij ... verbeter*|verander*',
      'gelijkwaardig* ... relatie|inkooprelatie|partner*|partnerschap', 'gelijkwaardigheid', 'perspectief|realiteit ... van ... leverancier*', 'lokale context|situatie|realiteit ... leverancier*|producent*|fabriek*', 'leverancier* ... lokale context|situatie|realiteit', 'verdiep* ... in ... leverancier*|lokale',
      // wages and overtime built into the costing
      'kostprijs*|prijsberekening*|calculatie*|prijsopbouw|prijsafspraken|prijsonderhandeling*|prijzen|prijs & loonkosten|arbeidskosten|overuren|leefbaar|lonen',
      'capaciteit & orders|bestellingen|planning|inkoopplanning & rekening|afstemmen|afgestemd',
      // lead times and late changes
      'orders|bestellingen ... weken|dagen|maanden ... voor|vooraf ... verzending|levering|productie|verscheping', 'wijzig*|verander* & leverdatum|levertijd*|levertermijn|deadline* & mee|schuift|verschuift|verlengd|verlengen|later',
      'open boek', 'openboek*', 'betaaltermijn* ... verkort*|kort|korte|verkorten', 'korte|kortere ... betaaltermijn*|betalingstermijn*', 'orders ... tijdig|ruim|tijd ... plaatsen|geplaatst|doorgeven', 'geven|geeft ... orders|bestellingen ... tijdig|ruim|tijd ... door', 'gelijkmatig* ... orders|productie|planning|bestellingen', 'orders|productie|bestellingen ... spreiden|gespreid',
      // sharing risk, paying in advance
      'deel ... van ... het ... risico', 'risico* ... delen|gedeeld|dragen ... we|wij|samen', 'dezelfde ... prijs', 'betalen|betaald ... vooruit|vooraf', 'vooruit|vooraf ... betalen|betaald',
      // buyers on site to understand the supplier's situation
      'inkopers|inkoper|inkoopteam & omstandigheden|bedrijfsvoering|situatie|context|realiteit|kant & begrijpen|kennen|leren|inleven',
      'inkopers|inkoper|inkoopteam & bezoeken|bezoekt|bezoek|gaan & begrijpen|leren|kennen|zien|horen', 'hoe ... prijs ... die ... wij|we ... betalen ... uitwerkt|doorwerkt|terechtkomt',
      // paying above the market, a premium or surcharge per unit
      'premie|toeslag|meerprijs|opslag|prijsopslag ... per ... ton|kilo|kg|stuk|liter|eenheid|kledingstuk|paar', 'bovenop|boven ... de ... marktprijs|wereldmarktprijs|beursprijs|kostprijs', 'hogere|betere ... prijs|prijzen|inkoopprijs|inkoopprijzen ... betalen|betaald|bieden|accepteren', 'betalen|betaalt|bieden ... hogere|betere ... prijs|prijzen', 'prijsverhoging* ... accepteren|geaccepteerd|doorberekenen|doorberekend', 'loonsverhoging*|loonstijging* ... prijs|prijzen|doorberekenen|doorberekend|doorwerken', 'reele|werkelijke ... kosten ... prijs|prijzen|vergoed*',
      // the buyer bears a share of the costs
      'kosten|meerkosten|certificeringskosten|investering* ... dragen|betalen|nemen ... wij|we ... voor ... de helft & @stakeholders|verbeter*|certific*|traceer*|logistiek|investering*|maatregel*|meerkosten|installatie*|systeem|systemen|apparatuur|zuivering*|machines|voorziening*', 'kosten|meerkosten|certificeringskosten|investering* ... dragen|betalen|nemen ... wij|we ... voor ... een|het ... deel & @stakeholders|verbeter*|certific*|traceer*|logistiek|investering*|maatregel*|meerkosten|installatie*|systeem|systemen|apparatuur|zuivering*|machines|voorziening*', 'dragen|betalen|nemen ... wij|we ... de|een ... helft|deel ... van ... kosten|meerkosten|investering* & @stakeholders|verbeter*|certific*|traceer*|logistiek|investering*|maatregel*|meerkosten|installatie*|systeem|systemen|apparatuur|zuivering*|machines|voorziening*', 'voor onze rekening', 'helft ... van ... de ... kosten|meerkosten|investering*', 'meerkosten ... dragen|delen|betalen|vergoeden|gedeeld|vergoed|compenseren', 'kosten ... gedeeld ... tussen|met',
      'dragen|betalen|vergoeden ... wij|we ... de|alle ... extra|meer ... kosten', 'dragen|betalen|vergoeden ... wij|we ... de|alle ... meerkosten', 'passen|stellen ... levertijd*|planning|leverdatum*|deadline*|orders ... aan|bij', 'levertijd*|leverdatum*|deadline* ... aanpassen|verlengen|verschuiven', 'stabiele|constante|gelijkmatige|voorspelbare ... orders|volumes|bestellingen|orderstroom|afname',
      // support, lead times, payment, in other words
      'helpen|helpt|begeleiden|begeleidt ... leverancier*|fabrieken|producenten|boeren|telers ... bij|met ... verbeter*|verander*|opzetten|invoeren|naleven', 'capaciteitsopbouw', 'technische ... ondersteuning|assistentie|hulp ... leverancier*|fabrieken|producenten|boeren|telers', 'langere|ruimere ... levertijd*|doorlooptijd*', 'levertijd*|doorlooptijd* ... verlengd|verlengen|ruimer|langer', 'betalen|betaling* ... binnen ... dagen', 'luisteren|luisteren ... naar ... leverancier*|producenten|fabrieken', 'bezoeken ... leverancier*|fabrieken|producenten ... om ... begrijpen|leren|zien|horen',
    ],
    en: [
      'fair|fairer|reasonable|realistic ... price*|pricing', 'fair purchase price*', 'price* ... cover* ... cost*|wage*|labour|labor', 'costing ... wage*|labour|labor', 'labour|labor cost* ... ring-fenc*|protected', 'labour|labor cost* ... in ... price*', 'ring-fenc*', 'open costing', 'living wage* ... in ... price*|pricing|costing', 'price* ... living wage*',
      'price pressure ... avoid*|reduce*|limit*', 'avoid* ... price pressure', 'minimum price*', 'price premium*', 'premium* ... farmers|producers|cooperatives|growers', 'pre-financ*|prefinanc*', 'advance|prompt payment*', 'payment terms', 'pay* ... on time',
      'realistic|reasonable|adequate|sufficient|fair ... lead time*', 'lead time* ... realistic|reasonable|sufficient', 'order planning', 'production planning ... supplier*', 'predictable ... orders|planning|volumes', 'share* ... forecast*', 'forecast* ... share*|supplier*', 'last-minute ... changes|orders', 'late ... changes ... orders', 'rush orders',
      'responsible purchasing|buying practice*', 'our own ... purchasing|buying ... practices', 'purchasing|buying ... practices ... review*|improv*|assess*|adjust*|chang*', 'common framework for responsible purchasing', 'cfrpp',
      'shared responsibility', 'share ... cost* ... improv*|remediat*|training|certif*', 'cost* ... shared|share ... with ... supplier*', 'contribut* ... to ... cost* ... improv*|remediat*|training', 'co-invest*|co-financ*', 'invest* ... together ... with ... supplier*', 'support* ... supplier* ... improv*|chang*|capacity|training',
      'equal partnership|footing', 'equality ... purchasing relationship', 'equal|balanced|equitable ... relationship* ... supplier*', 'supplier* ... perspective', 'perspective ... of ... supplier*', 'local context|reality|situation ... supplier*|producer*|factor*', 'supplier* ... local context|reality|situation', 'understand* ... supplier* ... situation|reality|challenges|context',
      // wages and overtime built into the costing
      'costing|pricing|prices|price & wage|wages|labour|labor|overtime & includ*|based|cover*|reflect*|protect*|ring-fenc*',
      'capacity & orders|ordering|planning|plan & account|consider*|align*|match*',
      // lead times and late changes
      'orders|order ... deadlines|placed|confirmed ... days|weeks|months ... before|ahead', 'late|last-minute ... changes & extend*|move*|shift* & delivery|deadline*|lead',
      'open book', 'open-book', 'shorter ... payment terms', 'pay ... suppliers ... within|promptly', 'pay ... suppliers ... on time', 'place* ... orders ... early|timely|well', 'place* ... orders ... on|in ... time', 'spread* ... orders|production ... evenly|across', 'even* ... spread ... orders|production',
      // sharing risk, paying in advance
      'share ... risk|risks', 'same ... price', 'pay|paid ... in advance', 'pay|paid ... upfront|up-front', 'co-fund*|cofund*', 'jointly ... fund*',
      // buyers on site to understand the supplier's situation
      'buyers|buyer & conditions|situation|context|reality|side|challenges & understand*|learn*|know',
      'buyers|buyer & visit|visits|spend|spends & understand*|learn*|see|hear', 'how ... the ... price* ... we ... pay ... affect*|reach*|work*|translate*',
      // paying above the market, a premium or surcharge per unit
      'premium|surcharge|mark-up|markup|uplift ... per ... tonne|ton|kilo|kg|unit|piece|garment|pair|litre|liter|pound|lb', 'above|over ... the ... market|world ... price|prices|rate', 'on top of ... the ... market ... price', 'pay|paying|pays|offer* ... higher|better ... price*', 'higher|better ... price* ... pay|paid|offer*', 'accept* ... price ... increase*|rise*', 'wage ... increase*|rise* ... price*|passed|pass', 'true|real|actual ... cost* ... price*|pricing|cover*',
      // the buyer bears a share of the costs
      'we|buyer ... bear|cover|pay|absorb|carry|fund ... half|part|share|portion ... of ... cost* & @stakeholders|improv*|certif*|upgrad*|traceab*|remediat*|investment*|measures|additional|extra|system|systems|equipment|installation*|treatment|machinery|facilit*|plant|site|sites', 'half ... of ... the ... cost*|investment* & @stakeholders|improv*|certif*|upgrad*|traceab*|remediat*|measures|additional|extra|system|systems|equipment|installation*|treatment|machinery|facilit*|plant|site|sites', 'cost* ... split ... with|between|equally|evenly', 'absorb* ... the ... cost*|additional', 'additional|extra ... cost* ... shared|covered|borne|absorbed|reimbursed|paid', 'at our expense', 'at our own cost',
      'we ... bear|pay|cover|absorb ... the|all ... extra|additional ... cost*', 'adjust*|extend*|move* ... lead time*|deadline*|delivery date*', 'stable|steady|even|consistent ... order ... volumes|volume|flow', 'stable|steady|consistent ... orders|volumes',
      // support, lead times, payment, in other words
      'help*|assist*|coach* ... suppliers|factories|producers|farmers|growers|mills ... improve|implement|meet|comply|change', 'capacity building|capacity-building', 'technical ... assistance|support ... suppliers|factories|producers|farmers|growers|mills', 'longer|extended|longer|extend* ... lead time*', 'pay*|payment* ... within ... days', 'listen* ... to ... suppliers|producers|factories|mills', 'visit* ... suppliers|factories|producers|mills ... to ... understand|learn|see|hear', 'suppliers|producers ... point* of view', 'suppliers|producers ... views|viewpoint*',
    ],
  },
  cues: {
    nl: ['prijs*', 'prijzen', 'kostprijs*', 'loonkosten', 'arbeidskosten', 'levertijd*', 'doorlooptijd*', 'planning', 'order*', 'bestelling*', 'betalingstermijn*', 'kosten', 'meebetal*', 'investe*', 'ondersteun*', 'begeleid*', 'training*', 'capaciteit*', 'gelijkwaardig*', 'perspectief', 'lokale', 'context', 'begrip', 'inleven', 'luister*', 'gedeeld*', 'verantwoordelijkheid ... delen', 'inkooppraktijk*'],
    en: ['price*', 'pricing', 'costing', 'cost*', 'wage*', 'lead time*', 'planning', 'order*', 'forecast*', 'payment terms', 'invest*', 'support*', 'training', 'capacity', 'equal*', 'perspective', 'local', 'context', 'understand*', 'listen*', 'shared', 'share', 'purchasing practices', 'buying practices'],
  },
  exclude: {
    nl: ['gedragscode*', 'code of conduct', 'audit*', 'leveranciers ... moeten|dienen', 'eisen ... aan ... leveranciers', 'verwachten ... van ... leveranciers', 'leveranciers ... verplicht*', 'leveranciersverklaring', 'naleving*', 'minimaal ... minimumloon', 'consument*', 'verkoopprijs*', 'winkelprijs*', 'klanten', 'btw', 'webshop', 'website'],
    en: ['code of conduct', 'supplier code', 'audit*', 'suppliers must|shall', 'suppliers are required', 'require* ... suppliers', 'expect* ... suppliers ... to', 'supplier* ... comply|compliance', 'at least ... minimum wage', 'consumer*', 'retail price*', 'customer* ... price*', 'customers', 'vat', 'webshop', 'website', 'online store'],
  },
  skeleton: {
    nl: '<!-- Beschrijf hoe uw eigen inkooppraktijken (prijs, levertijden, planning, gedeelde kosten en steun) de relatie met leveranciers gelijkwaardig maken. -->\n\n- Prijs en kostprijsberekening (dekt die de lonen?): [invullen]\n- Levertijden en orderplanning: [invullen]\n- Hoe we kosten en verantwoordelijkheid voor verbeteringen delen: [invullen]\n- Hoe we de lokale context en het perspectief van de leverancier leren kennen: [invullen]',
    en: '<!-- Describe how your own purchasing practices (price, lead times, planning, shared costs and support) make the relationship with suppliers an equal one. -->\n\n- Price and costing (does it cover wages?): [fill in]\n- Lead times and order planning: [fill in]\n- How we share the costs of and responsibility for improvements: [fill in]\n- How we learn the local context and the supplier’s perspective: [fill in]',
  },
};
