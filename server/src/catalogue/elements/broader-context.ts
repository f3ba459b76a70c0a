import type { ElementDefinition } from '../types.js';

export const broaderContext: ElementDefinition = {
  id: 'broader-context',
  group: 'ngos',
  levels: { 'dialogue-plan': 'recommended', policy: 'recommended' },
  source: { nl: 'SER, commitment van ngo\'s, punt 3: risico\'s in de bredere context plaatsen', en: 'SER, NGO commitment, point 3: placing risks in the broader context' },
  title: { nl: 'Risico\'s in hun bredere context', en: 'Risks in their broader context' },
  summary: {
    nl: 'Beschrijf hoe het risico waarover u praat samenhangt met andere IMVO-thema\'s en met de oorzaken eronder.',
    en: 'Describe how the risk you discuss connects with other responsible business conduct themes and with its underlying causes.',
  },
  explanation: {
    nl: 'Dit element vraagt u een risico niet als los probleem te behandelen, maar te laten zien met welke andere IMVO-thema\'s het verweven is. Een gesprek over leefbaar loon gaat bijvoorbeeld ook over de vrijheid om een vakbond op te richten en collectief te onderhandelen, omdat die rechten betere lonen mogelijk maken; en lonen hangen samen met het aantal gewerkte uren. Ook gender, armoede en andere grondoorzaken horen in dat bredere beeld.',
    en: 'This element asks you to treat a risk as part of a wider picture and to show which other responsible business conduct themes it is bound up with. A conversation about a living wage, for instance, also concerns the freedom to form a union and to bargain collectively, since those rights make better wages possible; and wages depend on the number of hours worked. Gender, poverty and other root causes belong in that wider picture too.',
  },
  why: {
    nl: 'Ngo\'s en vakbonden kijken naar het hele systeem waarin een misstand ontstaat. Een bedrijf dat één thema los aanpakt, kan onbedoeld een ander probleem verergeren, zoals langere werkdagen na een loonsverhoging. Wie de samenhang ziet en benoemt, is voor hen een serieuzere gesprekspartner.',
    en: 'NGOs and trade unions look at the whole system in which an abuse arises. A company that tackles one theme in isolation can unintentionally make another worse, such as longer working days after a wage increase. Seeing and naming the connections makes you a more serious partner for them.',
  },
  headings: {
    nl: ['bredere context', 'brede context', 'imvo-context', 'context ... risico*|thema*|loon|lonen', 'in samenhang', 'samenhang', 'onderlinge ... samenhang|verbanden', 'dwarsverbanden', 'onderliggende oorzaken', 'grondoorzaken', 'oorzaken', 'systemische ... vraagstukken|problemen|oorzaken|risico*', 'integrale ... aanpak|benadering', 'gerelateerde ... risico*|thema*', 'samenhangende ... risico*|thema*', 'randvoorwaardelijke rechten', 'enabling rights', 'gender*', 'samenhangende thema\'s', 'het grotere geheel', 'het geheel', 'totaalbeeld', 'breder ... kijken|beeld|bekeken', 'verder dan', 'meer dan ... alleen', 'grotere plaatje', 'breder kader', 'verder kijken', 'achterliggende oorzaken', 'verbanden'],
    en: ['broader context', 'wider context', 'context ... risk*|issue*|theme*|wage*', 'the bigger picture', 'interlinked ... risks|issues', 'interconnected ... risks|issues', 'connections between', 'root causes', 'underlying causes', 'systemic ... issues|risks|change', 'holistic approach', 'integrated approach', 'enabling rights', 'cross-cutting ... issues|themes', 'related ... risks|issues', 'gender', 'connected themes', 'looking beyond', 'beyond', 'whole|full|wider ... picture', 'seeing ... whole', 'links between', 'linkages', 'interconnections', 'interdependencies'],
  },
  signals: {
    nl: [
      'bredere|brede ... context & @rbcthemes|risico*|thema*|rechten|mensenrechten|vraagstukken|oorzaken|imvo*|arbeidsomstandigheden|problemen|misstanden', 'in samenhang & @rbcthemes|risico*|thema*|rechten|mensenrechten|vraagstukken|oorzaken|imvo*|arbeidsomstandigheden|problemen|misstanden', 'onderlinge samenhang', 'samenhang ... tussen ... risico*|thema*|onderwerpen|vraagstukken|rechten', 'hangt|hangen ... samen met & @rbcthemes|risico*|thema*|rechten|mensenrechten|vraagstukken|oorzaken|imvo*|arbeidsomstandigheden|problemen|misstanden', 'met elkaar ... verbonden|verweven|samenhangen', 'deze|die|beide|alle|de ... problemen|risico*|thema*|kwesties|vraagstukken|zorgen ... hangen ... samen', 'deze|die|beide|alle|de ... problemen|risico*|thema*|kwesties|vraagstukken|zorgen ... zijn ... verbonden|gekoppeld|verweven', 'onderling ... verbonden|samenhangende', 'dwarsverband*', 'los ... bekijken|zien|aanpakken ... risico*|thema*',
      'enabling right*', 'randvoorwaardelijk* ... recht*', 'voorwaarde* ... voor ... andere ... rechten', 'vrijheid van ... vakvereniging|vereniging ... loon|lonen|leefbaar|voorwaarde|sleutel|randvoorwaarde', 'collectieve ... onderhandeling* ... loon|lonen|leefbaar', 'leefbaar loon ... vrijheid van ... vakvereniging|vereniging', 'leefbaar loon ... vakbond*|vakvereniging|vereniging|collectiev*|cao*', 'lonen|loon ... gewerkte|productiedoelen', 'gewerkte ... uren ... lonen|loon',
      'onderliggende|dieperliggende|structurele ... oorzaken', 'grondoorzaken', 'systemische ... problemen|vraagstukken|oorzaken|risico*|issues|knelpunten', 'integrale ... aanpak|benadering|analyse', 'integraal ... bespreken|bekijken|aanpakken|benaderen', 'gerelateerde ... risico*', 'samenhangende ... risico*|thema*|vraagstukken', 'verschillende ... imvo-thema*',
      'genderperspectief|genderlens|gendersensitiev*', 'gender ... dimensie|perspectief|aspect*|analyse', 'onevenredig* ... vrouwen', 'kinderarbeid ... armoede|inkomen*', 'armoede ... kinderarbeid', 'leefbaar inkomen ... kinderarbeid', 'onbedoelde ... gevolgen|effecten|neveneffecten',
      // an enabling right determines or shapes another outcome
      'organiseren|organisatievrijheid|vakbondsvrijheid|vakverenigingsvrijheid|verenigingsvrijheid|onderhandelen|instemming & bepaalt|bepalen|bepalend|voorwaarde|randvoorwaarde*|sleutel|basis|afhankelijk|vormt|vormen', 'hangt|hangen ... af ... van ... organiseren|vakbond*|onderhandel*|instemming', 'organiseren|organisatievrijheid|vakbondsvrijheid|verenigingsvrijheid|vertegenwoordigd|vertegenwoordiging & hoort|horen ... bij ... elk|elke|ieder|iedere|het|de ... gesprek*|onderhandeling*|overleg',
      'anders ... tot ... leiden|leidt', 'kan|kunnen ... anders ... leiden ... tot',
      // wages seen together with hours or targets
      'loon|lonen|leefbaar|inkomen & uren|uur|werktijden|overuren|overwerk & ook|altijd ... bespreken|bespreek*|tafel|agenda', 'loon|lonen|leefbaar|inkomen & uren|uur|werktijden|overuren|overwerk & hetzelfde|dezelfde ... gesprek*|overleg|bespreking*',
      'loon|lonen|leefbaar|inkomen|betaling & uren|werktijden|overuren|overwerk & samen|samenhang*|tegelijk*|gelijktijdig|verbonden|productienormen|productiedoelen|stukloon|targets',
      // two themes that cannot be taken apart, in any word order
      '@rbcthemes ... los ... van ... @rbcthemes', '@rbcthemes ... als ... los|losstaand|losstaande|apart|afzonderlijk ... thema|onderwerp|vraagstuk|probleem|kwestie', '@rbcthemes ... verbonden|verweven|gekoppeld|verknoopt ... met|aan ... @rbcthemes', 'verband ... tussen ... @rbcthemes ... en ... @rbcthemes', '@rbcthemes ... leidt|leiden|leiden ... tot ... @rbcthemes',
      // an enabling right as the condition for a wage outcome
      'loon|lonen|leefbaar|inkomen & alleen|pas|slechts ... als|wanneer|indien|met|bij & organiseren|onderhandelen|vakbond*|bonden|cao|organisatievrijheid|vakbondsvrijheid', 'vakbondsvrijheid|organisatievrijheid|vakverenigingsvrijheid|verenigingsvrijheid & loon|lonen|leefbaar|werktijden|overuren|arbeidsomstandigheden & mogelijk|nodig|noodzakelijk|essentieel|cruciaal|afdwingen|stand|hefboom|voorwaarde',
      // looking past one figure or symptom
      'verder|breder ... dan ... het|de|alleen ... bedrag|loonbedrag|loon|cijfer|symptoom|symptomen|audit*', 'symptoombestrijding', 'wortel ... van ... het|de ... probleem|problemen|misstand*', 'in plaats van ... symptomen', 'oorzaak|oorzaken|veroorzaakt|veroorzaken|drijfveer|drijfveren & kinderarbeid|dwangarbeid|overwerk|overuren|armoede|schuldslavernij|discriminatie|lage', 'achterliggende ... oorzaken|oorzaak|problemen', 'sectorbre* ... probleem|problemen|risico*|oorzaken|vraagstuk*', 'structurele ... problemen|misstanden|vraagstukken',
      'leefbaar ... loon|inkomen ... binnen|in ... normale|reguliere|standaard ... werkweek|werktijd|werktijden|uren', 'loon|lonen|leefbaar & uur|werkweek & gewerkt|werken|werkt|normale|reguliere', 'zorgtaken|loonkloof|genderongelijkheid', 'vrouwen ... anders|harder|zwaarder|vaker ... getroffen|geraakt|geconfronteerd',
      // the conversation on one theme held together with the conversation on another
      'over ... @rbcthemes ... samen met ... over ... @rbcthemes',
      '@rbcthemes & hangen|hangt samen', '@rbcthemes ... zichzelf|afzonderlijk ... besproken|bekeken|aangepakt|opgelost|gezien|bespreken|bekijken|aanpakken|oplossen', 'bespreken|behandelen|bekijken|benaderen|bespreekt ... @rbcthemes ... samen|samenhang|tegelijk ... met', '@rbcthemes ... als ... een ... onderwerp|thema|geheel|vraagstuk',
      // round 9: general frames (purchasing prices and wages/hours, gender and pay, low wages driving overtime, wages through collective bargaining, one theme's effect on another)
      'inkooppraktijk*|inkoopprijs|inkoopprijzen|inkoopbeleid|inkoopgedrag|prijzen|prijszetting|prijsstelling|levertijden & lonen|loon|leefbaar|inkomen* & overuren|overwerk|werktijden|werkuren|uren', 'inkooppraktijk*|inkoopprijs|inkoopprijzen|inkoopbeleid|inkoopgedrag & lonen|loon|leefbaar|inkomen* & invloed|beinvloed*|effect|effecten|gevolg*|bijdragen|bijdraagt|druk|doorwerken|drukken|drukt',
      'prijs|prijzen|inkoopprijs|inkoopprijzen|prijsstelling|kostprijs*|prijsopbouw & leefbaar|leefbare ... loon|lonen|inkomen & ruimte|dekken|dekt|mogelijk|toereikend|rekening|meenemen|doorberekend|bevatten|bevat|betalen',
      'vrouwen|vrouwelijke & minder|lager|lagere|laagst*|ongelijk*|loonkloof & verdienen|verdient|betaald|loon|lonen|inkomen', 'vrouwen|vrouwelijke ... oververtegenwoordigd|geconcentreerd ... in ... laag*|slechtst*',
      'lage|laag|onvoldoende ... loon|lonen|basisloon|basislonen|inkomen|inkomens & overuren|overwerk|uren|werkdagen & gedwongen|dwingen|dwingt|noodzaakt|genoodzaakt|leidt|leiden|gevolg|doordat|omdat|waardoor|compenseren|aanvullen|afhankelijk', 'overuren|overwerk ... gevolg|oorzaak ... van ... lage|laag|onvoldoende|korte|krappe',
      'via|door|middels ... collectieve ... onderhandeling*|arbeidsovereenkomst*|afspraken & loon|lonen|leefbaar', 'via|door|middels ... cao|cao\'s|vakbond*|vakbonden & loon|lonen|leefbaar', 'via|door|middels ... sociale ... dialoog & loon|lonen|leefbaar',
      'effect|effecten|invloed|gevolgen|impact ... van ... @rbcthemes ... op ... @rbcthemes', '@rbcthemes ... beinvloeden|beinvloedt|bepalen|bepaalt|raken|raakt ... @rbcthemes', 'leefbaar loon|inkomen ... vraagt|vereist|vergt|veronderstelt ... ook',
    ],
    en: [
      'organise|organize|organising|organizing|represented|representation|association & belongs|belong|part ... of|in|to ... every|each|any ... conversation*|negotiation*|discussion*|talks',
      'broader|wider|larger ... context & @rbcthemes|risk*|theme*|issue*|rights|causes|rbc|conditions|problems|abuses', 'bigger picture', 'interlinked|interconnected|interrelated|intertwined|interdependent ... risks|issues|rights|themes|impacts', 'risks|issues|rights ... are ... interlinked|interconnected|interrelated|intertwined|interdependent', 'these|those|both|all|the ... issues|risks|themes|problems|concerns ... are ... connected|linked', 'in isolation', 'connections ... between ... risks|issues|themes|rights',
      'enabling right*', 'freedom of association ... living|wage*|enabl*|prerequisite|precondition|key|foundation', 'collective bargaining ... living|wage*|enabl*|prerequisite|precondition', 'living wage* ... freedom|collective|union*|bargaining', 'wage* ... hours ... worked', 'wage* ... production targets',
      'root|underlying|structural causes', 'systemic ... issues|problems|causes|risks|change|barriers', 'holistic|integrated ... approach|view|analysis', 'cross-cutting ... issues|themes|risks', 'related risks', 'interplay ... between',
      'gender ... lens|perspective|dimension*|analysis', 'gender-sensitive|gender-responsive|intersectional*', 'disproportionately ... women|girls', 'child labour|labor ... poverty|income', 'poverty ... child labour|labor', 'living income ... child labour|labor', 'unintended ... consequences|effects|impacts|side-effects', 'trade-offs ... between',
      // an enabling right determines or shapes another outcome
      'organise|organize|organising|organizing|bargain*|consent & determine*|shape|shapes|shaping|underpin*|precondition|prerequisite|enabl*|depend|depends|key', 'depend* ... on ... ability ... to ... organise|organize|bargain',
      'otherwise ... lead|leads ... to', 'otherwise ... result* ... in',
      // wages seen together with hours or targets
      'wage|wages|pay|income|earnings & hours|overtime & together|jointly|linked|connected|targets|quotas|piece|in-kind',
      // wages discussed only with hours and the right to organise on the table as well
      'wage|wages|pay|income|earnings & hours|overtime & also|always ... discuss*|talk|talks|raise|cover|put|bring', 'wage|wages|pay|income|earnings & hours|overtime & table|agenda|conversation|discussion ... too|also', 'wage|wages|pay|income|earnings & hours|overtime & same ... conversation*|discussion*|talks|meeting*',
      // two themes that cannot be taken apart, in any word order
      '@rbcthemes ... separated|separately|apart ... from', '@rbcthemes ... seen|viewed|addressed|tackled ... separately|apart', '@rbcthemes ... seen|viewed|addressed|tackled|discussed|solved|treated ... on ... its|their ... own', '@rbcthemes ... discussed|treated|solved ... separately|apart', '@rbcthemes ... linked|tied|bound|connected|intertwined ... to|with|up ... @rbcthemes', 'link|links|linkage* ... between ... @rbcthemes ... and ... @rbcthemes', '@rbcthemes ... leads|lead|drives|drive|causes ... to ... @rbcthemes', 'inseparable|inseparably',
      // an enabling right as the condition for a wage outcome
      'wage*|pay|income|earnings & only ... if|when|where|with & organise|organize|organising|organizing|bargain*|unionise|unionize|union*', 'freedom of association & wage*|pay|income|hours|overtime & enabl*|precondition*|prerequisite*|depend*|essential|only|key|foundation*|underpin*|possible|necessary|needed|lever', 'right to ... organise|organize|bargain & wage*|pay|income|hours & enabl*|precondition*|prerequisite*|depend*|essential|only|key|foundation*|possible|necessary|needed',
      // looking past one figure or symptom
      'look* ... beyond ... the ... wage|amount|figure|number|symptom*|audit*', 'beyond ... symptoms', 'root ... of ... the ... problem|problems|issue|issues|abuse*', 'rather than ... symptom|symptoms', 'symptoms & causes', 'cause|causes|caused|driver|drivers|drives|driven & child labour|labor|forced|overtime|poverty|debt|discrimination|low', 'sector-wide|industry-wide ... issue*|problem*|risk*|causes', 'structural ... problems|issues|abuses',
      'living ... wage|income ... within|in ... normal|regular|standard ... working ... hours|week', 'wage*|pay|income & standard|normal|regular ... working ... week|hours & excluding|within|overtime', 'care work|responsibilities', 'unpaid care', 'gender pay gap', 'gender inequality', 'women ... affected|hit ... differently|harder|more|disproportionately',
      // the conversation on one theme held together with the conversation on another
      'about|on ... @rbcthemes ... together with ... about|on ... @rbcthemes',
      '@rbcthemes & hang|go together', 'discuss|address|examine|look ... those|these|the ... connections|links|interplay',
      // round 9: general frames (purchasing prices and wages/hours, gender and pay, low wages driving overtime, wages through collective bargaining, one theme's effect on another)
      'purchasing|buying|sourcing ... practices|practice|decisions|prices|behaviour|behavior|model & wage*|pay|income*|earnings & overtime|hours', 'purchasing|buying|sourcing ... practices|practice|decisions|prices|behaviour|behavior|model & wages|wage|earnings|income|incomes & affect*|impact*|influence*|contribut*|pressure|effect|effects|consequence*|undermine*|depress*',
      'price|prices|pricing|costing & living ... wage|wages|income & cover|covers|covering|allow*|enable*|include|includes|reflect*|account|ring-fence*|ringfence*|sufficient|enough',
      'women|female & less|lower|lowest-paid|lower-paid|low-paid|unequal*|gap & paid|earn|earns|wage*|income*', 'women|female ... concentrated|overrepresented|over-represented ... in ... lowest|lower|low|low-paid|lower-paid|lowest-paid',
      'low|lower|insufficient|inadequate|poverty ... wages|pay|base|income|incomes & overtime|hours & push|pushes|pushing|forces|forcing|compel*|drive|drives|driven|driving|leads|result|results|resulting|consequence*|because|rely|relies|depend*', 'overtime ... consequence|result|symptom|product ... of ... low|short|tight|insufficient',
      'through|via ... collective ... bargaining|agreements|negotiation*', 'through|via ... social ... dialogue & wage*|pay', 'through|via ... unions|union & wage*|pay',
      'impact|impacts|effect|effects|influence|consequences ... of ... @rbcthemes ... on ... @rbcthemes', '@rbcthemes ... affect|affects|influence|influences|shape|shapes|determine|determines ... @rbcthemes', 'living ... wage*|income* ... requires|require|depends|depend|relies|rely ... on|also|respect|freedom|fair|prices|collective',
    ],
  },
  cues: {
    nl: ['context', 'samenhang*', 'verband*', 'verbonden', 'verweven', 'oorza* & loon|lonen|armoede|arbeid*|rechten|werknemers|prijs*|kinderarbeid|risico*', 'systemisch*', 'structure*', 'integra*', 'vakbond*', 'vakvereniging', 'collectiev*', 'leefbaar loon', 'lonen', 'werkuren', 'overuren', 'gender*', 'vrouwen', 'armoede', 'kinderarbeid', 'onderling*', 'loon', 'uren', 'organiseren', 'collectie*', 'onderhandel*', 'gerelateerd*', 'breder*', 'randvoorwaard*'],
    en: ['context', 'interlink*', 'interconnect*', 'interrelat*', 'connect*', 'cause* & wage*|poverty|labour|labor|rights|workers|price*|child|risk*', 'systemic', 'structural', 'holistic', 'integrated', 'union*', 'freedom of association', 'collective bargaining', 'living wage*', 'wages', 'hours', 'overtime', 'gender', 'women', 'poverty', 'child labour|labor', 'related', 'organise|organize', 'bargain*', 'consent', 'broader', 'enabling'],
  },
  exclude: {
    nl: [
      // a theme said to be treated on its own is the opposite of placing it in context
      '@rbcthemes ... worden|wordt ... zichzelf|afzonderlijk|apart ... besproken|behandeld|bekeken', '@placeholders', 'leveranciers ... moeten|dienen', 'verwachten ... van ... leveranciers', 'eisen ... van|aan ... leveranciers', 'marktcontext', 'bedrijfscontext', 'strategische context', 'context van ... dit|deze ... document|notitie|plan|beleid', 'concurrent*', 'marktpositie', 'reputatie*', 'minimumloon', 'minimumlonen', 'wettelijk* ... loon|lonen', 'gedragscode', 'naleven', 'naleving', 'vergoed* ... deelnemers|deelname|reiskosten|reistijd|tijd|aanwezigheid|gespreksdeelnemers', 'deelnemers|deelname|reiskosten|reistijd|aanwezigheid ... vergoed*', 'loonderving',
      // whether consent is given is the question the dialogue asks, not consent shaping another right
      'vast te stellen ... of & instemming|toestemming', 'na te gaan ... of & instemming|toestemming',
      // themes listed side by side as risks ("kinderarbeid en lage inkomens zijn risico's in onze keten") are named, not connected
      '@rbcthemes ... en|of ... @rbcthemes ... zijn|waren ... risico*|de ... risico*', '@rbcthemes ... en ... @rbcthemes ... risico\'s|risico zijn|waren|vormen', 'belangrijkste|voornaamste|grootste risico\'s|risico|thema\'s|problemen',
      // round 9: a list of salient or material topics names themes side by side
      'materiele ... thema*|onderwerpen', 'speerpunten', 'focusgebieden', 'scherpe ... prijs|prijzen'],
    en: [
      '@rbcthemes ... are|is ... discussed|treated|handled|seen ... on ... its|their ... own|separately','@placeholders', 'suppliers ... must|shall|should', 'suppliers are required', 'require* ... suppliers', 'expect* ... suppliers ... to', 'market context', 'business context', 'strategic context', 'context of ... this ... document|policy|plan|note', 'competitor*', 'competitive', 'market position', 'reputation*', 'minimum wage*', 'legal wage*', 'code of conduct', 'comply', 'compliance', 'compensat* ... participants|participation|time|travel|attendance', 'reimburs*', 'lost wages',
      // whether consent is given is the question the dialogue asks, not consent shaping another right
      'to determine|establish|ascertain ... whether & consent',
      // themes listed side by side as risks ("main risks: excessive overtime, wages below a living wage, restrictions on freedom of association") are named, not connected
      '@rbcthemes ... and|or ... @rbcthemes ... are|were ... risk*|the ... risk*', 'main|key|biggest|principal|top|priority risks|risk|issues|themes',
      // round 9: a list of salient or material topics names themes side by side
      'salient', 'material ... topics|issues', 'focus ... areas|topics|themes', 'competitive ... price|prices|pricing'],
  },
  skeleton: {
    nl: '<!-- Beschrijf hoe het risico waarover u praat samenhangt met andere IMVO-thema\'s en met de oorzaken eronder. -->\n\n- Het risico waar de dialoog om draait: [invullen]\n- Andere IMVO-thema\'s die ermee samenhangen (bijvoorbeeld vakbondsvrijheid, werktijden, gender): [invullen]\n- Onderliggende oorzaken die we samen bekijken: [invullen]',
    en: '<!-- Describe how the risk you discuss connects with other responsible business conduct themes and with its underlying causes. -->\n\n- The risk at the centre of the dialogue: [fill in]\n- Other themes connected to it (for instance freedom of association, working hours, gender): [fill in]\n- Underlying causes we look at together: [fill in]',
  },
};
