import type { ElementDefinition } from '../types.js';

export const followUp: ElementDefinition = {
  id: 'follow-up',
  group: 'general',
  levels: { 'dialogue-plan': 'required', policy: 'required' },
  source: { nl: 'SER-factor 3: afspraken nakomen en open zijn over de opvolging', en: 'SER factor 3: keeping agreements and being open about follow-up' },
  title: { nl: 'Opvolging en terugkoppeling', en: 'Follow-up and reporting back' },
  summary: {
    nl: 'Beschrijf hoe u afspraken nakomt en de deelnemers laat weten wat er met hun inbreng gebeurt.',
    en: 'Describe how you keep agreements and let participants know what happened with their input.',
  },
  explanation: {
    nl: 'Dit element gaat over wat er ná het gesprek gebeurt: welke afspraken er zijn gemaakt, wie ze uitvoert en wanneer, en hoe u de stakeholders vertelt wat hun inbreng heeft veranderd aan uw besluiten, processen of plannen. Rapporteren aan uw eigen klanten of een algemeen jaarverslag is iets anders: het gaat om terugkoppeling aan de mensen met wie u sprak.',
    en: 'This element covers what happens after the conversation: which agreements were made, who carries them out and by when, and how you tell stakeholders what their input changed in your decisions, processes or plans. Reporting to your own customers or a general annual report is something else: this is about reporting back to the people you talked with.',
  },
  why: {
    nl: 'Stakeholders blijven alleen meedoen als ze zien dat hun tijd iets oplevert. Wie toezeggingen nakomt en open is over wat er wel en niet is gelukt, bouwt vertrouwen op; wie niets meer laat horen, vindt de volgende keer een lege tafel.',
    en: 'Stakeholders keep taking part only when they see that their time makes a difference. Keeping promises and being open about what did and did not work builds trust; silence after a meeting leaves an empty table next time.',
  },
  headings: {
    nl: ['opvolging', 'opvolgen', 'terugkoppeling', 'terugkoppelen', 'afspraken', 'nakomen ... afspraken', 'monitoring ... rapportage', 'rapportage', 'verslaglegging', 'hoe houden we u op de hoogte', 'op de hoogte houden', 'transparantie', 'vervolg', 'vervolgstappen', 'na ... @dialogue', 'woord houden', 'houden ... woord', 'nakomen', 'wat ... doen ... met ... inbreng|input', 'wat ... gebeurt ... met ... inbreng|input', 'na het gesprek', 'na de dialoog', 'evaluatie', 'voortgang', 'resultaten ... delen', 'communicatie ... resultaten', 'verantwoording', 'terugmelding', 'wat ... met ... inbreng|input ... gebeurt|gedaan|doen'],
    en: ['follow-up', 'follow up', 'following up', 'reporting back', 'feedback to participants', 'agreements', 'commitments ... keep', 'monitoring ... reporting', 'reporting', 'transparency', 'next steps', 'after ... @dialogue', 'keeping ... word|promises|commitments|agreements', 'our word', 'what ... happens ... with ... input|feedback', 'what we do with ... input|feedback', 'after the dialogue', 'after the meeting', 'keeping you informed', 'how we keep you informed', 'progress', 'closing the loop', 'accountability', 'sharing ... results', 'evaluation', 'feedback', 'what ... with ... input|feedback ... happens|done'],
  },
  signals: {
    nl: [
      'stand|voortgang ... van|op ... de ... afspraken|acties|toezeggingen & @dialogue|@stakeholders|samen|hen', 'lopen|nemen ... we|wij ... afspraken|acties|toezeggingen|stand ... door & @dialogue|@stakeholders|samen|hen',
      'koppel* ... terug', 'terugkoppel*', 'terug te koppelen', 'informeren ... deelnemers|stakeholders|betrokkenen|belanghebbenden', 'deelnemers|stakeholders|betrokkenen ... informeren', 'deelnemers|stakeholders|betrokkenen ... op de hoogte',
      'verslag ... deelnemers|stakeholders|betrokkenen', 'deelnemers|stakeholders ... verslag', 'afspraken ... nakomen|nagekomen|opvolgen|opgevolgd|vastleggen|vastgelegd', 'nakomen ... afspraken|toezeggingen',
      'toezeggingen ... nakomen|opvolgen', 'laten ... weten ... inbreng', 'wat ... met ... inbreng ... gedaan|gebeurt|doen', 'inbreng ... verwerkt|meegenomen ... besluit*', 'voortgang ... delen|rapporteren ... deelnemers|stakeholders',
      'rapporteren ... aan ... deelnemers|stakeholders|betrokkenen', 'delen ... resultaten ... met', 'resultaten ... delen ... met', 'actielijst & gedeeld|delen|gestuurd|sturen|verstuurd|rondgestuurd|ontvangen|deelnemers|iedereen|alle', 'opvolging ... afspraken|dialoog|gesprek*|bijeenkomst*',
      // stakeholders receive minutes or a report of the dialogue
      'verslag*|notulen|samenvatting|actielijst|actiepunten|voortgangsoverzicht* & @stakeholders|hen & stuur*|sturen|gestuurd|ontvang*|krijg*|krijgen|delen|gedeeld|bespreken|besproken',
      // we tell stakeholders what we did with their input
      'rapporte*|informeren|weten|zien|vertellen|koppelen|uitleggen|leggen & @stakeholders|hen|hun & aangepast|veranderd|gewijzigd|gedaan|overgenomen|inbreng|besloten',
      'wat ... we|wij ... met ... hun|uw|jullie|de ... inbreng|input|voorstellen|signalen ... gedaan|doen|hebben',
      // agreements tracked with the stakeholders
      'openstaande|open ... acties|actiepunten|afspraken', 'voortgang ... afspraken ... @stakeholders|hen|bespreken|doornemen|door',
      '@stakeholders|hen & horen|navragen|checken|controleren & afspraken ... merkbaar|nagekomen|uitgevoerd|opgevolgd',
      // separable verbs: "koppelt binnen een maand aan de leverancier terug wat ..."
      'koppelt|koppelen|koppel|meldt|melden|meld|rapporteert|rapporteren|rapporteer & terug & wat|hoe|welke|inbreng|afspraken|voortgang|besluit*', 'terugmeld*',
      'wat ... we|wij|er ... met ... de|hun|uw|jullie|deze ... punten|opmerkingen|zorgen|uitkomsten|bevindingen|resultaten ... doen|gedaan|gebeurt|gebeurd',
      'verslag*|notulen|gespreksverslag* & voorgelezen|voorlezen|teruggestuurd|terugsturen',
      'houdt|houden|bijgehouden & afspraken|actiepunten|toezeggingen & eigenaar|verantwoordelijk*|datum|termijn|deadline', 'verslag*|notulen|samenvatting|actielijst ... naar ... @stakeholders',
      'overzicht|verslag|terugkoppeling ... van ... wat ... afgesproken|gedaan|besloten', 'wat ... afgesproken & gebeurd|gedaan|uitgevoerd|nagekomen|terechtgekomen',
      // as organisations word it in published policies and reports
      'op vraag|verzoek|voorstel|advies ... van ... @stakeholders|hen & ontwikkeld|toegevoegd|aangepast|opgenomen|gewijzigd|uitgewerkt|ingevoerd',
      'betrekken|betrekt ... @stakeholders ... bij ... verbeteringen',
      // round 9: general frames (complainant informed of progress/outcome; results shared with or presented to stakeholders; what was done with their input; joint monitoring; agreed actions with owner and term)
      'melder|melders|klager|klagers|indiener|indieners & geinformeerd|informeren|informeert|hoogte|bericht|antwoord|reactie|terugkoppeling|hoort|horen|ontvangt|ontvangen|ontvangstbevestiging',
      'wie ... klacht|melding|klachten|meldingen ... indient|doet|indienen|doen|heeft|hebben & hoort|horen|hoogte|geinformeerd|bericht|antwoord|reactie|terugkoppeling|ontvangstbevestiging',
      'afhandeling|uitkomst|uitkomsten|voortgang|resultaat ... van ... de|zijn|haar|hun|een ... klacht|melding|klachten|meldingen & informeren|informeert|geinformeerd|hoogte|bericht*|laten|laat|terugkoppel*',
      'resultaten|uitkomsten|bevindingen|conclusies & delen|deelt|gedeeld|presenteren|presenteert|gepresenteerd|bespreken|bespreekt|besproken|communiceren|communiceert|gecommuniceerd|voorgelegd|teruggelegd & met|aan ... deelnemer*|werknemer*|medewerker*|arbeider*|werkers|gemeenschap*|vakbond*|rechthebbende*|betrokken*|omwonenden|bewoners|dorp*|boeren|hen|klager*|melder*|stakeholder*|belanghebbende*',
      'rapporteren|rapporteert|informeren|informeert|geinformeerd|berichten & @stakeholders|hen & genomen|ondernomen|getroffen ... maatregelen|acties|stappen',
      'rapporteren|rapporteert|informeren|informeert|geinformeerd & @stakeholders|hen & voortgang|uitvoering|afhandeling|opvolging ... van|op ... de|het|onze ... afspraken|actieplan|acties|maatregelen|klacht*|melding*|zorgen',
      'reageren|reageert|beantwoorden|beantwoordt ... op|elke|iedere|alle ... melding*|klacht*|zorgen & uitleg|leggen|legt|binnen|welke|wat',
      'samen|gezamenlijk ... met ... @stakeholders|hen ... monitoren|volgen|evalueren|opvolgen|bewaken|bijhouden', 'monitoren|volgen|evalueren|bewaken ... samen|gezamenlijk ... met ... @stakeholders|hen', 'gezamenlijke|participatieve ... monitoring|evaluatie|opvolging|voortgangsbespreking*', 'volgen ... we|wij ... gezamenlijk|samen ... op', 'volgen ... de ... uitvoering ... gezamenlijk|samen ... op',
      'vervolgstappen|actiepunten|acties|afspraken & wie ... verantwoordelijk|waarvoor|wat ... doet|uitvoert', 'vervolgstappen|actiepunten & verantwoordelijk*|eigenaar|termijn|deadline|wanneer|datum',
      'laten|laat|lieten ... weten|horen|zien ... wat|hoe ... met ... hun|uw|de|jullie ... feedback|inbreng|zorgen|klacht*|melding*|opmerkingen|signalen', 'wat ... er ... met ... de|hun|uw|zijn|haar ... klacht|melding|zorgen|feedback|inbreng|opmerkingen ... gebeurd|gedaan|gebeurt',
      'rapporteren|rapporteert|informeren|informeert|geinformeerd|laten|laat & naar aanleiding van ... hun|de|uw ... zorgen|klacht*|melding*|inbreng|feedback|signalen & maatregelen|acties|stappen|gedaan|veranderd|aangepast',
      'u|je ... ontvangt|krijgt|hoort|wordt ... binnen|een|onze|de|het|geinformeerd ... reactie|antwoord|bericht|ontvangstbevestiging|terugkoppeling|uitkomst|besluit|hoogte|geinformeerd & klacht*|melding*|zorg|zorgen|signaal|onderzoek', 'houden|houdt ... u|je ... op de hoogte & klacht*|melding*|zorg|zorgen|signaal|onderzoek|voortgang|uitkomst|afhandeling',
      'hoe ... hun|uw|de ... inbreng|feedback|zorgen|opmerkingen ... meegenomen|verwerkt|gebruikt|meegewogen & informeren|informeert|geinformeerd|laten|laat|horen|rapporteren|rapporteert|uitleggen|leggen|terugkoppel*|zien|verantwoorden',
      // round 10: frames generalised from missed evidence (keeping promises to stakeholders; performance and progress shared with them; first response to a complaint within a term; which advice was taken up)
      'waarmaken|waarmaakt|waargemaakt|nakomen|nakomt|nagekomen|houden|houdt|gestand ... beloft*|toezegging*|afspraken|woord & vertrouwen|@stakeholders|hen|relatie|relaties|samenwerking|geloofwaardig*|dialoog',
      'beloft*|toezegging*|afspraken|woord ... waarmaken|waarmaakt|waargemaakt|nakomen|nakomt|nagekomen|houden|houdt|gestand & vertrouwen|@stakeholders|hen|relatie|relaties|samenwerking|geloofwaardig*|dialoog',
      'maken|maakt|maakten ... onze|de|deze|zijn|haar|hun ... beloft*|toezegging* ... waar',
      'doen|doet|deden ... wat ... we|wij ... zeggen|beloven|beloofd|afspreken|afgesproken|toezeggen|toegezegd',
      'prestaties|voortgang|resultaten|vorderingen ... delen|deelt|gedeeld|communiceren|gecommuniceerd|gepresenteerd|toegelicht ... met|aan ... @stakeholders|lokale|betrokken|getroffen|omwonenden',
      'voortgang|resultaten|prestaties ... van|op ... het|de|onze|elk|elke|alle ... verbeterprogramma*|actieplan*|afspraken|acties|actiepunten|maatregelen|toezeggingen & gedeeld|delen|deelt|gepresenteerd|besproken|toegelicht ... met|aan ... @stakeholders|betrokken|getroffen|lokale|omwonenden',
      'reactie|antwoord|ontvangstbevestiging|oplossing|voorstel|terugkoppeling|bericht ... binnen ... uur|dagen|werkdagen|weken|week|maand|maanden',
      'binnen ... uur|dagen|werkdagen|weken|week|maand|maanden & reactie|reageren|reageert|antwoord|antwoorden|ontvangstbevestiging|oplossing|terugkoppeling|contact & klacht*|melding*|bericht|signaal|zorg|zorgen|ontvangst|vraag|vragen',
      'eerste|voorlopige|voorlopig ... reactie|antwoord|oplossing|terugkoppeling|voorstel & klacht*|melding*|bericht|signaal|zorg|zorgen|binnen',
      'nemen|neemt|opnemen ... contact & binnen & klacht*|melding*|bericht|signaal|zorg|zorgen|ontvangst|ontvangstbevestiging',
      'adviezen|aanbevelingen|suggesties|opmerkingen|inbreng|feedback|voorstellen & verwerkt|meegenomen|overgenomen|opgevolgd|doorgevoerd|opgenomen|verwerken|meenemen|overnemen & @stakeholders|hen|hun|panel|klankbordgroep|adviesraad|raad',
      'welke|wat ... adviezen|aanbevelingen|suggesties|voorstellen|inbreng|punten|verzoeken ... wel|wij|we ... overgenomen|verwerkt|meegenomen|opgevolgd|doorgevoerd',
    ],
    en: [
      'progress|status ... on|of ... the ... agreements|actions|commitments & @dialogue|@stakeholders|together|them', 'go|goes|going ... through|over ... the ... agreements|actions|commitments & @dialogue|@stakeholders|together|them',
      'report* back', 'feed* back ... participants|stakeholders', 'feedback ... to ... participants|stakeholders', 'inform ... participants|stakeholders', 'keep ... participants|stakeholders|you ... informed|updated',
      'share ... minutes|summary|report|results|outcomes ... with', 'minutes ... shared|sent|circulated', 'keep ... commitments|agreements|promises', 'agreements ... followed up', 'agreements ... tracked|recorded|monitored', 'follow* up on ... agreements|commitments|input|outcomes',
      'what ... we did with ... input|feedback', 'how ... input ... used|changed|influenced', 'close|closing the loop', 'progress ... shared|reported ... to ... participants|stakeholders', 'update ... participants|stakeholders ... on ... progress',
      'action list|log & share*|sent|send|circulat*|publish*|receive*|participants|stakeholders|everyone|all', 'agreed actions',
      // stakeholders receive minutes or a report of the dialogue
      'minutes|summary|summaries|report & @stakeholders|them & receive*|get|gets|given|send|sent|share|shared|circulat*|discuss*',
      // we tell stakeholders what we did with their input
      'report*|inform|informs|informed|informing|tell|explain*|show & @stakeholders|them|their & changed|adjusted|adopted|did|done|input|decided',
      'what ... we ... did|do|done ... with ... their|your ... input|feedback|proposals|suggestions',
      // agreements tracked with the stakeholders
      'open|outstanding actions', 'open action points', 'go through ... actions|agreements', 'review ... progress ... agreements|actions ... with ... @stakeholders|them|participants',
      'notes|minutes|summary|summaries|report|reports ... go|goes|come|comes|sent|returned ... back', 'minutes|notes|report|summary & read out|aloud',
      'what ... was|were|been|being ... done with ... input|feedback|results|outcomes|findings|concerns|points|suggestions',
      'track|tracks|tracked|tracking|log|logs|logged ... each|every|all|the|our ... agreement*|actions|commitments & owner*|due|deadline*|meeting|shared|@stakeholders|them', 'report|summary|minutes|notes ... goes|go|going ... to ... @stakeholders',
      'overview|report|summary ... of ... what ... agreed|done|decided', 'what ... agreed & happened|done|delivered',
      // as organisations word it in published policies and reports
      'changes|changed|adjusted|amended|added & as a result of ... feedback|comments|comment|consultation|input|their', 'at the request|suggestion of ... @stakeholders|committee*|panel & added|developed|changed|introduced|included',
      'timely & report*|respond*|feedback|inform* & @stakeholders|grievant*|complainant*', 'within ... hours|days|weeks & solution*|response|respond*|answer*|reply & grievance*|complaint*|complainant*|grievant*',
      'let|inform ... complainant*|grievant* ... know|of ... result*|outcome*',
      // round 9: general frames (complainant informed of progress/outcome; results shared with or presented to stakeholders; what was done with their input; joint monitoring; agreed actions with owner and term)
      'inform|informs|informed|informing|notify|notifies|notified|update|updates|updated|keep|keeps|kept|tell|told & complainant*|grievant* & outcome*|progress|status|result*|resolution|decision*|steps|measures|action*|timeline*|timeframe*|informed|updated',
      'person|party|individual|worker|workers|those|anyone|people ... who|that ... raised|filed|submitted|lodged|reported|made ... a|the|their ... concern|complaint|grievance|report & informed|notified|updated|hear|hears|told|feedback|response|outcome',
      'acknowledg* & receipt|within & complaint*|grievance*|concern*',
      'share|shares|shared|sharing|present|presents|presented|presenting|communicate|communicates|communicated|communicating|validate|validated & findings|results|outcomes|conclusions & with|to ... particip*|worker*|employee*|communit*|union*|rightsholder*|rights-holder*|complainant*|them|affected|farmer*|villag*|stakeholder*|residents',
            'present|presents|presented|taken|brought|fed|feeding ... back ... to ... @stakeholders|them|those|the',
      'communicat*|explain*|report*|inform|informs|informed|informing|show|shows|showing|tell|tells|demonstrat*|feedback & how ... input|feedback|views|concerns|comments|suggestions|perspectives|recommendations & taken|considered|addressed|used|reflected|incorporated|integrated|acted',
      'respond|responds|responding|reply|replies ... to ... every|each|all|any ... @stakeholders|concern*|complaint*|grievance*|question* & explain*|action*|outcome*|within|steps',
      'update|updates|updated|updating|inform|informs|informed|informing|brief|briefs|briefed|report|reports|reporting & @stakeholders|them|group|committee|panel|forum|platform & progress|implementation|status ... of|on ... the|our ... agreed|agreements|action|actions|measures|plan|commitments|steps|grievance*|complaint*|concern*',
      'report|reports|reported|reporting|communicat*|inform|informs|informed|informing ... to|with ... affected|impacted ... @stakeholders|people|rightsholders|rights-holders & how|address*|measures|actions|remed*|progress',
      'monitor|monitors|monitored|monitoring|track|tracks|tracked|tracking|evaluate|evaluates|evaluated ... together|jointly ... with ... @stakeholders|them', 'together|jointly ... with ... @stakeholders|them ... monitor|monitors|monitored|monitoring|track|tracks|tracked|tracking|evaluate|evaluates|evaluated', 'joint|jointly|participatory ... monitoring|review|reviews|evaluation|follow-up',
      'follow|follows|followed|following ... up ... with ... @stakeholders|them|complainant*|grievant* & agreed|agreement*|input|concerns|feedback|commitments|outcome*|implemented',
      'actions|agreements & who ... is|are|will ... responsible|accountable|do|carry', 'next steps & who ... is|are|will ... responsible|accountable|do|carry', 'action points & who ... is|are|will ... responsible|accountable|do|carry', 'next steps & responsib*|owner*|timeline*|deadline* & agreed|jointly|together|@stakeholders|them', 'action points|plan|plans & responsib*|owner*|timeline*|deadline* & agreed|jointly|together|@stakeholders|them',
      'feedback ... to ... @stakeholders|them ... on|about ... results|outcomes|progress|actions|measures|findings|how|what', 'feedback ... on|about ... the ... results|outcomes|progress|actions|measures|findings ... to ... @stakeholders|them',
      'what ... happened|happens|happen ... with|to ... their|the|his|her|your ... complaint*|grievance*|concern*|report|feedback|input',
      'you ... will|shall|then ... receive|get|hear|be ... a|an|our|the|informed|updated|notified ... response|reply|answer|update*|feedback|decision|outcome|acknowledg*|informed|updated|notified & complaint*|grievance*|concern*|report|reports|case|investigation', 'keep|keeps|kept ... you ... informed|updated|posted & complaint*|grievance*|concern*|report|case|investigation|progress|outcome', 'get|gets|come|comes ... back ... to ... you & complaint*|grievance*|concern*|report|case|investigation|outcome',
      // round 10: frames generalised from missed evidence (keeping promises to stakeholders; performance and progress shared with them; first response to a complaint within a term; which advice was taken up)
      'deliver|delivers|delivering|delivered|follow|follows|following|followed|make|making ... on|through|good ... our|its|these|those|the|their ... promises|commitments|agreements|word & trust|@stakeholders|them|relationship|relationships|credib*|dialogue',
      'honour|honours|honoured|honor|honors|honored|fulfil|fulfils|fulfill|fulfills|fulfilled|uphold|upholds|live ... up ... to ... our|the|these ... promises|commitments|agreements|word & @stakeholders|them|trust|relationship|relationships|dialogue',
      'do|doing|did ... what ... we ... say|said|promise|promised|agree|agreed|commit|committed',
      'performance|progress|results|achievements|updates ... shared|communicated|disclosed|presented|explained ... with|to ... @stakeholders|local|affected|relevant|interested',
      'progress|performance|results ... on|of|against ... each|every|all|the|our|agreed ... action|actions|plan|plans|points|measures|commitments|agreements & shared|presented|communicated|explained|discussed ... with|to ... @stakeholders|affected|local|relevant',
      'share|shares|shared|sharing|communicat*|disclos*|present|presents|presenting ... our|the|its ... performance|progress|results|achievements ... with|to ... @stakeholders|local|affected|relevant',
      'solution|response|reply|answer|proposal|resolution|acknowledgement ... proposed|given|sent|offered|provided|issued ... within ... hours|days|weeks|working',
      'preliminary|initial|first|provisional ... solution|response|reply|answer|proposal|resolution ... within|in ... hours|days|weeks|working',
      'respond|responds|reply|replies|react|reacts|answer|get ... back ... within|in ... hours|days|weeks|working',
      'within ... hours|days|weeks|working & respond|response|reply|answer|acknowledg*|contact & complaint*|grievance*|concern*|report|message|submission|receipt',
      'recommendations|advice|suggestions|comments|feedback|input|proposals & incorporated|integrated|adopted|implemented|reflected|acted|included|accepted & @stakeholders|panel|council|their|them|forum',
      'which|what ... recommendations|suggestions|proposals|points|requests ... we|were|have|has ... adopted|implemented|accepted|incorporated|acted|taken',
    ],
  },
  cues: {
    nl: ['verslag*', 'notulen', 'afspra*|toezegging* & @stakeholders|hen|deelnemers|nakomen|nagekomen|verslag*|opvolg*|terug*', 'terugkoppel*|teruggekoppeld|terugmeld*|terugrapport*', 'terug* & @stakeholders|hen|ze|deelnemers|betrokkenen|iedereen|koppel*|koppelen|komen|komt|rapport*|meld*|verslag*|afspra*|input|resultaten|uitkomsten', 'informe*', 'op de hoogte', 'nieuwsbrief', 'delen|rapport*|voortgang|resultaten|uitkomsten|evalu*|opvolg*|actie*|besluit*|publice*|website|verantwoordelijk*|uiterlijk|jaarlijks & @stakeholders|hen|deelnemers|betrokkenen'],
    en: ['minutes', 'summary', 'meeting notes', 'agree*|commitment* & @stakeholders|them|participants|keep|kept|minutes|follow*|report*', 'inform*', 'updates', 'progress update*', 'update* ... @stakeholders|them|participants|everyone|you ... on|about', 'newsletter', 'report*|share|shared|progress|results|outcomes|responsible|owner|quarterly|annually|evaluat*|follow*|action*|decision*|publish*|website & @stakeholders|them|participants'],
  },
  ownMeasure: true,
  exclude: {
    nl: ['@placeholders', 'factuur', 'facturen', 'betaling*', 'audit*', 'corrigerende maatregelen', 'correctieve actie*', 'verbeterplan ... leverancier*', 'satelliet*', 'klanten ... rapport*', 'rapport* ... aan ... klanten|aandeelhouders|investeerders|bank|directie|management|managementteam|mt', 'interne monitoring', 'controle ... leverancier*', 'naleving', 'naleven', 'jaarverslag*', 'duurzaamheidsverslag*', 'jaarrekening', 'gemeenteraad', 'csrd', 'tbd', 'todo', 'n.t.b.', 'nader te bepalen', 'rapporteren|rapporteert|koppelen|koppelt|terugkoppelen ... aan ons|mij|het hoofdkantoor', 'uitkomsten|resultaten|bevindingen|conclusies ... met|aan ons|mij'],
    en: ['@placeholders', 'invoice*', 'payment*', 'audit*', 'corrective action*', 'cap', 'caps', 'satellite*', 'report* to ... customers|clients|shareholders|investors|board|management|executives|directors', 'internal monitoring', 'supplier monitoring', 'compliance', 'comply', 'annual report*', 'sustainability report*', 'integrated report*', 'csrd', 'tbd', 'todo', 'report* back to us|me', 'report* back to the company', 'report* back to head office', 'report* to us', 'outcomes|results|findings|conclusions ... with|to us|me'],
  },
  aspects: [
    {
      id: 'owner',
      title: { nl: 'wie verantwoordelijk is', en: 'who is responsible' },
      signals: {
        // Roles as compounds too: "onze inkoopmanager stuurt ...", "the sourcing manager sends ...".
        nl: ['verantwoordelijk*', 'eigenaar', 'coördin*', 'coordin*', '*manager', '*coordinator', '*directeur', 'hoofd', 'voorzitter', 'secretaris', 'contactpersoon', 'zorgt ... voor', 'trekker', 'aanspreekpunt', 'team ... voert uit'],
        en: ['responsible', 'responsibility', 'owner', 'owns', 'accountable', 'lead', 'coordinat*', '*manager', '*officer', 'director', 'head of', 'chair', 'secretary', 'team ... will'],
      },
    },
    {
      id: 'deadline',
      title: { nl: 'wanneer (termijn of datum)', en: 'by when (term or date)' },
      signals: {
        nl: ['binnen ... dagen|weken|maanden|jaar', 'uiterlijk', 'voor ... januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december', 'per kwartaal', 'elk kwartaal', 'ieder kwartaal', 'jaarlijks', 'halfjaarlijks', 'maandelijks', 'elke maand', 'wekelijks', 'elk jaar', 'q1|q2|q3|q4', 'deadline', 'termijn', 'datum', '20*'],
        en: ['within ... days|weeks|months|year', 'no later than', 'by ... january|february|march|april|may|june|july|august|september|october|november|december', 'quarterly', 'every quarter', 'annually', 'each year', 'every year', 'monthly', 'every month', 'weekly', 'biannually', 'q1|q2|q3|q4', 'deadline', 'timeline', 'date', '20*'],
      },
    },
    {
      id: 'informing',
      title: { nl: 'hoe de stakeholders worden geïnformeerd', en: 'how stakeholders are informed' },
      signals: {
        nl: ['verslag', 'e-mail', 'mail', 'nieuwsbrief', 'bijeenkomst', 'webinar', 'website', 'brief', 'informeren', 'terugkoppel*', 'koppel* ... terug', 'delen ... met', 'sturen ... deelnemers|stakeholders', 'presentatie'],
        en: ['minutes', 'report', 'email', 'e-mail', 'newsletter', 'meeting', 'webinar', 'website', 'letter', 'inform*', 'report* back', 'share ... with', 'send ... participants|stakeholders', 'presentation', 'update*'],
      },
    },
  ],
  skeleton: {
    nl: '<!-- Beschrijf hoe u afspraken nakomt en de deelnemers laat weten wat er met hun inbreng gebeurt. -->\n\n- Wie is verantwoordelijk: [invullen]\n- Wanneer koppelen we terug: [invullen]\n- Hoe informeren we de stakeholders: [invullen]',
    en: '<!-- Describe how you keep agreements and let participants know what happened with their input. -->\n\n- Who is responsible: [fill in]\n- When we report back: [fill in]\n- How we inform stakeholders: [fill in]',
  },
};
