// Closed word classes the attribution rules read. Lower case throughout.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Pronouns that can be the subject of a reporting verb. */
export const SUBJECT_PRONOUNS = set('he she they it we i you');

/** Nouns of office that, before a name, make a title ("Foreign Minister Dmytro Kuleba"). */
export const ROLE_NOUNS = set(`
  ambassador minister president vice-president secretary spokesperson spokesman spokeswoman
  senator sen governor gov mayor chairman chairwoman chair chairperson director chief ceo cfo coo
  head leader commissioner judge justice attorney prosecutor professor prof dr doctor analyst
  economist researcher scientist lawyer official officer envoy representative rep deputy adviser
  advisor aide candidate nominee manager coach captain founder co-founder executive editor
  author king queen prince princess pope bishop archbishop cardinal sheriff chancellor premier
  general gen colonel col lieutenant lt sergeant sgt commander admiral major mr mrs ms miss sir dame lord lady
  rev reverend father imam rabbi councillor councilor councilman councilwoman congressman congresswoman
  lawmaker legislator delegate speaker whip treasurer auditor inspector superintendent commandant
  president-elect chairman-elect administrator coordinator negotiator correspondent reporter
  columnist journalist host anchor presenter activist campaigner organiser organizer
  economist strategist pollster historian expert specialist surgeon physician nurse
  student teacher principal dean rector provost chaplain diplomat consul emir sheikh sultan
  critic patron writer novelist poet artist producer actor actress singer musician composer photographer
  designer architect engineer entrepreneur investor owner chef farmer fisherman volunteer campaigner
  mp mep mla mayor-elect governor-elect sen. rep. gov. dr. prof. mr. mrs. ms. gen. col. lt. sgt.
`);

/** Capitalised words that only modify a following office ("Foreign", "Deputy"). */
export const ROLE_MODIFIERS = set(`
  foreign defence defense finance interior justice health education trade prime vice deputy acting
  former interim chief senior junior assistant associate executive general state national
  federal regional district county city permanent special principal managing first second
  press communications economy energy environment labour labor transport agriculture culture
`);

/** Head nouns of organisations. */
export const ORGANIZATION_NOUNS = set(`
  ministry department council committee commission government agency office police company party
  court union association organization organisation institute university bank board administration
  parliament congress senate assembly army military navy group campaign team foundation network
  service authority center centre fund corporation corp inc ltd llc firm newspaper magazine
  agency bureau federation league alliance coalition secretariat cabinet presidency kremlin
  tribunal panel staff embassy consulate mission observatory laboratory lab hospital school
  college club society movement front forces force guard directorate regime junta
  house white times post journal news press tribune herald guardian telegraph reuters
  watch international foundation trust charity ngo monitor brigade services ministries unit division
  inc. corporation railways airlines airline hospital clinic institute school party's
`);

/** Plural or collective nouns for unnamed sources ("officials said", "sources told"). */
export const SOURCE_NOUNS = set(`
  official officials source sources expert experts analyst analysts witness witnesses resident residents
  spokesman spokeswoman spokesperson spokespeople spokespersons aide aides critic critics supporter supporters
  observer observers diplomat diplomats investigator investigators prosecutor prosecutors police
  authorities organizers organisers protesters protestors demonstrators activists lawmakers legislators
  member members leader leaders scientist scientists researcher researchers doctor doctors people
  statement report study survey letter ministry department committee government company agency
  campaign council commission court board office team group coalition party administration
  employee employees worker workers voter voters staff person man woman officer officers
  representatives representative family relatives neighbours neighbors parents friends
  historian historians economist economists strategist strategists poll polls
`);

/** Words that open a noun phrase and belong to it ("the ministry", "a source"). */
export const DETERMINERS = set(`
  the a an this that these those his her their its our my your one another several two three four
  five many some most all both each every other no any few
`);

/** Words that may stand between a subject and its reporting verb ("he also said", "has told"). */
export const VERB_PRELUDE = set(`
  also later then previously recently earlier further again once quickly simply finally subsequently
  repeatedly publicly privately separately reportedly has had have was is were are be been being
  would will could should may might must can did does do not never often always just already still
  allegedly reportedly initially originally angrily bluntly flatly firmly curtly openly specifically
  explicitly directly personally famously tearfully proudly calmly frankly candidly
  had've 's ’s
`);

/** Connectors inside proper names ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = set('of for the and de del della der van von da di du la le al el bin ben y &');

/** Day and time words that may sit between a cue and its inverted subject ("said Thursday"). */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
  morning afternoon evening night week weekend month year earlier later
`);

/** Capitalised at the start of a sentence, never a name by themselves. */
export const FUNCTION_WORDS = set(`
  but and or so yet nor in on at for from with by as if when while after before since although though
  because however meanwhile despite during this that these those there here it its he she they we i you
  his her their our my your a an the what who whom whose why how where which some many most all no not
  last next one two three then thus also still even such other another each every both either neither
  according asked speaking meanwhile instead later earlier today yesterday tomorrow now
  monday tuesday wednesday thursday friday saturday sunday
`);
