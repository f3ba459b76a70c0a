import type { ElementDefinition } from '../types.js';

export const goals: ElementDefinition = {
  id: 'goals',
  group: 'general',
  levels: { 'dialogue-plan': 'required', policy: 'recommended' },
  source: { nl: 'SER-factor 1: helderheid over doelen en verwachtingen', en: 'SER factor 1: clear goals and expectations' },
  title: { nl: 'Doel en verwachtingen', en: 'Purpose and expectations' },
  summary: {
    nl: 'Beschrijf waarom en hoe u de dialoog voert, waarom u juist deze stakeholders betrekt en wat u over en weer van elkaar verwacht.',
    en: 'Describe why and how you hold the dialogue, why you involve these stakeholders and what each side can expect of the other.',
  },
  explanation: {
    nl: 'Dit element legt de basis van de dialoog: wat u ermee wilt bereiken, hoe het gesprek is opgezet en waarom u juist deze stakeholders uitnodigt. Het maakt ook duidelijk wat u van de deelnemers vraagt en wat zij van u mogen verwachten. Een goed doel ligt niet vast vóór het eerste gesprek: u vraagt de stakeholders om hun reactie op het doel en past het zo nodig aan.',
    en: 'This element lays the foundation of the dialogue: what you want to achieve, how the conversation is set up and why you invite these particular stakeholders. It also makes clear what you ask of participants and what they may expect from you. A good purpose is not fixed before the first conversation: you ask stakeholders to react to it and adjust it where needed.',
  },
  why: {
    nl: 'Stakeholders zeggen sneller ja tegen een gesprek als ze begrijpen waar het over gaat en waarom zij erbij horen. Gedeelde verwachtingen voorkomen teleurstelling achteraf, en wie zijn doelen open ter discussie stelt, laat zien dat het gesprek echt tweezijdig is.',
    en: 'Stakeholders say yes to a conversation more readily when they understand what it is about and why they are part of it. Shared expectations prevent disappointment later, and opening your goals to discussion shows that the conversation really goes both ways.',
  },
  headings: {
    nl: ['doel', 'doelen', 'doelstelling', 'doelstellingen', 'doel ... dialoog|gesprek|gesprekken|bijeenkomst|consultatie', 'waarom ... dialoog|gesprek|stakeholderdialoog|betrekken', 'waarom ... wij|we ... u|jullie', 'waarom deze stakeholders', 'wie betrekken we en waarom', 'aanleiding', 'aanleiding en doel', 'achtergrond en doel', 'verwachtingen', 'wederzijdse verwachtingen', 'rollen en verwachtingen', 'wat verwachten we', 'wat wij van u verwachten', 'wat ... kunt|mag ... verwachten', 'beoogd* resultaat|resultaten|uitkomst*', 'wat willen we bereiken', 'opzet ... dialoog|gesprek*', 'insteek', 'doel en opzet', 'waarom en hoe', 'waarom we|wij|dit|deze', 'wat willen we|wij', 'wat we|wij ... willen ... bereiken|weten|leren|horen|vragen', 'wat ... vragen ... we|wij', 'rol ... van ... deelnemers|stakeholders|partners'],
    en: ['purpose', 'aim', 'aims', 'objective', 'objectives', 'goal', 'goals', 'why we ... engage|engaging|involve|involving|talk|invite|inviting', 'why ... dialogue|engagement|conversation', 'why ... you', 'rationale', 'background and purpose', 'scope and purpose', 'expectations', 'mutual expectations', 'roles and expectations', 'what we expect', 'what you can expect', 'what to expect', 'intended outcome*', 'desired outcome*', 'expected outcome*', 'what we want to achieve', 'why and how', 'why we|this|these', 'what we want|hope|seek', 'what we ... ask', 'role of ... participants|stakeholders|partners'],
  },
  signals: {
    nl: [
      'doel|doelen|doelstelling|doelstellingen|beoogd ... dialoog|gesprek|gesprekken|bijeenkomst|consultatie|stakeholderdialoog|overleg', 'dialoog|gesprek|gesprekken|bijeenkomst|consultatie ... heeft|hebben ... als doel', 'dialoog|gesprek|gesprekken|bijeenkomst ... is|zijn ... bedoeld om',
      'met ... dialoog|gesprek|gesprekken|bijeenkomst ... willen ... we|wij', 'wat ... willen ... bereiken ... met ... dialoog|gesprek*|bijeenkomst', 'waarom ... wij|we ... u|jullie ... betrekken|uitnodigen|benaderen', 'we|wij ... betrekken ... omdat', 'uitgenodigd|uitnodigen ... omdat', 'nodig* ... uit ... omdat', 'betrokken ... omdat ... u|jullie|zij',
      'verwacht* ... van ... deelnemers|stakeholders|u|jullie|partners', 'van ... deelnemers|stakeholders|u|jullie ... verwacht*', 'deelnemers ... wordt ... gevraagd|verwacht', 'wat ... u|jullie|deelnemers ... van ons ... verwachten', 'wat ... kunt|mag|mogen|kunnen ... verwachten', 'wederzijdse verwachtingen', 'verwachtingen ... over en weer', 'rolverdeling ... dialoog|gesprek*|bijeenkomst',
      'feedback|reactie*|input ... op ... doel|doelen|doelstelling*|opzet|agenda|aanpak', 'doel|doelen|doelstelling*|agenda|opzet ... bijstellen|aanpassen|aangepast|bijgesteld', 'agenda ... samen ... opstellen|vaststellen|bepalen', 'samen ... agenda ... opstellen|vaststellen|bepalen', 'beoogd* resultaat|resultaten|uitkomst*',
      '@dialogue ... moet|moeten|zal|zullen ... leiden ... tot', '@dialogue ... moet|moeten|zal|zullen ... opleveren', '@dialogue ... leidt|leiden ... tot ... gedeeld|gezamenlijk|afspraken|actieplan|plan|beeld',
      // why these stakeholders / why we talk to them
      'reden|redenen & @stakeholders & @dialogue|betrekken|spreken|praten', 'praten|spreken|overleggen ... met ... @stakeholders ... omdat', 'in gesprek ... met ... @stakeholders ... omdat', 'met ... @stakeholders ... in gesprek|overleg|dialoog & omdat|zodat', 'gaan|treden|gingen ... met ... @stakeholders ... in gesprek|overleg|dialoog & omdat|zodat|om', '@stakeholders ... betrekken ... omdat',
      // what we want to learn or agree with them
      'willen we|wij & @stakeholders & @dialogue|bespreken|horen|uitzoeken|afspreken|vragen', 'we|wij willen & @stakeholders & @dialogue|bespreken|horen|uitzoeken|afspreken|vragen', 'doel is|was ... om|dat ... samen|afspreken|bespreken|uitzoeken|begrijpen|horen|verkennen',
      // expectations both ways
      'vragen ... van ... @stakeholders|hen & open|openheid|kritiek|kritisch|inzage|eerlijk*|inbreng|feedback|meedenken|vertellen|delen|tijd', 'van ... @stakeholders|hen ... vragen ... we|wij & open|openheid|kritiek|kritisch|inzage|eerlijk*|inbreng|feedback|meedenken|vertellen|delen|tijd', 'vragen ... @stakeholders|hen ... om|te ... delen|vertellen|inbrengen|meedenken|reageren', 'van ons ... verwachten', 'op ons ... rekenen', 'verwachten & @stakeholders & open|openheid|delen|eerlijk|inbreng|inzage|vertellen|kritisch|kritiek',
      // we want to hear it from them; what we ask of them
      'willen|hopen|moeten ... van ... @stakeholders|hen|mensen ... horen|weten|leren|begrijpen', 'willen|hopen ... horen|weten ... van ... @stakeholders|hen|mensen', 'van ... @stakeholders|hen ... hopen|verwachten|vragen ... we|wij & dat ... ze|zij ... ons|open|eerlijk|meedenken|meepraten|vertellen|zeggen', 'vragen|verwachten|hopen ... van ... @stakeholders|hen & dat ... ze|zij ... ons|open|eerlijk|meedenken|meepraten|vertellen', 'daarom ... praten|spreken|overleggen ... we|wij ... met ... @stakeholders', 'zij|ze ... kennen|weten ... werkvloer|praktijk|situatie|realiteit|omstandigheden',
      // de mensen zelf vragen wat zij ervaren
      'vragen|vraag ... @stakeholders|mensen|hen & welke|wat|hoe & zij|ze ... ervaren|zien|merken|ondervinden|meemaken',
      // as organisations word it in published policies and reports
      '@dialogue|betrekken|betrekt|betrokken|raadplegen|raadpleegt|consulteren & @stakeholders & om ... te', '@dialogue & @stakeholders & ter voorbereiding', 'hebben|heeft ... @stakeholders ... nodig & missie|doelen|doelstellingen|realiseren|bereiken',
      'ter voorbereiding & gesproken|gesprek*|overleg*|@dialogue', '@dialogue ... om ... input|inbreng|advies|adviezen|feedback|mening*|ideeen ... te ... verzamelen|horen|ophalen|vragen',
      'doel ... is ... om & samenwerking|samen|gesprek*|dialoog|overleg & leverancier*|@stakeholders',
    ],
    en: [
      'purpose|aim|aims|objective|objectives|goal|goals ... of ... dialogue|engagement|consultation|meeting|meetings|conversation*|session*', 'dialogue|engagement|consultation|meeting|meetings|session|sessions ... aims|aim|intended|seeks ... to', 'through ... dialogue|engagement|conversations ... we ... want|aim|hope|seek',
      'why ... we ... engag*|involv*|invit*|approach*|talk* ... you|stakeholders|suppliers|workers', 'invited|involv*|chose|selected ... because', 'we ... engage ... because',
      'expect* ... of|from ... participants|stakeholders|you|partners', 'participants ... expected|asked', 'we ask ... participants|stakeholders|you ... to', 'what ... you ... can expect', 'what ... we ... expect', 'mutual expectations', 'expectations ... both sides', 'expectations ... each other', 'roles ... expectations',
      'feedback|comments|input ... on ... objective*|goals|aims|purpose|agenda|approach', 'adjust*|revise*|refine* ... goals|objectives|aims|agenda', 'agenda ... together|jointly', 'co-creat* ... agenda|goals|objectives', 'intended|desired|expected outcome*',
      '@dialogue ... should|will|must ... lead ... to', '@dialogue ... should|will|must ... result ... in', '@dialogue ... should|will|must ... deliver|produce',
      // why these stakeholders / why we talk to them
      'talk*|speak*|engag*|consult*|involv*|invit* ... @stakeholders ... because', 'talk|talks|speak|meet|engage|discuss ... with ... @stakeholders & because', 'reason|reasons & @stakeholders & @dialogue|engag*|involv*|talk*',
      // what we want to learn or agree with them
      'we want|aim|hope|seek|intend|wish ... to & @stakeholders & talk|discuss|hear|learn|explore|ask|@dialogue', 'objective|aim|goal|purpose is ... to ... agree|discuss|understand|explore|find|learn|hear|jointly|together',
      // expectations both ways
      'we ask ... @stakeholders|them ... to ... share|tell|bring|comment|challenge|join|contribute|prepare|be', 'ask ... of ... @stakeholders|them & open|openness|candour|candor|honest*|input|feedback|time|share|tell', 'expect ... us', 'expect ... from us', 'count|rely on us', 'expect & @stakeholders & share|open|candid|honest|transparent|contribute|bring|tell',
      // we want to hear it from them; what we ask of them
      'want|hope|need ... to ... hear|learn ... from ... them|@stakeholders|people', 'from ... @stakeholders|them ... we ... hope|expect|ask|want & tell|share|open|openness|honest|candid|feedback|views|input|challenge|us', 'ask ... @stakeholders|them ... to ... tell|let|show ... us', 'that is why ... we ... talk|speak|meet ... with|to ... @stakeholders', 'they ... know ... the ... reality|situation|ground|conditions|workplace', 'they ... know ... the ... shop floor',
      // asking the people themselves what they experience
      'ask|asking ... @stakeholders|people|them & what|which|how & they ... experience|see|face|feel|encounter',
      'we want ... @stakeholders ... to ... tell|show|explain|share ... us', 'we\'re asking ... @stakeholders|them ... to ... share|tell|bring|show', 'we are asking ... @stakeholders|them ... to ... share|tell|bring|show',
      // as organisations word it in published policies and reports
      '@dialogue|engag*|consult*|involv* & @stakeholders & to understand|learn|gather|collect|develop|shape|inform|prepare|explore', '@dialogue|engag*|consult*|involv* & @stakeholders & in order to', '@dialogue|engag*|consult*|involv*|relationship*|relations & @stakeholders & with the aim|objective|goal of', 'selected|chosen|identified & @stakeholders & basis|based ... expertise|influence|knowledge|impact*|interest*|relevance|willingness', '@dialogue|collaboration|cooperation & best|only way',
      'engagement|dialogue|consultation*|meetings|programme*|programs ... aimed at', 'designed|intended ... to ... engage|involve|consult ... @stakeholders|our',
      'participation of ... @stakeholders|local|people ... in ... developing|shaping|designing|preparing',
    ],
  },
  cues: {
    nl: ['waarom', 'omdat', 'reden*', 'beoog*', 'verwacht* & @stakeholders|ons|elkaar|deelnemers|beide|wederzijds*', 'bereiken', 'inzicht*', 'begrijpen', 'dialoog', 'gesprek*', 'betrekken', 'uitnodig*', 'rol', 'rollen', 'inbreng', 'bijdrage', 'feedback', 'agenda', 'resultaat', 'resultaten', 'uitkomst*', 'samen', 'oplossing*', 'opzet', 'vragen ... u|jullie|deelnemers', 'afspraken', 'met ... @stakeholders'],
    en: ['why', 'because', 'reason*', 'intend*', 'expect* & @stakeholders|us|each|both|participants|mutual', 'achieve', 'understand*', 'insight*', 'dialogue', 'conversation*', 'engag*', 'involv*', 'invit*', 'role*', 'input', 'contribut*', 'feedback', 'agenda', 'outcome*', 'result*', 'together', 'solution*', 'we ask', 'agreement*', 'with ... @stakeholders'],
  },
  exclude: {
    nl: ['@placeholders', 'gedragscode', 'naleven', 'naleving', 'voldoen aan', 'inkoopvoorwaarden', 'leveranciersvoorwaarden', 'financiele doelstelling*', 'omzet*', 'winst*', 'sdg*', 'duurzame ontwikkelingsdoelen', 'klimaatdoel*', 'co2', 'reductiedoel*', 'rapportageverplichting*', 'csrd', 'esrs'],
    en: ['@placeholders', 'code of conduct', 'comply', 'compliance', 'terms and conditions', 'financial target*', 'revenue', 'profits', 'profit margin*', 'sdg*', 'sustainable development goals', 'science based targets', 'climate target*', 'emission*', 'reduction target*', 'reporting obligation*|requirement*', 'csrd', 'esrs'],
  },
  aspects: [
    {
      id: 'stakeholder-expectations',
      title: { nl: 'wat er van de stakeholder wordt verwacht', en: 'what is expected of the stakeholder' },
      signals: {
        nl: ['verwacht* ... van ... u|jullie|deelnemers|stakeholders|leverancier*|ngo*|partners', 'van ... u|jullie|deelnemers|stakeholders ... verwacht*', 'vragen ... u|jullie|deelnemers ... om|te', 'wij vragen', 'we vragen', 'wordt ... gevraagd', 'rol van ... deelnemers|stakeholders|u|jullie', 'uw rol', 'jullie rol', 'inbreng', 'bijdrage van', 'voorbereid*', 'tijdsinvestering'],
        en: ['expect* ... of|from ... you|participants|stakeholders|suppliers|partners|ngos', 'we ask', 'participants ... asked|expected', 'you ... asked|expected', 'your role', 'role of ... participants|stakeholders', 'contribut*', 'prepare*', 'your input', 'time commitment'],
      },
    },
    {
      id: 'feedback-openness',
      title: { nl: 'openheid voor feedback op de doelen', en: 'openness to feedback on the goals' },
      signals: {
        nl: ['feedback', 'reactie* ... op ... doel*|opzet|agenda|plan', 'input ... op ... doel*|opzet|agenda|plan', 'openstaan ... voor', 'staan open voor', 'staat open voor', 'bijstellen', 'bijgesteld', 'aanpassen ... doel*|agenda|opzet', 'samen ... vaststellen|bepalen|opstellen', 'meedenken', 'suggesties', 'aanvullingen'],
        en: ['feedback', 'open to', 'comments ... on', 'input on ... goals|agenda|objectives|approach|plan', 'adjust*', 'revise*', 'refine*', 'jointly ... set|agree|define', 'co-design*', 'co-creat*', 'suggestions', 'shape ... agenda'],
      },
    },
  ],
  skeleton: {
    nl: '<!-- Beschrijf waarom en hoe u de dialoog voert, waarom u juist deze stakeholders betrekt en wat u over en weer van elkaar verwacht. -->\n\n- Wat we van de deelnemers verwachten (en zij van ons): [invullen]\n- Hoe we feedback op het doel vragen en verwerken: [invullen]',
    en: '<!-- Describe why and how you hold the dialogue, why you involve these stakeholders and what each side can expect of the other. -->\n\n- What we expect of participants (and they of us): [fill in]\n- How we ask for and use feedback on the purpose: [fill in]',
  },
};
