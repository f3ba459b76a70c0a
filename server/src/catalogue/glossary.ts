// Glossary of domain terms, shown as hovers in IMVO documents. The texts are
// written for imvo-lint, paraphrasing the SER tool 'Commitment van
// stakeholders' (series 'Betekenisvolle stakeholderdialoog') and the OECD Due
// Diligence Guidance for Responsible Business Conduct; no sentence is copied.

import type { GlossaryEntry } from './types.js';

const SER = 'https://www.ser.nl/nl/thema/imvo/betekenisvolle-dialoog';
const OECD = 'https://mneguidelines.oecd.org/due-diligence-guidance-for-responsible-business-conduct.htm';

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'due-diligence',
    terms: {
      nl: ['due diligence', 'gepaste zorgvuldigheid', 'zorgvuldigheidsonderzoek'],
      en: ['due diligence'],
    },
    title: { nl: 'Due diligence (gepaste zorgvuldigheid)', en: 'Due diligence' },
    text: {
      nl: 'Het doorlopende proces waarmee een bedrijf risico\'s voor mens en milieu in zijn keten opspoort en aanpakt. De OESO onderscheidt zes stappen: (1) MVO verankeren in beleid en managementsystemen, (2) negatieve impact identificeren en beoordelen, (3) die impact stoppen, voorkomen of beperken, (4) uitvoering en resultaten monitoren, (5) communiceren hoe de impact wordt aangepakt en (6) herstel bieden of eraan meewerken. Laat zien bij welke stap(pen) de dialoog hoort: stakeholders zeggen eerder ja als ze begrijpen waar hun inbreng landt.',
      en: 'The ongoing process by which a company finds and addresses risks to people and the environment in its value chain. The OECD describes six steps: (1) embed responsible business conduct in policy and management systems, (2) identify and assess adverse impacts, (3) cease, prevent or mitigate them, (4) track implementation and results, (5) communicate how impacts are addressed, and (6) provide for or cooperate in remediation. Show which step(s) the dialogue serves: stakeholders commit more readily when they can see where their input ends up.',
    },
    link: OECD,
  },
  {
    id: 'rights-holders',
    terms: {
      nl: ['rechthebbenden', 'rechthebbende'],
      en: ['rights holders', 'rights holder', 'rightsholders', 'rightsholder'],
    },
    title: { nl: 'Rechthebbenden', en: 'Rights holders' },
    text: {
      nl: 'De mensen wier rechten daadwerkelijk op het spel staan, zoals werknemers in fabrieken, boeren of omwonenden. Zij zijn een deel van de stakeholders, en vaak het moeilijkst te bereiken. Een dialoog die hen (of vertegenwoordigers die zij zelf kiezen) niet betrekt, mist de kennis van wie de gevolgen ondervindt en overtuigt ngo\'s minder.',
      en: 'The people whose rights are actually at stake, such as factory workers, farmers or local communities. They are one part of the stakeholders, and often the hardest to reach. A dialogue that leaves them (or representatives they choose themselves) out misses the knowledge of those who bear the consequences and is less convincing to NGOs.',
    },
  },
  {
    id: 'stakeholder',
    terms: {
      nl: ['stakeholder*', 'belanghebbende*'],
      en: ['stakeholder*'],
    },
    title: { nl: 'Stakeholder (belanghebbende)', en: 'Stakeholder' },
    text: {
      nl: 'Iedere persoon of organisatie die de gevolgen van uw bedrijfsactiviteiten ondervindt of er invloed op kan uitoefenen: leveranciers, werknemers, vakbonden, ngo\'s, overheden, omwonenden. Dialoog is wederkerig, dus u kunt niet aannemen dat een stakeholder vanzelf meedoet. Wat hij wint, wat het hem kost en of hij u vertrouwt bepaalt of hij zich committeert.',
      en: 'Any person or organisation affected by your business activities or able to influence them: suppliers, workers, trade unions, NGOs, governments, local communities. Dialogue runs both ways, so you cannot assume a stakeholder will simply take part. What they gain, what it costs them and whether they trust you decide whether they commit.',
    },
    link: SER,
  },
  {
    id: 'leverage',
    terms: {
      nl: ['leverage', 'invloed', 'hefboom'],
      en: ['leverage'],
    },
    title: { nl: 'Invloed (leverage)', en: 'Leverage' },
    text: {
      nl: 'Het vermogen om het gedrag van een andere partij te veranderen. Voor een inkopend bedrijf komt die invloed vooral uit inkoopvolume en de looptijd van de relatie; samen optrekken met andere afnemers vergroot haar. Bij een kleine of kortlopende afname heeft een leverancier weinig reden om tijd in een IMVO-gesprek te steken, dus stem wat u vraagt af op wat u commercieel biedt.',
      en: 'The ability to change the conduct of another party. For a buyer it comes mainly from purchase volume and the length of the relationship; joining forces with other buyers increases it. When orders are small or short-term a supplier has little reason to spend time on an RBC conversation, so match what you ask to what you offer commercially.',
    },
  },
  {
    id: 'intermediary',
    terms: {
      nl: ['tussenschakel*', 'tussenhandel*', 'intermediair*', 'intermediar*', 'agent*', 'importeur*'],
      en: ['intermediary', 'intermediaries', 'agent*', 'importer*'],
    },
    title: { nl: 'Tussenschakel', en: 'Intermediary' },
    text: {
      nl: 'Een partij tussen koper en producent, zoals een agent, importeur of handelshuis. Bij een indirecte handelsrelatie bepaalt de tussenschakel vaak of de boodschap over IMVO de leverancier bereikt, of juist het contact afschermt. Betrek tussenschakels daarom actief bij de dialoog en spreek rollen en verantwoordelijkheden met hen af.',
      en: 'A party between buyer and producer, such as an agent, importer or trading house. In an indirect trading relationship the intermediary often decides whether the message about responsible business conduct reaches the supplier, or whether contact is blocked. So bring intermediaries into the dialogue and agree roles and responsibilities with them.',
    },
  },
  {
    id: 'imvo',
    terms: {
      nl: ['imvo', 'mvo', 'internationaal maatschappelijk verantwoord ondernemen'],
      en: ['rbc', 'imvo', 'responsible business conduct'],
    },
    title: { nl: 'IMVO', en: 'RBC (IMVO)' },
    text: {
      nl: 'Internationaal maatschappelijk verantwoord ondernemen: rekening houden met de gevolgen van uw bedrijf voor mensenrechten, arbeidsomstandigheden en milieu, ook verderop in internationale ketens. Het kader daarvoor zijn de OESO-richtlijnen en de UNGP\'s. Betekenisvol betrekken van stakeholders is er een vast onderdeel van; wie stakeholderdialoog in het IMVO-beleid opneemt, maakt voor stakeholders duidelijk wat ze kunnen verwachten.',
      en: 'International responsible business conduct (in Dutch: IMVO): taking account of the effects of your business on human rights, working conditions and the environment, including further along international value chains. Its framework is the OECD Guidelines and the UNGPs. Meaningful stakeholder engagement is a standing part of it; writing stakeholder dialogue into the RBC policy tells stakeholders what they can expect.',
    },
    link: SER,
  },
  {
    id: 'oecd-guidelines',
    terms: {
      nl: ['oeso-richtlijnen', 'oeso richtlijnen'],
      en: ['oecd guidelines'],
    },
    title: { nl: 'OESO-richtlijnen', en: 'OECD Guidelines' },
    text: {
      nl: 'De OESO-richtlijnen voor multinationale ondernemingen beschrijven wat overheden van verantwoord ondernemen verwachten, op onder meer mensenrechten, arbeid, milieu en corruptie. De bijbehorende due-diligence-handreiking werkt dat uit in zes stappen, met het betrekken van stakeholders in elke stap. Verwijzen naar de richtlijnen alleen is geen commitment: laat zien wat u ermee doet in deze dialoog.',
      en: 'The OECD Guidelines for Multinational Enterprises set out what governments expect of responsible business, covering human rights, labour, environment and corruption among other topics. The accompanying due diligence guidance works this out in six steps, with stakeholder engagement in every step. Citing the Guidelines alone is not a commitment: show what you do with them in this dialogue.',
    },
    link: OECD,
  },
  {
    id: 'living-wage',
    terms: {
      nl: ['leefbaar loon', 'leefbaar inkomen'],
      en: ['living wage', 'living wages', 'living income'],
    },
    title: { nl: 'Leefbaar loon / leefbaar inkomen', en: 'Living wage / living income' },
    text: {
      nl: 'Een loon (voor werknemers) of inkomen (voor zelfstandige boeren en producenten) waarmee een huishouden een fatsoenlijk bestaan kan leiden, dus meer dan het wettelijk minimum. Het onderwerp hangt samen met werktijden, inkoopprijzen en het recht om collectief te onderhandelen. Wie het gesprek over leefbaar loon in die bredere samenhang voert, is geloofwaardiger voor vakbonden en ngo\'s.',
      en: 'A wage (for workers) or income (for independent farmers and producers) that lets a household live decently, which is usually more than the legal minimum. It is tied to working hours, purchasing prices and the right to bargain collectively. Discussing living wages in that wider context makes a company more credible to trade unions and NGOs.',
    },
  },
  {
    id: 'freedom-of-association',
    terms: {
      nl: ['vrijheid van vakvereniging'],
      en: ['freedom of association'],
    },
    title: { nl: 'Vrijheid van vakvereniging', en: 'Freedom of association' },
    text: {
      nl: 'Het recht van werknemers om zonder represailles een vakbond op te richten of zich erbij aan te sluiten; een fundamenteel arbeidsrecht van de ILO. Het is een *enabling right*: waar het ontbreekt, kunnen werknemers andere rechten, zoals een leefbaar loon, nauwelijks zelf afdwingen. In een dialoog geeft het werknemers een eigen, gekozen stem aan tafel.',
      en: 'The right of workers to form or join a trade union without reprisal; a fundamental ILO labour right. It is an *enabling right*: where it is missing, workers can hardly secure other rights, such as a living wage, for themselves. In a dialogue it gives workers a voice of their own choosing at the table.',
    },
  },
  {
    id: 'collective-bargaining',
    terms: {
      nl: ['collectieve onderhandeling*', 'cao', "cao's"],
      en: ['collective bargaining'],
    },
    title: { nl: 'Collectieve onderhandelingen', en: 'Collective bargaining' },
    text: {
      nl: 'Onderhandelingen tussen werkgevers en vakbonden over lonen, werktijden en andere arbeidsvoorwaarden, vaak uitmondend in een collectieve arbeidsovereenkomst (cao). Net als vrijheid van vakvereniging is het een *enabling right*: het stelt werknemers in staat zelf betere voorwaarden te bereiken. Een bedrijf dat dit recht erkent en steunt, laat vakbonden en ngo\'s zien dat het de onderliggende oorzaken wil aanpakken.',
      en: 'Negotiations between employers and trade unions on wages, working hours and other conditions, often leading to a collective agreement. Like freedom of association it is an *enabling right*: it lets workers secure better conditions themselves. A company that recognises and supports this right shows unions and NGOs that it wants to tackle root causes.',
    },
  },
  {
    id: 'remedy',
    terms: {
      nl: ['herstel', 'genoegdoening'],
      en: ['remediation', 'remedy'],
    },
    title: { nl: 'Herstel', en: 'Remedy' },
    text: {
      nl: 'Het goedmaken van schade die mensen hebben geleden, bijvoorbeeld door compensatie, terugbetaling van wervingskosten, herplaatsing of excuses, en het voorkomen van herhaling. Het is stap 6 van due diligence: een bedrijf dat schade veroorzaakte of eraan bijdroeg, hoort herstel te bieden of eraan mee te werken. De bereidheid tot herstel is voor stakeholders een belangrijk teken dat de dialoog ergens toe leidt.',
      en: 'Putting right the harm people have suffered, for example through compensation, repaying recruitment fees, reinstatement or an apology, and preventing it from happening again. It is step 6 of due diligence: a company that caused or contributed to harm should provide remedy or cooperate in it. A willingness to remedy is a key sign to stakeholders that the dialogue will lead somewhere.',
    },
    link: OECD,
  },
  {
    id: 'grievance-mechanism',
    terms: {
      nl: ['klachtenmechanisme*', 'klachtenprocedure*'],
      en: ['grievance mechanism*', 'complaints mechanism*'],
    },
    title: { nl: 'Klachtenmechanisme', en: 'Grievance mechanism' },
    text: {
      nl: 'Een kanaal waarlangs werknemers, omwonenden of anderen zorgen en klachten kunnen melden en waarmee die worden onderzocht en opgelost. Het werkt alleen als het bekend, toegankelijk, veilig (zo nodig anoniem) en betrouwbaar is en de gebruikers hoort over wat er met hun melding gebeurt. Een goed mechanisme vult de dialoog aan, maar vervangt haar niet: het vangt signalen op tussen de gesprekken door.',
      en: 'A channel through which workers, communities or others can raise concerns and complaints, and through which these are investigated and resolved. It works only when it is known, accessible, safe (anonymous where needed) and trusted, and tells users what happened with their complaint. A good mechanism complements dialogue but does not replace it: it picks up signals between conversations.',
    },
  },
  {
    id: 'purchasing-practices',
    terms: {
      nl: ['inkooppraktijk*'],
      en: ['purchasing practices', 'purchasing practice', 'responsible purchasing'],
    },
    title: { nl: 'Inkooppraktijken', en: 'Purchasing practices' },
    text: {
      nl: 'De manier waarop een bedrijf inkoopt: prijzen, levertijden, late wijzigingen in orders, betalingstermijnen en de duur van de relatie. Deze keuzes kunnen zelf bijdragen aan risico\'s zoals overwerk of te lage lonen bij de leverancier. Wie kritisch naar de eigen inkooppraktijken kijkt en risico\'s eerlijk deelt, wint het vertrouwen van leveranciers en ngo\'s en maakt de dialoog gelijkwaardiger.',
      en: 'The way a company buys: prices, lead times, late order changes, payment terms and the length of the relationship. These choices can themselves contribute to risks such as excessive overtime or low wages at the supplier. Looking critically at your own purchasing practices and sharing risks fairly earns the trust of suppliers and NGOs and puts the dialogue on a more equal footing.',
    },
  },
  {
    id: 'risk-assessment',
    terms: {
      nl: ['risicoanalyse*', 'risico-analyse*'],
      en: ['risk assessment*', 'risk analysis', 'risk analyses'],
    },
    title: { nl: 'Risicoanalyse', en: 'Risk assessment' },
    text: {
      nl: 'Het in kaart brengen en wegen van de risico\'s op negatieve impact voor mensen en milieu in uw keten, naar ernst en waarschijnlijkheid (stap 2 van due diligence). Het gaat om risico\'s voor rechthebbenden, niet om risico\'s voor het bedrijf. Een analyse die samen met stakeholders en rechthebbenden tot stand komt is vollediger, en geeft hun een duidelijke reden om mee te doen.',
      en: 'Mapping and weighing the risks of adverse impacts on people and the environment in your value chain by severity and likelihood (step 2 of due diligence). It is about risks to rights holders, not risks to the company. An assessment built together with stakeholders and rights holders is more complete, and gives them a clear reason to take part.',
    },
    link: OECD,
  },
  {
    id: 'meaningful-engagement',
    terms: {
      nl: ['betekenisvolle dialoog', 'betekenisvolle stakeholderdialoog'],
      en: ['meaningful engagement', 'meaningful stakeholder engagement'],
    },
    title: { nl: 'Betekenisvolle dialoog', en: 'Meaningful engagement' },
    text: {
      nl: 'Een dialoog in twee richtingen, te goeder trouw gevoerd, waarin stakeholders op tijd en met de juiste informatie meepraten en hun inbreng aantoonbaar meetelt in besluiten. Eenmalig informeren of een enquête zonder opvolging is dat niet. Zo\'n dialoog vraagt commitment van beide kanten, en dat commitment moet een bedrijf actief opbouwen: met duidelijke doelen, nagekomen afspraken en een drempelvrije opzet.',
      en: 'Two-way dialogue conducted in good faith, in which stakeholders take part in time and with the right information, and their input visibly counts in decisions. A one-off briefing or a survey without follow-up is not it. Such dialogue needs commitment from both sides, and a company has to build that commitment actively: with clear goals, kept agreements and a set-up without barriers.',
    },
    link: SER,
  },
  {
    id: 'ungp',
    terms: {
      nl: ['ungp', 'ungps', "ungp's", 'vn-richtlijnen voor bedrijfsleven en mensenrechten'],
      en: ['ungp', 'ungps', 'un guiding principles'],
    },
    title: { nl: 'UNGP\'s (VN-richtlijnen voor bedrijfsleven en mensenrechten)', en: 'UNGPs (UN Guiding Principles on Business and Human Rights)' },
    text: {
      nl: 'De VN-richtlijnen voor bedrijfsleven en mensenrechten (2011) rusten op drie pijlers: de plicht van staten om mensenrechten te beschermen, de verantwoordelijkheid van bedrijven om ze te respecteren, en toegang tot herstel voor slachtoffers. Ze vormen samen met de OESO-richtlijnen de basis van IMVO en due diligence. Ze benadrukken dat bedrijven in gesprek gaan met de mensen die mogelijk worden geraakt.',
      en: 'The UN Guiding Principles on Business and Human Rights (2011) rest on three pillars: the state duty to protect human rights, the corporate responsibility to respect them, and access to remedy for victims. Together with the OECD Guidelines they underpin responsible business conduct and due diligence. They stress that companies engage with the people who may be affected.',
    },
  },
  {
    id: 'enabling-rights',
    terms: {
      nl: ['enabling right*'],
      en: ['enabling right*'],
    },
    title: { nl: 'Enabling rights', en: 'Enabling rights' },
    text: {
      nl: 'Rechten die het mogelijk maken andere rechten te realiseren, vooral vrijheid van vakvereniging en het recht op collectieve onderhandelingen. Waar werknemers zich kunnen organiseren, kunnen ze zelf opkomen voor bijvoorbeeld een leefbaar loon of veilig werk. Door een risico in die bredere samenhang te bespreken, laat een bedrijf zien dat het oorzaken wil aanpakken en niet alleen symptomen.',
      en: 'Rights that make it possible to realise other rights, above all freedom of association and the right to collective bargaining. Where workers can organise, they can stand up for themselves on issues such as a living wage or safe work. Discussing a risk in that wider context shows that a company wants to address causes, not just symptoms.',
    },
  },
];
