// Closed word classes the rules lean on. These are grammar, not gazetteers:
// names of real things come from the data files.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Words that head a person's title: "Foreign Minister", "Ambassador", "Mr". */
export const TITLE_HEADS = set(`
  president vice-president president-elect minister premier chancellor secretary secretary-general
  under-secretary ambassador envoy consul spokesman spokeswoman spokesperson senator sen congressman
  congresswoman representative rep governor gov mayor king queen prince princess pope emperor empress
  sheikh sultan emir general gen colonel col lieutenant lt sergeant sgt admiral commander marshal
  captain capt major-general brigadier judge magistrate prosecutor chairman chairwoman chairperson
  director director-general commissioner chief coach manager mr mrs ms miss dr prof professor sir dame
  lord lady rev reverend father bishop archbishop cardinal rabbi imam ayatollah speaker ceo cfo
  inspector detective superintendent sheriff dean attorney attorney-general counsel deputy mp mep
  patriarch metropolitan crown duke duchess baron baroness count countess
  legislator lawmaker leader head analyst economist official officer adviser advisor aide
  correspondent editor founder president-designate secretary-designate prime-minister pm
  majesty highness excellency
`);

/** Titles that are written before a name even in lower case ("spokesperson Ned Price"). */
export const HONORIFICS = set(`mr mrs ms miss dr prof sir dame lord lady rev st`);

/** Words that narrow a title: "Foreign" Minister, "Deputy" Secretary, Secretary "General". */
export const TITLE_MODIFIERS = set(`
  foreign defence defense prime deputy vice interior finance justice health education trade economy
  economic chief executive senior assistant associate acting former interim state home treasury
  agriculture energy environment labour labor transport culture sports sport information
  communications industry security intelligence police army navy military federal national regional
  provincial opposition general first second permanent special supreme high grand managing
  press political principal technical commercial union ruling party
`);

/** Last words of organisation names: "State Department", "Security Council". */
export const ORG_HEADS = set(`
  department ministry council committee commission agency office bureau authority administration
  board service services party union federation association league organisation organization
  institute institution foundation fund bank group company corporation corp corp. inc inc. ltd ltd.
  plc co co. llc ag sa nv gmbh holdings industries airlines airways motors systems technologies
  university college school academy court tribunal parliament congress senate assembly cabinet
  government army navy police guard force forces brigade regiment command club fc team church
  mission movement front alliance coalition network society trust exchange press news times post
  journal agency institute centre center hospital clinic laboratory laboratories labs studios
  records network channel tv radio commission secretariat directorate inspectorate watch
  international reuters
`);

/** Last words of place names: "Yellow River", "Gulf of Mexico". */
export const PLACE_HEADS = set(`
  river mountain mountains mount mt island islands isle sea ocean lake valley street road avenue
  square province county city state region district territory bay gulf peninsula strait straits
  desert forest coast plain plains canal harbour harbor port bridge park airport station heights
  hills hill border beach falls cape village town oblast prefecture municipality
`);

/** Words that may join two capitalised parts of one name when the left part asks for it. */
export const NAME_CONNECTORS = set(`of de del della der di du da dos das van von le la al el bin ibn bint y &`);

/** Connectors that join only the parts of a person's name: "Charles de Gaulle". */
export const PERSON_PARTICLES = set(`de del della der di du da dos das van von le la al el bin ibn bint y`);

/** Lower-case words before a capitalised word that say it starts a person's name. */
export const PERSON_CUES = set(`said says told added according`);

/** Words that are capitalised for reasons other than being names. */
export const NEVER_NAMES = set(`
  i a an the this that these those it its he she they we you his her their our my your me him them us
  there here what when where which who whom whose why how if but and or nor so yet for of in on at by
  to from with as into onto about after before over under above below up down out off no not all any
  each every some many much more most other such only own same than too very just also
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  today yesterday tomorrow tonight
`);

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Abbreviations whose full stop belongs to the word. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof st jr sr inc corp co ltd bros gen lt col sgt capt gov sen rep rev mt ft no vs
  jan feb mar apr jun jul aug sep sept oct nov dec dept univ assn est messrs mme mlle
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
  okla ore pa tenn tex va vt wash wis wyo
`);

/** Names of other kinds by their last word: laws, treaties, events, operations. */
export const EVENT_HEADS = set(`
  war wars games olympics olympiad cup championship championships tournament open summit festival
  election elections revolution crisis conference congress expo grand prix rally marathon derby
  world series league
`);
export const LAW_HEADS = set(`
  act acts treaty accord accords agreement convention protocol charter declaration resolution
  constitution amendment bill law code doctrine plan initiative pact
`);
